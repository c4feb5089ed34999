// PdfTextMap: makes the text of Qt's PDFs copy and search as what was written.
//
// CJK fonts such as Noto CJK draw 人 (U+4EBA) and the Kangxi radical ⼈ (U+2F08) with one glyph.
// QPdfWriter (Qt 6.4) builds each font's /ToUnicode map by asking, for every glyph, which code
// point reaches it first — the radical, the lower one. Its PDFs look right but copy, search and
// index 柳州市⼈⺠政府 instead of 柳州市人民政府 (about 200 common characters: 人 民 文 用 方 行 …),
// which an archive of 公文 cannot have. fix() rewrites the /ToUnicode maps (with libqpdf) so that
// a radical a font shares with a unified ideograph reads as the ideograph.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace GovDesk::Print {

class PdfTextMap
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Print::PdfTextMap)
public:
    // Radicals (U+2E80–U+2FDF) that `families` draw with a unified ideograph's glyph → that
    // ideograph.
    [[nodiscard]] static QHash<char32_t, char32_t> sharedGlyphs(const QStringList &families);

    // The PDF with its /ToUnicode maps rewritten through `equivalents`.
    [[nodiscard]] static Core::Result<QByteArray> fix(const QByteArray &pdf,
                                                      const QHash<char32_t, char32_t> &equivalents);

    // One /ToUnicode CMap rewritten (public for tests).
    [[nodiscard]] static QByteArray fixCMap(const QByteArray &cmap,
                                            const QHash<char32_t, char32_t> &equivalents);
};

} // namespace GovDesk::Print
