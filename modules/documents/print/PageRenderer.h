// PageRenderer: paints a composed GB/T 9704 page on any QPainter — the PDF writer, a printer, an
// image for the on-screen preview — at `dotsPerMillimetre` of that device.
#pragma once

#include "OfficialFonts.h"
#include "OfficialPage.h"

class QPainter;

namespace GovDesk::Documents {

class PageRenderer
{
public:
    explicit PageRenderer(const OfficialFonts &fonts);

    void paint(QPainter &painter, const Page::ComposedPage &page, double dotsPerMillimetre) const;

private:
    const OfficialFonts &m_fonts;
};

} // namespace GovDesk::Documents
