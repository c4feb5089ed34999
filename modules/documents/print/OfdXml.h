// OfdXml: what the OFD writers share — GB/T 33190's namespace, the package's fixed paths, the
// document's ID counter and how numbers and boxes are written (millimetres, 4 decimals).
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>
#include <cmath>

namespace GovDesk::Documents::Ofd {

inline const QString Namespace = QStringLiteral("http://www.ofdspec.org/2016");
inline const QString Prefix = QStringLiteral("ofd");

inline const QString RootPath = QStringLiteral("OFD.xml");
inline const QString DocumentFolder = QStringLiteral("Doc_0");
inline const QString DocumentPath = QStringLiteral("Doc_0/Document.xml");
inline const QString PublicResPath = QStringLiteral("Doc_0/PublicRes.xml");
inline const QString DocumentResPath = QStringLiteral("Doc_0/DocumentRes.xml");
inline const QString ResFolder = QStringLiteral("Res"); // BaseLoc of both resource files
inline const QString SignsFolder = QStringLiteral("Doc_0/Signs");
inline const QString SignaturesPath = QStringLiteral("Doc_0/Signs/Signatures.xml");

// The page's content file, relative to the document (Document.xml's Page@BaseLoc).
[[nodiscard]] inline QString pageLocation(int index)
{
    return QStringLiteral("Pages/Page_%1/Content.xml").arg(index);
}

// Every object of a document (pages, layers, page objects, resources) has an ID unique in the
// document; Document.xml's MaxUnitID is the largest.
class Ids
{
public:
    [[nodiscard]] int next() { return ++m_last; }
    [[nodiscard]] int last() const { return m_last; }

private:
    int m_last = 0;
};

// A length in mm as OFD writes it: at most 4 decimals (0.1 µm), no trailing zeros, no "-0".
[[nodiscard]] inline QString number(double millimetres)
{
    const double rounded = std::round(millimetres * 10000.0) / 10000.0;
    if (rounded == 0)
        return QStringLiteral("0");
    QString text = QString::number(rounded, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// ST_Box: "x y width height".
[[nodiscard]] inline QString box(const QRectF &rect)
{
    return QStringList{number(rect.x()), number(rect.y()), number(rect.width()), number(rect.height())}.join(
        QLatin1Char(' '));
}

} // namespace GovDesk::Documents::Ofd
