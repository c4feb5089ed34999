// OfdFonts: the fonts an OFD uses, each embedded as a subset of the characters it shows
// (HarfBuzz's subsetter over the tables Qt loaded, so no font file has to be found).
#pragma once

#include "OfdXml.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace GovDesk::Documents {

// One font as PublicRes.xml lists it and the file in Res/.
struct OfdEmbeddedFont
{
    int id = 0;
    QString fontName;   // PostScript name (the font's 'name' table), else family and style
    QString familyName; // the family as installed, for readers that draw with system fonts
    QString styleName;
    bool bold = false;
    QString fileName;    // under Res/: font_<id>.otf (CFF outlines) or .ttf
    QByteArray subset;   // the embedded file
    qint64 fullSize = 0; // bytes of the whole face's tables, for comparison
    int characters = 0;
};

class OfdFonts
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdFonts)
public:
    // The font ID of `face` (one per family and style, whatever the size), given on first use.
    [[nodiscard]] int idOf(const QRawFont &face, Ofd::Ids &ids);
    // Marks the characters of `text` as shown in font `id`.
    void use(int id, QStringView text);

    // Each font's subset of the characters it shows. Refused, naming the font, when a subset
    // cannot be made: a font the OFD does not carry is what its readers complain of most.
    [[nodiscard]] Core::Result<QList<OfdEmbeddedFont>> embed() const;

private:
    struct Face
    {
        int id = 0;
        QRawFont face;
        QSet<char32_t> codePoints;
    };
    QList<Face> m_faces;
};

} // namespace GovDesk::Documents
