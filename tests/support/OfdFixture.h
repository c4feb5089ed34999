// A small OFD package written by hand for the viewer's tests: what a page needs (OFD.xml,
// Document.xml, PublicRes.xml, one Content.xml per page) in a ZIP with stored entries. Not the
// 公文 exporter's output: tst_ofdrender compares that one with its PDF.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <array>

namespace GovDesk::Test {

// A ZIP archive with uncompressed ("stored") entries, enough for JSZip and ofd.js.
class StoredZip
{
public:
    void add(const QString &name, const QByteArray &data) { m_entries.append({name.toUtf8(), data}); }

    [[nodiscard]] QByteArray bytes() const
    {
        QByteArray out;
        QByteArray directory;
        for (const auto &[name, data] : m_entries) {
            const quint32 offset = quint32(out.size());
            const quint32 crc = crc32(data);
            out += header(0x04034b50, name, data, crc, 0) + name + data;
            directory += header(0x02014b50, name, data, crc, offset) + name;
        }
        const quint32 directoryOffset = quint32(out.size());
        out += directory;
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, quint16(m_entries.size()));
        put16(end, quint16(m_entries.size()));
        put32(end, quint32(directory.size()));
        put32(end, directoryOffset);
        put16(end, 0);
        return out + end;
    }

private:
    static void put16(QByteArray &out, quint16 value)
    {
        out.append(char(value & 0xff)).append(char(value >> 8));
    }
    static void put32(QByteArray &out, quint32 value)
    {
        put16(out, quint16(value & 0xffff));
        put16(out, quint16(value >> 16));
    }
    static quint32 crc32(const QByteArray &data)
    {
        static const std::array<quint32, 256> table = [] {
            std::array<quint32, 256> t{};
            for (quint32 i = 0; i < 256; ++i) {
                quint32 c = i;
                for (int k = 0; k < 8; ++k)
                    c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
                t[i] = c;
            }
            return t;
        }();
        quint32 crc = 0xffffffffu;
        for (const char byte : data)
            crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
        return crc ^ 0xffffffffu;
    }
    // Local file header (signature 0x04034b50) or central directory entry (0x02014b50).
    static QByteArray header(quint32 signature, const QByteArray &name, const QByteArray &data, quint32 crc,
                             quint32 offset)
    {
        const bool central = signature == 0x02014b50;
        QByteArray out;
        put32(out, signature);
        if (central)
            put16(out, 20); // made by
        put16(out, 20);     // version needed
        put16(out, 0x0800); // flags: UTF-8 names
        put16(out, 0);      // stored
        put16(out, 0);      // time
        put16(out, 0x5a21); // date: 2025-01-01
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, quint32(data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0); // extra
        if (central) {
            put16(out, 0); // comment
            put16(out, 0); // disk
            put16(out, 0); // internal attributes
            put32(out, 0); // external attributes
            put32(out, offset);
        }
        return out;
    }

    QList<QPair<QByteArray, QByteArray>> m_entries;
};

// One line of text on an OFD page: font ID, size and baseline in millimetres.
struct OfdLine
{
    int font = 0;
    double size = 5.6;
    double x = 28;
    double y = 50;
    QString text;
};

struct OfdFont
{
    int id = 0;
    QString name;
    QByteArray file; // empty: referenced, not embedded
};

// An A4 OFD with one page per entry of `pages`, each a list of lines, and a red rule under the
// first line of page 1 (the 版头's separator, as a PathObject).
inline QByteArray makeOfd(const QList<OfdFont> &fonts, const QList<QList<OfdLine>> &pages)
{
    const QByteArray ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    StoredZip zip;
    zip.add(QStringLiteral("OFD.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:OFD " + ns
                + " Version=\"1.1\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>"
                  "<ofd:DocID>6c1d2d0ac6f4475a9d3e0d3b0c9d3e11</ofd:DocID><ofd:Title>测试</ofd:Title>"
                  "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
    QByteArray pageList;
    for (int i = 0; i < pages.size(); ++i)
        pageList += QStringLiteral("<ofd:Page ID=\"%1\" BaseLoc=\"Pages/Page_%2/Content.xml\"/>")
                        .arg(100 + i)
                        .arg(i)
                        .toUtf8();
    zip.add(QStringLiteral("Doc_0/Document.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Document " + ns
                + "><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea>"
                  "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                  "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                + pageList + "</ofd:Pages></ofd:Document>");
    QByteArray fontList;
    for (const OfdFont &font : fonts) {
        fontList += QStringLiteral("<ofd:Font ID=\"%1\" FontName=\"%2\" FamilyName=\"%2\">")
                        .arg(font.id)
                        .arg(font.name)
                        .toUtf8();
        if (!font.file.isEmpty()) {
            const QString file = QStringLiteral("font_%1.ttf").arg(font.id);
            fontList += "<ofd:FontFile>" + file.toUtf8() + "</ofd:FontFile>";
            zip.add(QStringLiteral("Doc_0/Res/") + file, font.file);
        }
        fontList += "</ofd:Font>";
    }
    zip.add(QStringLiteral("Doc_0/PublicRes.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Res "
                                                       + ns + " BaseLoc=\"Res\"><ofd:Fonts>" + fontList
                                                       + "</ofd:Fonts></ofd:Res>");
    int id = 1000;
    for (int p = 0; p < pages.size(); ++p) {
        QByteArray content;
        for (const OfdLine &line : pages.at(p)) {
            // One TextCode per line; ofd.js places each character by DeltaX (here: one em).
            QStringList deltas;
            for (qsizetype i = 1; i < line.text.size(); ++i)
                deltas << QString::number(line.size);
            content += QStringLiteral("<ofd:TextObject ID=\"%1\" Boundary=\"%2 %3 %4 %5\" Font=\"%6\" "
                                      "Size=\"%7\"><ofd:FillColor Value=\"0 0 0\"/>"
                                      "<ofd:TextCode X=\"0\" Y=\"%8\" DeltaX=\"%9\">%10</ofd:TextCode>"
                                      "</ofd:TextObject>")
                           .arg(++id)
                           .arg(line.x)
                           .arg(line.y - line.size)
                           .arg(line.size * double(line.text.size()) + 1)
                           .arg(line.size * 1.5)
                           .arg(line.font)
                           .arg(line.size)
                           .arg(line.size)
                           .arg(deltas.join(QLatin1Char(' ')))
                           .arg(line.text.toHtmlEscaped())
                           .toUtf8();
        }
        if (p == 0)
            content
                += QStringLiteral("<ofd:PathObject ID=\"%1\" Boundary=\"28 80 156 2\" LineWidth=\"0.5\">"
                                  "<ofd:StrokeColor Value=\"230 0 18\"/>"
                                  "<ofd:AbbreviatedData>M 0 1 L 156 1</ofd:AbbreviatedData></ofd:PathObject>")
                       .arg(++id)
                       .toUtf8();
        zip.add(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(p),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page " + ns
                    + "><ofd:Content><ofd:Layer ID=\"" + QByteArray::number(++id) + "\">" + content
                    + "</ofd:Layer></ofd:Content></ofd:Page>");
    }
    return zip.bytes();
}

} // namespace GovDesk::Test
