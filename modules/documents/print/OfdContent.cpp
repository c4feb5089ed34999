#include "OfdContent.h"

#include <QXmlStreamWriter>

namespace GovDesk::Documents {

namespace {

QString colour(const QColor &colour)
{
    return QStringLiteral("%1 %2 %3").arg(colour.red()).arg(colour.green()).arg(colour.blue());
}

void writeColour(QXmlStreamWriter &xml, const QString &element, const QColor &value)
{
    xml.writeStartElement(Ofd::Namespace, element);
    xml.writeAttribute(QStringLiteral("Value"), colour(value));
    xml.writeEndElement();
}

double rounded(double millimetres)
{
    return std::round(millimetres * 10000.0) / 10000.0;
}

// TextCode's DeltaX: the step from each character to the next. Taken between rounded positions,
// so rounding never adds up along a line.
QString deltas(const QList<double> &x)
{
    QStringList steps;
    for (qsizetype i = 1; i < x.size(); ++i)
        steps << Ofd::number(rounded(x.at(i)) - rounded(x.at(i - 1)));
    return steps.join(QLatin1Char(' '));
}

} // namespace

OfdContent::OfdContent(const OfdTextRuns &runs, OfdFonts &fonts, Ofd::Ids &ids)
    : m_runs(runs)
    , m_fonts(fonts)
    , m_ids(ids)
{
}

Core::Result<QByteArray> OfdContent::write(const Page::ComposedPage &page, const QList<int> &sealImages)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(Ofd::Namespace, Ofd::Prefix);
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Page"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Content"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Layer"));
    xml.writeAttribute(QStringLiteral("ID"), QString::number(m_ids.next()));
    xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Body"));

    // Painted in PageRenderer's order: rules, text, then the seal pressed over the signature.
    for (const Page::PlacedRule &rule : page.rules) {
        // A stroke along the rule's centre line, as thick as the rule, fills the rule's box.
        const double half = rule.thickness / 2;
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("PathObject"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(m_ids.next()));
        xml.writeAttribute(QStringLiteral("Boundary"), Ofd::box(QRectF(rule.from.x(), rule.from.y() - half,
                                                                       rule.length, rule.thickness)));
        xml.writeAttribute(QStringLiteral("LineWidth"), Ofd::number(rule.thickness));
        writeColour(xml, QStringLiteral("StrokeColor"), rule.color);
        xml.writeTextElement(
            Ofd::Namespace, QStringLiteral("AbbreviatedData"),
            QStringLiteral("M 0 %1 L %2 %1").arg(Ofd::number(half), Ofd::number(rule.length)));
        xml.writeEndElement();
    }

    for (const Page::PlacedText &text : page.texts) {
        if (text.text.isEmpty())
            continue;
        auto runs = m_runs.place(text);
        if (!runs)
            return std::unexpected(runs.error());
        for (const OfdGlyphRun &run : std::as_const(*runs)) {
            const int font = m_fonts.idOf(run.face, m_ids);
            m_fonts.use(font, run.text);
            const double left = rounded(run.x.constFirst());
            const double top = rounded(run.baseline - run.ascent);
            const QRectF boundary(left, top, run.x.constLast() + run.advances.constLast() - left,
                                  run.ascent + run.descent);
            xml.writeStartElement(Ofd::Namespace, QStringLiteral("TextObject"));
            xml.writeAttribute(QStringLiteral("ID"), QString::number(m_ids.next()));
            xml.writeAttribute(QStringLiteral("Boundary"), Ofd::box(boundary));
            xml.writeAttribute(QStringLiteral("Font"), QString::number(font));
            xml.writeAttribute(QStringLiteral("Size"), Ofd::number(run.size));
            if (run.face.weight() >= QFont::Bold)
                xml.writeAttribute(QStringLiteral("Weight"), QStringLiteral("700"));
            writeColour(xml, QStringLiteral("FillColor"), text.color);
            xml.writeStartElement(Ofd::Namespace, QStringLiteral("TextCode"));
            // Relative to the boundary: X 0 is the first character, Y its baseline.
            xml.writeAttribute(QStringLiteral("X"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("Y"), Ofd::number(run.baseline - top));
            if (run.x.size() > 1)
                xml.writeAttribute(QStringLiteral("DeltaX"), deltas(run.x));
            xml.writeCharacters(run.text);
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    for (qsizetype i = 0; i < page.seals.size() && i < sealImages.size(); ++i) {
        const QRectF &bounds = page.seals.at(i).bounds;
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("ImageObject"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(m_ids.next()));
        xml.writeAttribute(QStringLiteral("Boundary"), Ofd::box(bounds));
        // An image fills the unit square of its space: the CTM scales it to the seal's size.
        xml.writeAttribute(
            QStringLiteral("CTM"),
            QStringLiteral("%1 0 0 %2 0 0").arg(Ofd::number(bounds.width()), Ofd::number(bounds.height())));
        xml.writeAttribute(QStringLiteral("ResourceID"), QString::number(sealImages.at(i)));
        xml.writeEndElement();
    }

    xml.writeEndElement(); // Layer
    xml.writeEndElement(); // Content
    xml.writeEndElement(); // Page
    xml.writeEndDocument();
    return bytes;
}

} // namespace GovDesk::Documents
