#include "PdfTextMap.h"

#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

namespace GovDesk::Print {

namespace {

constexpr char32_t FirstRadical = 0x2E80;
constexpr char32_t LastRadical = 0x2FDF;
constexpr char32_t FirstUnified = 0x4E00;
constexpr char32_t LastUnified = 0x9FFF;

QByteArray hex4(char32_t codePoint)
{
    return QByteArray::number(static_cast<uint>(codePoint), 16).toUpper().rightJustified(4, '0');
}

QByteArray mapped(const QByteArray &hex, const QHash<char32_t, char32_t> &equivalents)
{
    bool ok = false;
    const auto codePoint = static_cast<char32_t>(hex.toUInt(&ok, 16));
    return ok && equivalents.contains(codePoint) ? hex4(equivalents.value(codePoint)) : hex;
}

// "<0001> <0003> <2F08>" maps three glyphs to 2F08, 2F09, 2F0A: with a radical in it, written
// as an array of its own values so that each is mapped alone.
QByteArray fixRangeLine(const QByteArray &line, const QHash<char32_t, char32_t> &equivalents)
{
    static const QRegularExpression Range(
        QStringLiteral(R"(^\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>\s*$)"));
    static const QRegularExpression Token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString text = QString::fromLatin1(line);
    if (const QRegularExpressionMatch range = Range.match(text); range.hasMatch()) {
        const uint low = range.captured(1).toUInt(nullptr, 16);
        const uint high = range.captured(2).toUInt(nullptr, 16);
        const auto first = static_cast<char32_t>(range.captured(3).toUInt(nullptr, 16));
        bool touches = false;
        for (uint i = 0; i <= high - low && high >= low; ++i)
            touches = touches || equivalents.contains(first + i);
        if (!touches)
            return line;
        QByteArray values;
        for (uint i = 0; i <= high - low; ++i)
            values += '<' + hex4(equivalents.value(first + i, first + i)) + "> ";
        return '<' + range.captured(1).toLatin1() + "> <" + range.captured(2).toLatin1() + "> ["
               + values.trimmed() + ']';
    }
    // "<0001> <0010> [<67F3> <2F08> …]": the values are the bracketed tokens.
    const qsizetype bracket = line.indexOf('[');
    if (bracket < 0)
        return line;
    QByteArray fixed = line.left(bracket);
    QString values = text.mid(bracket);
    QRegularExpressionMatchIterator tokens = Token.globalMatch(values);
    QString rewritten;
    qsizetype at = 0;
    while (tokens.hasNext()) {
        const QRegularExpressionMatch token = tokens.next();
        rewritten += values.mid(at, token.capturedStart() - at) + QLatin1Char('<')
                     + QString::fromLatin1(mapped(token.captured(1).toLatin1(), equivalents))
                     + QLatin1Char('>');
        at = token.capturedEnd();
    }
    rewritten += values.mid(at);
    return fixed + rewritten.toLatin1();
}

// "<0005> <2F08>": the second token is the value.
QByteArray fixCharLine(const QByteArray &line, const QHash<char32_t, char32_t> &equivalents)
{
    static const QRegularExpression Char(QStringLiteral(R"(^(\s*<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]{4})(>.*)$)"));
    const QRegularExpressionMatch match = Char.match(QString::fromLatin1(line));
    if (!match.hasMatch())
        return line;
    return match.captured(1).toLatin1() + mapped(match.captured(2).toLatin1(), equivalents)
           + match.captured(3).toLatin1();
}

} // namespace

QHash<char32_t, char32_t> PdfTextMap::sharedGlyphs(const QStringList &families)
{
    QString unified;
    for (char32_t c = FirstUnified; c <= LastUnified; ++c)
        unified += QChar(static_cast<char16_t>(c));
    QString radicals;
    for (char32_t c = FirstRadical; c <= LastRadical; ++c)
        radicals += QChar(static_cast<char16_t>(c));
    QHash<char32_t, char32_t> equivalents;
    for (const QString &family : families) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid())
            continue;
        const QList<quint32> unifiedGlyphs = font.glyphIndexesForString(unified);
        QHash<quint32, char32_t> ideographOf;
        for (qsizetype i = unifiedGlyphs.size() - 1; i >= 0; --i) {
            if (unifiedGlyphs.at(i) != 0)
                ideographOf.insert(unifiedGlyphs.at(i), FirstUnified + static_cast<char32_t>(i));
        }
        const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            if (const auto found = ideographOf.constFind(radicalGlyphs.at(i));
                radicalGlyphs.at(i) != 0 && found != ideographOf.cend())
                equivalents.insert(FirstRadical + static_cast<char32_t>(i), *found);
        }
    }
    return equivalents;
}

QByteArray PdfTextMap::fixCMap(const QByteArray &cmap, const QHash<char32_t, char32_t> &equivalents)
{
    QByteArrayList lines = cmap.split('\n');
    enum class Section { None, Range, Char } section = Section::None;
    for (QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.endsWith("beginbfrange"))
            section = Section::Range;
        else if (trimmed.endsWith("beginbfchar"))
            section = Section::Char;
        else if (trimmed == "endbfrange" || trimmed == "endbfchar")
            section = Section::None;
        else if (section == Section::Range)
            line = fixRangeLine(line, equivalents);
        else if (section == Section::Char)
            line = fixCharLine(line, equivalents);
    }
    return lines.join('\n');
}

Core::Result<QByteArray> PdfTextMap::fix(const QByteArray &pdf, const QHash<char32_t, char32_t> &equivalents)
{
    if (equivalents.isEmpty())
        return pdf;
    // libqpdf reports failures by exceptions; they end here.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("govdesk.pdf", pdf.constData(), static_cast<size_t>(pdf.size()));
        for (QPDFObjectHandle object : document.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle map = object.getKey("/ToUnicode");
            if (!map.isStream())
                continue;
            const std::shared_ptr<Buffer> data = map.getStreamData(qpdf_dl_generalized);
            const QByteArray cmap(reinterpret_cast<const char *>(data->getBuffer()),
                                  static_cast<qsizetype>(data->getSize()));
            const QByteArray fixed = fixCMap(cmap, equivalents);
            if (fixed != cmap)
                map.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(),
                                      QPDFObjectHandle::newNull());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setStreamDataMode(qpdf_s_compress);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          static_cast<qsizetype>(out->getSize()));
    } catch (const std::exception &error) {
        return Core::fail(Core::ErrorCode::Io, tr("The PDF's text map could not be corrected."),
                          QString::fromUtf8(error.what()));
    }
}

} // namespace GovDesk::Print
