// OfdContent: one composed GB/T 9704 page as an OFD page's Content.xml — rules as path objects,
// each line as text objects at the PDF's positions, the seal as an image object.
#pragma once

#include "OfdFonts.h"
#include "OfdTextRuns.h"
#include "OfdXml.h"
#include "OfficialPage.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace GovDesk::Documents {

class OfdContent
{
public:
    // Fonts used are registered in `fonts`; every object takes its ID from `ids`.
    OfdContent(const OfdTextRuns &runs, OfdFonts &fonts, Ofd::Ids &ids);

    // `sealImages`: the MultiMedia ID of each of the page's seals, in the order of page.seals.
    [[nodiscard]] Core::Result<QByteArray> write(const Page::ComposedPage &page,
                                                 const QList<int> &sealImages);

private:
    const OfdTextRuns &m_runs;
    OfdFonts &m_fonts;
    Ofd::Ids &m_ids;
};

} // namespace GovDesk::Documents
