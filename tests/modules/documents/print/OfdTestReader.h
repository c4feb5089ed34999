// Reads OFD packages for the OFD tests independently of the code under test: the ZIP with plain
// libzip calls, the XML with QXmlStreamReader, DeltaX in both its plain and "g N d" forms.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <zip.h>

namespace GovDesk::Test::OfdReading {

inline const QString Namespace = QStringLiteral("http://www.ofdspec.org/2016");

// Every file of the ZIP archive by its name; empty when it is not one.
inline QHash<QString, QByteArray> unzip(const QByteArray &zip)
{
    QHash<QString, QByteArray> files;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(zip.constData(), static_cast<zip_uint64_t>(zip.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return files;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file && zip_fread(file, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size))
            files.insert(QString::fromUtf8(stat.name), bytes);
        if (file)
            zip_fclose(file);
    }
    zip_discard(archive);
    return files;
}

// The same files as a ZIP again (after a test changed some).
inline QByteArray rezip(const QHash<QString, QByteArray> &files)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    zip_source_keep(buffer);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        zip_source_t *data
            = zip_source_buffer(archive, it->constData(), static_cast<zip_uint64_t>(it->size()), 0);
        zip_file_add(archive, it.key().toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
    }
    zip_close(archive);
    zip_stat_t stat;
    zip_source_stat(buffer, &stat);
    QByteArray zip(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    zip_source_open(buffer);
    zip_source_read(buffer, zip.data(), stat.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    return zip;
}

inline QRectF box(QStringView text)
{
    const QStringList parts = text.toString().simplified().split(QLatin1Char(' '));
    if (parts.size() != 4)
        return {};
    return {parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).toDouble(), parts.at(3).toDouble()};
}

// DeltaX/DeltaY: numbers, where "g N d" stands for N times d.
inline QList<double> deltas(QStringView text)
{
    QList<double> values;
    const QStringList parts = text.toString().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("g") && i + 2 < parts.size()) {
            for (int n = 0; n < parts.at(i + 1).toInt(); ++n)
                values.append(parts.at(i + 2).toDouble());
            i += 2;
        } else {
            values.append(parts.at(i).toDouble());
        }
    }
    return values;
}

struct TextObject
{
    int id = 0;
    QRectF boundary;
    int font = 0;
    double size = 0;
    QString weight;
    QString fill; // FillColor@Value
    double x = 0;
    double y = 0;
    QList<double> deltaX;
    QString text;

    // Page position of the first character's baseline origin, and of each character.
    [[nodiscard]] QPointF origin() const { return boundary.topLeft() + QPointF(x, y); }
    [[nodiscard]] QList<double> characterX() const
    {
        QList<double> positions{origin().x()};
        for (const double step : deltaX)
            positions.append(positions.constLast() + step);
        return positions;
    }
};

struct PathObject
{
    int id = 0;
    QRectF boundary;
    double lineWidth = 0;
    QString stroke;
    QString data;
};

struct ImageObject
{
    int id = 0;
    QRectF boundary;
    QString ctm;
    int resource = 0;
};

struct PageContent
{
    QList<TextObject> texts;
    QList<PathObject> paths;
    QList<ImageObject> images;
};

inline bool isOfd(const QXmlStreamReader &xml, QStringView name)
{
    return xml.isStartElement() && xml.name() == name && xml.namespaceUri() == Namespace;
}

inline PageContent readPage(const QByteArray &content)
{
    PageContent page;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        const auto attribute = [&](const char *name) {
            return xml.attributes().value(QLatin1String(name));
        };
        if (isOfd(xml, u"TextObject")) {
            TextObject text;
            text.id = attribute("ID").toInt();
            text.boundary = box(attribute("Boundary"));
            text.font = attribute("Font").toInt();
            text.size = attribute("Size").toDouble();
            text.weight = attribute("Weight").toString();
            while (xml.readNextStartElement()) {
                if (isOfd(xml, u"FillColor")) {
                    text.fill = attribute("Value").toString();
                    xml.skipCurrentElement();
                } else if (isOfd(xml, u"TextCode")) {
                    text.x = attribute("X").toDouble();
                    text.y = attribute("Y").toDouble();
                    text.deltaX = deltas(attribute("DeltaX"));
                    text.text = xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            page.texts.append(text);
        } else if (isOfd(xml, u"PathObject")) {
            PathObject path;
            path.id = attribute("ID").toInt();
            path.boundary = box(attribute("Boundary"));
            path.lineWidth = attribute("LineWidth").toDouble();
            while (xml.readNextStartElement()) {
                if (isOfd(xml, u"StrokeColor")) {
                    path.stroke = attribute("Value").toString();
                    xml.skipCurrentElement();
                } else if (isOfd(xml, u"AbbreviatedData")) {
                    path.data = xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            page.paths.append(path);
        } else if (isOfd(xml, u"ImageObject")) {
            page.images.append({attribute("ID").toInt(), box(attribute("Boundary")),
                                attribute("CTM").toString(), attribute("ResourceID").toInt()});
        }
    }
    return page;
}

// The text of every element `name` in the OFD namespace, in document order.
inline QStringList texts(const QByteArray &content, QStringView name)
{
    QStringList found;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (isOfd(xml, name))
            found << xml.readElementText();
    }
    return found;
}

// Every value of `attribute` on elements `name` (any element when empty), in document order.
inline QStringList attributes(const QByteArray &content, QStringView name, const QString &attribute)
{
    QStringList found;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (name.isEmpty() || xml.name() == name)
            && xml.attributes().hasAttribute(attribute))
            found << xml.attributes().value(attribute).toString();
    }
    return found;
}

// Whether the XML is well-formed (and uses the OFD namespace at its root).
inline bool isOfdXml(const QByteArray &content)
{
    QXmlStreamReader xml(content);
    bool rootSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !rootSeen) {
            rootSeen = true;
            if (xml.namespaceUri() != Namespace)
                return false;
        }
    }
    return rootSeen && !xml.hasError();
}

} // namespace GovDesk::Test::OfdReading
