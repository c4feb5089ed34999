// OfficialPage: the page of GB/T 9704-2012 (7.1, 5.2) and a composed page — text runs and rules
// placed in millimetres — that one renderer paints on screen, into PDF and (later) into OFD.
#pragma once

#include "OfficialFonts.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace GovDesk::Documents::Page {

// A4; 天头 37 mm, 订口 28 mm; the 版心 (text area) 156 × 225 mm holds 22 lines of 28 characters.
inline constexpr double Width = 210.0;
inline constexpr double Height = 297.0;
inline constexpr double Top = 37.0;
inline constexpr double Left = 28.0;
inline constexpr double TextWidth = 156.0;
inline constexpr double TextHeight = 225.0;
inline constexpr int LinesPerPage = 22;
inline constexpr int CharactersPerLine = 28;
inline constexpr double LinePitch = TextHeight / LinesPerPage;          // 10.23 mm
inline constexpr double CharacterPitch = TextWidth / CharactersPerLine; // 5.57 mm
// 7.5: page numbers 7 mm under the 版心; 7.4.1: 版记 rules 0.35 / 0.25 mm. The 版头's figures
// (7.2.3, 7.2.6, 10.1–10.3) are fields of the organisation's template (Core::RedHeaderTemplate).
inline constexpr double PageNumberGap = 7.0;
inline constexpr double RecordRuleThick = 0.35;
inline constexpr double RecordRuleThin = 0.25;
inline constexpr double MillimetresPerPoint = 25.4 / 72.0;
// GB/T 9704 measures from the edges of the characters: a Han character fills the ideographic em
// box, its top 0.88 em above the baseline and its foot 0.12 em below (OpenType's 'ideo' baseline;
// Noto CJK and the 方正 fonts alike), the em being the point size.
inline constexpr double EmAbove = 0.88;
inline constexpr double EmBelow = 0.12;
[[nodiscard]] inline constexpr double emHeight(double pointSize)
{
    return pointSize * MillimetresPerPoint;
}
// 10.1: under the 信函格式's first double line, the first element keeps 7/8 of a 3号 character's
// height from it.
inline constexpr double LetterElementGap = 7.0 / 8.0 * 16.0 * MillimetresPerPoint;
inline constexpr double SealDiameter = 42.0; // an organisation's 公章

inline const QColor Red(0xE6, 0x00, 0x12); // 公文 red (the templates' default, the seal)

// One line of text: `text` drawn from `origin` (left end of its baseline, mm), with `spacing`
// mm added after each character so that Han characters sit on the 28-character grid.
struct PlacedText
{
    FontRole role = FontRole::Body;
    double pointSize = 0;
    QString text;
    QPointF origin;
    double spacing = 0;
    QColor color = Qt::black;
};

// A horizontal rule from `from` (left end of its centre line, mm), `length` long.
struct PlacedRule
{
    QPointF from;
    double length = 0;
    double thickness = 0;
    QColor color = Qt::black;
};

// The red seal pressed over 发文机关署名 and 成文日期 (7.3.5.1), `bounds` in mm.
struct PlacedSeal
{
    QRectF bounds;
    QString organisation; // around the top
    QString sealName;     // below the star; empty for none
};

struct ComposedPage
{
    int number = 0; // printed page number, 0 = none (the 版记's own page, blank pages)
    QList<PlacedText> texts;
    QList<PlacedRule> rules;
    QList<PlacedSeal> seals;
};

} // namespace GovDesk::Documents::Page
