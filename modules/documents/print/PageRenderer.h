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
    const OfficialFonts &m_fonts;
    mutable QHash<QString, QRawFont> m_rawFonts; // by face and size, for all pages: loading one is slow
};

} // namespace GovDesk::Documents
