#include "RedHeaderLayout.h"

#include "DocumentComposer.h"

namespace GovDesk::Documents {

using namespace Page;
using Core::DocumentFormat;
using Core::RedHeaderRule;
using Core::RedHeaderTemplate;

namespace {

// Printed on the page: the standard's words, Chinese whatever the UI's language.
const QString NumberPending = QStringLiteral("〔待编号〕");
const QString SignedByLabel = QStringLiteral("签发人：");

QString numberText(const OfficialDocument &document)
{
    return document.isPendingNumber() ? NumberPending : document.documentNumber;
}

} // namespace

RedHeaderLayout::RedHeaderLayout(const DocumentComposer &composer, PageWriter &writer)
    : m_composer(composer)
    , m_writer(writer)
{
}

void RedHeaderLayout::compose(const OfficialDocument &document,
                              const std::optional<RedHeaderTemplate> &header)
{
    if (!header) {
        composeTopLeft(document);
        return;
    }
    if (header->format == DocumentFormat::Letter)
        composeLetter(document, *header);
    else
        composeFile(document, *header);
    // A rule at the page's foot (信函's second double line), its lower edge where the template says.
    if (header->footerRule.style != RedHeaderRule::Style::None) {
        const double bottom = Height - header->footerRuleBottom;
        (void)placeRule(m_writer.firstPage(), bottom - header->footerRule.height(), header->footerRule,
                        QColor(header->colour));
    }
}

double RedHeaderLayout::markPointSize(const RedHeaderTemplate &header) const
{
    // Measured large, where the advances' rounding is negligible, and scaled.
    constexpr double ReferenceSize = 100;
    const double referenceWidth = m_composer.width(FontRole::IssuerMark, header.markText, ReferenceSize);
    const double fits
        = referenceWidth > 0 ? TextWidth / referenceWidth * ReferenceSize : header.markMaxPointSize;
    const double wanted = header.markPointSize > 0 ? header.markPointSize : header.markMaxPointSize;
    double size = std::min(wanted, fits);
    // Advances do not scale exactly with the size (hinting at the metrics' resolution): shrink
    // until the mark is no wider than the 版心.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double width = m_composer.width(FontRole::IssuerMark, header.markText, size);
        if (width <= TextWidth)
            break;
        size *= TextWidth / width * 0.999;
    }
    return size;
}

void RedHeaderLayout::composeTopLeft(const OfficialDocument &document)
{
    if (!document.copyNumber.isEmpty())
        m_writer.put(FontRole::PageNumber, document.copyNumber, Left, OfficialFonts::SizeNo3);
    if (isClassified(document.classification))
        m_writer.put(FontRole::Heading1, classificationMark(document.classification, document.secrecyPeriod),
                     Left);
    if (document.urgency != Urgency::Normal)
        m_writer.put(FontRole::Heading1, urgencyName(document.urgency), Left);
}

double RedHeaderLayout::placeMark(const RedHeaderTemplate &header)
{
    const double size = markPointSize(header);
    const double em = emHeight(size);
    const double x = Left + (TextWidth - m_composer.width(FontRole::IssuerMark, header.markText, size)) / 2;
    m_writer.page().texts.append({FontRole::IssuerMark, size, header.markText,
                                  QPointF(x, header.markTop + EmAbove * em), 0, QColor(header.colour)});
    return header.markTop + em;
}

double RedHeaderLayout::placeRule(ComposedPage &page, double top, const RedHeaderRule &rule,
                                  const QColor &colour)
{
    const double length = rule.length > 0 ? rule.length : TextWidth;
    const double x = Left + (TextWidth - length) / 2;
    const auto line = [&](double upperEdge, double thickness) {
        page.rules.append({QPointF(x, upperEdge + thickness / 2), length, thickness, colour});
    };
    switch (rule.style) {
    case RedHeaderRule::Style::None:
        return top;
    case RedHeaderRule::Style::Single:
        line(top, rule.thickness);
        break;
    case RedHeaderRule::Style::ThickThin: // 上粗下细
        line(top, rule.thickness);
        line(top + rule.thickness + rule.gap, rule.thinThickness);
        break;
    case RedHeaderRule::Style::ThinThick: // 上细下粗
        line(top, rule.thinThickness);
        line(top + rule.thinThickness + rule.gap, rule.thickness);
        break;
    }
    return top + rule.height();
}

double RedHeaderLayout::placeNumber(const OfficialDocument &document, bool withSigners)
{
    const QString number = numberText(document);
    const int numberLine = m_writer.line();
    const double baseline = m_writer.baseline(FontRole::Body, OfficialFonts::SizeNo3, numberLine);
    const double right = Left + TextWidth;
    if (withSigners && document.isUpward() && !document.signers.isEmpty()) {
        const QString names = document.signers.join(QStringLiteral("　"));
        m_writer.put(FontRole::Body, number, Left + CharacterPitch);
        const double namesX = right - CharacterPitch - m_composer.width(FontRole::Heading2, names);
        m_writer.page().texts.append(
            {FontRole::Body, OfficialFonts::SizeNo3, SignedByLabel,
             QPointF(namesX - m_composer.width(FontRole::Body, SignedByLabel), baseline),
             m_composer.gridSpacing(FontRole::Body)});
        m_writer.page().texts.append({FontRole::Heading2, OfficialFonts::SizeNo3, names,
                                      QPointF(namesX, baseline), m_composer.gridSpacing(FontRole::Heading2)});
    } else {
        m_writer.put(FontRole::Body, number,
                     Left + (TextWidth - m_composer.width(FontRole::Body, number)) / 2);
    }
    return baseline + EmBelow * emHeight(OfficialFonts::SizeNo3);
}

void RedHeaderLayout::composeFile(const OfficialDocument &document, const RedHeaderTemplate &header)
{
    composeTopLeft(document);
    const double markFoot = placeMark(header);
    // 发文字号 (令号) two lines under the mark (7.2.4, 10.2).
    m_writer.moveTo(markFoot + 2 * LinePitch);
    const double numberFoot = placeNumber(document, header.format != DocumentFormat::Order);
    double below = numberFoot;
    if (header.separator.style != RedHeaderRule::Style::None)
        below = placeRule(m_writer.page(), numberFoot + header.separatorGap, header.separator,
                          QColor(header.colour));
    if (header.format == DocumentFormat::Order && below == numberFoot)
        m_writer.skip(2); // 10.2: the 正文 two lines under the 令号
    else
        m_writer.moveTo(below + 2 * LinePitch); // 7.3.1: the 标题 two lines under the rule
}

void RedHeaderLayout::composeLetter(const OfficialDocument &document, const RedHeaderTemplate &header)
{
    const double markFoot = placeMark(header);
    const QColor colour(header.colour);
    const double ruleFoot
        = placeRule(m_writer.page(), markFoot + header.separatorGap, header.separator, colour);
    // 份号, 密级, 紧急程度 flush left under the double line, one line each, the first 7/8 of a 3号
    // character from it; the 发文字号 flush right on the first line.
    const double em = emHeight(OfficialFonts::SizeNo3);
    const double firstTop = ruleFoot + LetterElementGap;
    QList<std::pair<FontRole, QString>> left;
    if (!document.copyNumber.isEmpty())
        left.append({FontRole::PageNumber, document.copyNumber});
    if (isClassified(document.classification))
        left.append(
            {FontRole::Heading1, classificationMark(document.classification, document.secrecyPeriod)});
    if (document.urgency != Urgency::Normal)
        left.append({FontRole::Heading1, urgencyName(document.urgency)});
    for (qsizetype i = 0; i < left.size(); ++i) {
        const auto &[role, text] = left.at(i);
        m_writer.page().texts.append({role, OfficialFonts::SizeNo3, text,
                                      QPointF(Left, firstTop + i * LinePitch + EmAbove * em),
                                      m_composer.gridSpacing(role)});
    }
    const QString number = numberText(document);
    m_writer.page().texts.append(
        {FontRole::Body, OfficialFonts::SizeNo3, number,
         QPointF(Left + TextWidth - m_composer.width(FontRole::Body, number), firstTop + EmAbove * em),
         m_composer.gridSpacing(FontRole::Body)});
    // 标题 two lines from the last element above it: on the second grid line below its foot.
    const double lastFoot = firstTop + (std::max<qsizetype>(left.size(), 1) - 1) * LinePitch + em;
    m_writer.moveTo(lastFoot + LinePitch);
}

} // namespace GovDesk::Documents
