#include "DocumentComposer.h"

#include "ChineseDate.h"
#include "DemoSeals.h"
#include "PageWriter.h"
#include "RedHeaderLayout.h"
#include "RedHeaderSelection.h"
#include "SealRecord.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <utility>

namespace GovDesk::Documents {

using namespace Page;

namespace {

constexpr double MetricsDpi = 1200.0;
constexpr double MillimetresPerDot = 25.4 / MetricsDpi;

// Characters that may not begin a line (GB/T 15834 标点; 避头点).
const QString NoLineStart = QStringLiteral("，。、；：？！）》」』”’〕】…—%·,.;:?!)]");

// The labels GB/T 9704 prints are part of the document, Chinese whatever the UI's language.
const QString AttachmentsLabel = QStringLiteral("附件：");
const QString CopyToLabel = QStringLiteral("抄送：");
const QString PrintedSuffix = QStringLiteral("印发");
const QString AttendeesLabel = QStringLiteral("出席：");
const QString OnLeaveLabel = QStringLiteral("请假：");
const QString ObserversLabel = QStringLiteral("列席：");

bool isGridRole(FontRole role)
{
    return role == FontRole::Body || role == FontRole::Heading1 || role == FontRole::Heading2;
}

FontRole paragraphRole(const QString &paragraph)
{
    static const QRegularExpression First(QStringLiteral("^[一二三四五六七八九十]+、"));
    static const QRegularExpression Second(QStringLiteral("^（[一二三四五六七八九十]+）"));
    if (First.match(paragraph).hasMatch())
        return FontRole::Heading1;
    if (Second.match(paragraph).hasMatch())
        return FontRole::Heading2;
    return FontRole::Body;
}

// The name the seal's certificate carries (what was verified), else the issuer's.
QString sealOrganisation(const OfficialDocument &document)
{
    if (auto record = SealRecord::fromJson(document.seal.signature); record && !record->sealName.isEmpty())
        return record->sealName;
    return document.issuerName;
}

QString sealName(const OfficialDocument &document)
{
    // Printed on the seal itself, like the standard's words on the page: not translated.
    return DemoSeals::isDemoSeal(document.seal.sealId) ? QStringLiteral("演示印章") : QString();
}

} // namespace

DocumentComposer::DocumentComposer(const OfficialFonts &fonts)
    : m_fonts(fonts)
    , m_metricsDevice(1, 1, QImage::Format_ARGB32)
{
    const int dotsPerMetre = qRound(MetricsDpi / 0.0254);
    m_metricsDevice.setDotsPerMeterX(dotsPerMetre);
    m_metricsDevice.setDotsPerMeterY(dotsPerMetre);
}

DocumentComposer::FaceMetrics &DocumentComposer::face(FontRole role, double pointSize) const
{
    const quint64 key = (quint64(static_cast<int>(role)) << 32) | quint64(qRound(pointSize * 100));
    auto found = m_faces.find(key);
    if (found == m_faces.end()) {
        const QFontMetricsF metrics(m_fonts.font(role, pointSize), &m_metricsDevice);
        found = m_faces.insert(
            key, {metrics.ascent() * MillimetresPerDot, metrics.descent() * MillimetresPerDot, {}});
    }
    return *found;
}

double DocumentComposer::advance(FontRole role, double pointSize, QStringView character) const
{
    FaceMetrics &metrics = face(role, pointSize);
    const char32_t codePoint = character.size() == 2
                                   ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                                   : character.at(0).unicode();
    if (const auto cached = metrics.advances.constFind(codePoint); cached != metrics.advances.cend())
        return *cached;
    const QFontMetricsF fontMetrics(m_fonts.font(role, pointSize), &m_metricsDevice);
    const double millimetres = fontMetrics.horizontalAdvance(character.toString()) * MillimetresPerDot;
    metrics.advances.insert(codePoint, millimetres);
    return millimetres;
}

double DocumentComposer::ascent(FontRole role, double pointSize) const
{
    return face(role, pointSize).ascent;
}

double DocumentComposer::descent(FontRole role, double pointSize) const
{
    return face(role, pointSize).descent;
}

double DocumentComposer::gridSpacing(FontRole role) const
{
    if (!isGridRole(role))
        return 0;
    return CharacterPitch - advance(role, OfficialFonts::pointSize(role), u"国");
}

double DocumentComposer::width(FontRole role, QStringView text, double pointSize) const
{
    const double size = pointSize > 0 ? pointSize : OfficialFonts::pointSize(role);
    const double spacing = gridSpacing(role);
    double total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        total += advance(role, size, text.mid(i, length)) + spacing;
        i += length - 1;
    }
    return total;
}

QStringList DocumentComposer::breakLines(FontRole role, const QString &text, double firstWidth,
                                         double lineWidth) const
{
    QStringList lines;
    QString current;
    double used = 0;
    const double size = OfficialFonts::pointSize(role);
    const double spacing = gridSpacing(role);
    const double tolerance = 0.01; // mm: 28 characters fill a line exactly, rounding aside
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        const double step = advance(role, size, character) + spacing;
        const double available = lines.isEmpty() ? firstWidth : lineWidth;
        const bool hangs = NoLineStart.contains(character) && !current.isEmpty();
        if (used + step > available + tolerance && !current.isEmpty() && !hangs) {
            lines << current;
            current.clear();
            used = 0;
        }
        current += character;
        used += step;
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines << current;
    return lines;
}

QList<ComposedPage> DocumentComposer::compose(const OfficialDocument &document) const
{
    return compose(document, RedHeaderSelection::fallback(document));
}

QList<ComposedPage> DocumentComposer::compose(const OfficialDocument &document,
                                              const std::optional<Core::RedHeaderTemplate> &header) const
{
    PageWriter writer(*this);
    const double right = Left + TextWidth;
    const bool letter = header && header->format == Core::DocumentFormat::Letter;
    const bool order = header && header->format == Core::DocumentFormat::Order;

    RedHeaderLayout(*this, writer).compose(document, header);

    // 主体: 标题 centred (a 令 has none: its 正文 follows the 令号), 主送 flush left, 正文 paragraphs
    // indented two characters (7.3, 10.2).
    if (!order) {
        for (const QString &line : breakLines(FontRole::Title, document.title, TextWidth, TextWidth))
            writer.put(FontRole::Title, line, Left + (TextWidth - width(FontRole::Title, line)) / 2);
        writer.skip(1);
    }
    if (!document.mainRecipients.isEmpty())
        writer.paragraph(FontRole::Body,
                         document.mainRecipients.join(QStringLiteral("、")) + QStringLiteral("："), Left,
                         Left);
    for (const QString &paragraph : document.body.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString text = paragraph.trimmed();
        if (!text.isEmpty())
            writer.paragraph(paragraphRole(text), text, Left + 2 * CharacterPitch, Left);
    }
    // 附件说明 one line under the 正文, names aligned after 「附件：」 (7.3.4).
    if (!document.attachmentNotes.isEmpty()) {
        writer.skip(1);
        const QString &label = AttachmentsLabel;
        const double nameX = Left + 2 * CharacterPitch + width(FontRole::Body, label);
        for (qsizetype i = 0; i < document.attachmentNotes.size(); ++i) {
            const QString name = document.attachmentNotes.size() == 1
                                     ? document.attachmentNotes.at(i)
                                     : QStringLiteral("%1.%2").arg(i + 1).arg(document.attachmentNotes.at(i));
            if (i == 0)
                writer.page().texts.append(
                    {FontRole::Body, OfficialFonts::SizeNo3, label,
                     QPointF(Left + 2 * CharacterPitch,
                             writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, writer.line())),
                     gridSpacing(FontRole::Body)});
            writer.paragraph(FontRole::Body, name, nameX, nameX);
        }
    }
    // 纪要: 出席, 请假, 列席 one line under the 正文 (or 附件说明), two characters in, the label in
    // 黑体, the names in 仿宋 after its colon, continued lines under the first name (10.3).
    bool listed = false;
    for (const auto &[label, names] : {std::pair{AttendeesLabel, document.attendees},
                                       std::pair{OnLeaveLabel, document.onLeave},
                                       std::pair{ObserversLabel, document.observers}}) {
        if (names.trimmed().isEmpty())
            continue;
        if (!listed)
            writer.skip(1);
        listed = true;
        const double namesX = Left + 2 * CharacterPitch + width(FontRole::Heading1, label);
        writer.page().texts.append({FontRole::Heading1, OfficialFonts::SizeNo3, label,
                                    QPointF(Left + 2 * CharacterPitch,
                                            writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, writer.line())),
                                    gridSpacing(FontRole::Heading1)});
        writer.paragraph(FontRole::Body, names.trimmed(), namesX, namesX);
    }
    // 署名 and 成文日期: sealed, the date 4 characters from the right and the 署名 centred over
    // it, under the seal's centre; unsealed, 署名 2 from the right and the date 2 further in (7.3.5).
    if (!document.issuerName.isEmpty() || document.issuedOn.isValid()) {
        const QString date = formatChineseDate(document.issuedOn);
        const double dateX
            = right - (document.seal.sealed ? 4 : 2) * CharacterPitch - width(FontRole::Body, date);
        writer.skip(document.seal.sealed ? 2 : 1);
        // 署名 and date stay together (and under one seal): both to the next page when the
        // second would not fit on this one.
        const int rows = (document.issuerName.isEmpty() ? 0 : 1) + (document.issuedOn.isValid() ? 1 : 0);
        if (writer.line() > 0 && writer.line() + rows > LinesPerPage)
            writer.newPage();
        const int signatureLine = writer.line();
        if (!document.issuerName.isEmpty()) {
            const double nameWidth = width(FontRole::Body, document.issuerName);
            const double nameX = document.seal.sealed ? dateX + (width(FontRole::Body, date) - nameWidth) / 2
                                                      : right - 2 * CharacterPitch - nameWidth;
            writer.put(FontRole::Body, document.issuerName, nameX);
        }
        if (document.issuedOn.isValid())
            writer.put(FontRole::Body, date, dateX);
        if (document.seal.sealed) {
            // Centred on the date, a little above the 署名 so both sit under its centre.
            const double nameBaseline
                = writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, signatureLine);
            const QPointF centre(dateX + width(FontRole::Body, date) / 2, nameBaseline - 0.2 * LinePitch);
            writer.page().seals.append({QRectF(centre.x() - SealDiameter / 2, centre.y() - SealDiameter / 2,
                                               SealDiameter, SealDiameter),
                                        sealOrganisation(document), sealName(document)});
        }
    }
    // 附注 under the date, two characters in, in parentheses (7.3.6).
    if (!document.remark.trimmed().isEmpty()) {
        QString remark = document.remark.trimmed();
        if (!remark.startsWith(QStringLiteral("（")))
            remark = QStringLiteral("（%1）").arg(remark);
        writer.paragraph(FontRole::Body, remark, Left + 2 * CharacterPitch, Left);
    }

    // 版记 at the foot of the last page, which must be an even one (7.4, 7.5); a letter's is on
    // its last page and has neither 印发机关 and 印发日期 nor rules (10.1).
    QStringList recordLines;
    if (!document.copyTo.isEmpty())
        recordLines = breakLines(
            FontRole::Record, CopyToLabel + document.copyTo.join(QStringLiteral("，")) + QStringLiteral("。"),
            TextWidth - 2 * CharacterPitch, TextWidth - 2 * CharacterPitch);
    const bool printedLine = !letter && !document.printedBy.isEmpty();
    const bool hasRecord = !recordLines.isEmpty() || printedLine;
    const int recordRows = static_cast<int>(recordLines.size()) + (printedLine ? 1 : 0);
    // The last line may have opened a page it left empty: that page goes, and the one before is full.
    const bool endedOnFreshPage = writer.line() == 0 && writer.pageCount() > 1;
    const int linesUsed = endedOnFreshPage ? LinesPerPage : writer.line();
    QList<ComposedPage> pages = writer.take();
    if (endedOnFreshPage)
        pages.removeLast();
    for (int i = 0; i < pages.size(); ++i)
        pages[i].number = i + 1;
    if (hasRecord) {
        // A letter's 版记 is on its last side, even or odd (10.1: 位于公文最后一面).
        const bool roomOnLast = linesUsed + recordRows <= LinesPerPage;
        const bool lastIsEven = pages.size() % 2 == 0;
        if (!(roomOnLast && (lastIsEven || letter))) {
            // 版记 on a page of its own: after a blank one when the last page is even and full.
            if (lastIsEven && !letter)
                pages.append(ComposedPage{});
            pages.append(ComposedPage{});
        }
        ComposedPage &last = pages.last();
        const double bottom = Top + TextHeight;
        int row = LinesPerPage - recordRows;
        const double firstRuleY = Top + row * LinePitch;
        if (!letter)
            last.rules.append({QPointF(Left, firstRuleY), TextWidth, RecordRuleThick, Qt::black});
        const auto baselineOf = [&](int gridLine) {
            const double height = ascent(FontRole::Record, OfficialFonts::SizeNo4)
                                  + descent(FontRole::Record, OfficialFonts::SizeNo4);
            return Top + gridLine * LinePitch + (LinePitch - height) / 2
                   + ascent(FontRole::Record, OfficialFonts::SizeNo4);
        };
        for (const QString &line : std::as_const(recordLines))
            last.texts.append({FontRole::Record, OfficialFonts::SizeNo4, line,
                               QPointF(Left + CharacterPitch, baselineOf(row++)), 0});
        if (printedLine) {
            if (!recordLines.isEmpty())
                last.rules.append(
                    {QPointF(Left, Top + row * LinePitch), TextWidth, RecordRuleThin, Qt::black});
            const double y = baselineOf(row);
            last.texts.append({FontRole::Record, OfficialFonts::SizeNo4, document.printedBy,
                               QPointF(Left + CharacterPitch, y), 0});
            if (document.printedOn.isValid()) {
                const QString printed = formatChineseDate(document.printedOn) + PrintedSuffix;
                last.texts.append({FontRole::Record, OfficialFonts::SizeNo4, printed,
                                   QPointF(right - CharacterPitch - width(FontRole::Record, printed), y), 0});
            }
        }
        if (!letter)
            last.rules.append({QPointF(Left, bottom), TextWidth, RecordRuleThick, Qt::black});
    }
    // A letter's first page shows no page number (10.1).
    if (letter)
        pages.first().number = 0;

    // Page numbers 「— 1 —」 7 mm under the 版心: odd ones right, even ones left, one character in.
    for (ComposedPage &page : pages) {
        if (page.number == 0)
            continue;
        const QString text = QStringLiteral("— %1 —").arg(page.number);
        const double y
            = Top + TextHeight + PageNumberGap + ascent(FontRole::PageNumber, OfficialFonts::SizeNo4);
        const double x = page.number % 2 == 1 ? right - CharacterPitch - width(FontRole::PageNumber, text)
                                              : Left + CharacterPitch;
        page.texts.append({FontRole::PageNumber, OfficialFonts::SizeNo4, text, QPointF(x, y), 0});
    }
    return pages;
}

} // namespace GovDesk::Documents
