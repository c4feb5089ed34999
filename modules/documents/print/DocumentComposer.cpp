#include "DocumentComposer.h"

#include "ChineseDate.h"
#include "DemoSeals.h"
#include "SealRecord.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace GovDesk::Documents {

using namespace Page;

namespace {

constexpr double MetricsDpi = 1200.0;
constexpr double MillimetresPerDot = 25.4 / MetricsDpi;
constexpr double IssuerMarkMaxPoints = 42.0; // 初号: the mark's size when it fits the 版心

// Characters that may not begin a line (GB/T 15834 标点; 避头点).
const QString NoLineStart = QStringLiteral("，。、；：？！）》」』”’〕】…—%·,.;:?!)]");

// The labels GB/T 9704 prints are part of the document, Chinese whatever the UI's language.
const QString NumberPending = QStringLiteral("〔待编号〕");
const QString SignedByLabel = QStringLiteral("签发人：");
const QString AttachmentsLabel = QStringLiteral("附件：");
const QString CopyToLabel = QStringLiteral("抄送：");
const QString PrintedSuffix = QStringLiteral("印发");

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

// Places lines on the pages' grid, opening pages as they fill.
class DocumentComposer::Writer
{
public:
    explicit Writer(const DocumentComposer &composer)
        : m_composer(composer)
    {
        m_pages.append(ComposedPage{});
    }

    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] ComposedPage &page() { return m_pages.last(); }
    [[nodiscard]] QList<ComposedPage> take() { return std::move(m_pages); }

    void newPage()
    {
        m_pages.append(ComposedPage{});
        m_line = 0;
    }
    // The first grid line at or below `y` mm.
    void moveTo(double y)
    {
        m_line = std::max(m_line, static_cast<int>(std::ceil((y - Top) / LinePitch - 1e-6)));
        if (m_line >= LinesPerPage)
            newPage();
    }
    void skip(int lines)
    {
        m_line += lines;
        if (m_line >= LinesPerPage)
            newPage();
    }
    [[nodiscard]] double baseline(FontRole role, double pointSize, int line) const
    {
        const double height = m_composer.ascent(role, pointSize) + m_composer.descent(role, pointSize);
        return Top + line * LinePitch + (LinePitch - height) / 2 + m_composer.ascent(role, pointSize);
    }
    // One line of text at `x` on the current grid line, then the next line.
    void put(FontRole role, const QString &text, double x, double pointSize = 0,
             const QColor &color = Qt::black)
    {
        const double size = pointSize > 0 ? pointSize : OfficialFonts::pointSize(role);
        page().texts.append({role, size, text, QPointF(x, baseline(role, size, m_line)),
                             m_composer.gridSpacing(role), color});
        skip(1);
    }
    // A paragraph: the first line at `firstX`, the others at `x`, all ending at the right edge.
    void paragraph(FontRole role, const QString &text, double firstX, double x)
    {
        const QStringList lines
            = m_composer.breakLines(role, text, Left + TextWidth - firstX, Left + TextWidth - x);
        for (qsizetype i = 0; i < lines.size(); ++i)
            put(role, lines.at(i), i == 0 ? firstX : x);
    }

private:
    const DocumentComposer &m_composer;
    QList<ComposedPage> m_pages;
    int m_line = 0;
};

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
    Writer writer(*this);
    const double right = Left + TextWidth;

    // 版头: 份号, 密级和保密期限, 紧急程度 from the top left, one line each (7.2.1, 7.2.2).
    if (!document.copyNumber.isEmpty())
        writer.put(FontRole::PageNumber, document.copyNumber, Left, OfficialFonts::SizeNo3);
    if (isClassified(document.classification))
        writer.put(FontRole::Heading1, classificationMark(document.classification, document.secrecyPeriod),
                   Left);
    if (document.urgency != Urgency::Normal)
        writer.put(FontRole::Heading1, urgencyName(document.urgency), Left);

    double below = Top;
    if (!document.issuerMark.isEmpty()) {
        // 发文机关标志: red, centred, its top 35 mm under the 版心's, as large as fits (7.2.3).
        const double naturalWidth = width(FontRole::IssuerMark, document.issuerMark, 1.0);
        const double size = std::min(IssuerMarkMaxPoints, TextWidth / naturalWidth);
        const double markAscent = ascent(FontRole::IssuerMark, size);
        writer.page().texts.append(
            {FontRole::IssuerMark, size, document.issuerMark,
             QPointF(Left + (TextWidth - width(FontRole::IssuerMark, document.issuerMark, size)) / 2,
                     Top + IssuerMarkOffset + markAscent),
             0, Red});
        below = Top + IssuerMarkOffset + markAscent + descent(FontRole::IssuerMark, size);
        // 发文字号 two lines lower: centred, or for an upward document left and 签发人 right (7.2.4, 7.2.5).
        writer.moveTo(below + 2 * LinePitch);
        const QString number = document.isPendingNumber() ? NumberPending : document.documentNumber;
        const int numberLine = writer.line();
        if (document.isUpward() && !document.signers.isEmpty()) {
            const QString &label = SignedByLabel;
            const QString names = document.signers.join(QStringLiteral("　"));
            writer.put(FontRole::Body, number, Left + CharacterPitch);
            writer.page().texts.append(
                {FontRole::Body, OfficialFonts::SizeNo3, label,
                 QPointF(right - CharacterPitch - width(FontRole::Heading2, names)
                             - width(FontRole::Body, label),
                         writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, numberLine)),
                 gridSpacing(FontRole::Body)});
            writer.page().texts.append(
                {FontRole::Heading2, OfficialFonts::SizeNo3, names,
                 QPointF(right - CharacterPitch - width(FontRole::Heading2, names),
                         writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, numberLine)),
                 gridSpacing(FontRole::Heading2)});
        } else {
            writer.put(FontRole::Body, number, Left + (TextWidth - width(FontRole::Body, number)) / 2);
        }
        // The red rule 4 mm under the 发文字号, as wide as the 版心.
        const double ruleY = writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, numberLine)
                             + descent(FontRole::Body, OfficialFonts::SizeNo3) + SeparatorGap;
        writer.page().rules.append({QPointF(Left, ruleY), TextWidth, SeparatorThickness, Red});
        below = ruleY;
        writer.moveTo(below + 2 * LinePitch); // 标题 two lines under the rule (7.3.1)
    }

    // 主体: 标题 centred, 主送 flush left, 正文 paragraphs indented two characters (7.3).
    for (const QString &line : breakLines(FontRole::Title, document.title, TextWidth, TextWidth))
        writer.put(FontRole::Title, line, Left + (TextWidth - width(FontRole::Title, line)) / 2);
    writer.skip(1);
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
    // 署名 and 成文日期: sealed, the date 4 characters from the right and the 署名 centred over
    // it, under the seal's centre; unsealed, 署名 2 from the right and the date 2 further in (7.3.5).
    if (!document.issuerName.isEmpty() || document.issuedOn.isValid()) {
        const QString date = formatChineseDate(document.issuedOn);
        const double dateX
            = right - (document.seal.sealed ? 4 : 2) * CharacterPitch - width(FontRole::Body, date);
        writer.skip(document.seal.sealed ? 2 : 1);
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

    // 版记 at the foot of the last page, which must be an even one (7.4, 7.5).
    QStringList recordLines;
    if (!document.copyTo.isEmpty())
        recordLines = breakLines(
            FontRole::Record, CopyToLabel + document.copyTo.join(QStringLiteral("，")) + QStringLiteral("。"),
            TextWidth - 2 * CharacterPitch, TextWidth - 2 * CharacterPitch);
    const bool hasRecord = !recordLines.isEmpty() || !document.printedBy.isEmpty();
    const int recordRows = static_cast<int>(recordLines.size()) + (document.printedBy.isEmpty() ? 0 : 1);
    // The last line may have opened a page it left empty: that page goes, and the one before is full.
    const bool endedOnFreshPage = writer.line() == 0 && writer.pageCount() > 1;
    const int linesUsed = endedOnFreshPage ? LinesPerPage : writer.line();
    QList<ComposedPage> pages = writer.take();
    if (endedOnFreshPage)
        pages.removeLast();
    for (int i = 0; i < pages.size(); ++i)
        pages[i].number = i + 1;
    if (hasRecord) {
        const bool roomOnLast = linesUsed + recordRows <= LinesPerPage;
        const bool lastIsEven = pages.size() % 2 == 0;
        if (!(roomOnLast && lastIsEven)) {
            // 版记 on a page of its own: after a blank one when the last page is even and full.
            if (lastIsEven)
                pages.append(ComposedPage{});
            pages.append(ComposedPage{});
        }
        ComposedPage &last = pages.last();
        const double bottom = Top + TextHeight;
        int row = LinesPerPage - recordRows;
        const double firstRuleY = Top + row * LinePitch;
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
        if (!document.printedBy.isEmpty()) {
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
        last.rules.append({QPointF(Left, bottom), TextWidth, RecordRuleThick, Qt::black});
    }

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
