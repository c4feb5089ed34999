// PageRenderer: paints a composed GB/T 9704 page on any QPainter — the PDF writer, a printer, an
// image for the on-screen preview — at `dotsPerMillimetre` of that device.
#pragma once

#include "OfficialFonts.h"
#include "OfficialPage.h"

#include <QHash>
#include <QRawFont>

class QPainter;

namespace GovDesk::Documents {

class PageRenderer
{
public:
    explicit PageRenderer(const OfficialFonts &fonts);

    void paint(QPainter &painter, const Page::ComposedPage &page, double dotsPerMillimetre) const;

private:
    // A face at one size, kept for all pages: loading one is slow, and so is asking FreeType for
    // the advance of a glyph, which a page of 公文 repeats hundreds of times.
    struct Face
    {
        QRawFont raw;
        QHash<quint32, qreal> advances;
    };
    [[nodiscard]] Face &face(const QFont &font) const;
    [[nodiscard]] static QList<qreal> advancesOf(Face &face, const QList<quint32> &glyphs);

    const OfficialFonts &m_fonts;
    mutable QHash<QString, Face> m_faces; // by QFont::key()
};

} // namespace GovDesk::Documents
