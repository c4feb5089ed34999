// OfdTextRuns: where each character of a composed line lands and in which face — the positions
// PageRenderer gives them in the PDF, the faces Qt's font fallback picks — for OFD text objects.
#pragma once

#include "OfficialFonts.h"
#include "OfficialPage.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRawFont>
#include <QString>

namespace GovDesk::Documents {

// Consecutive characters of one line drawn in one face.
struct OfdGlyphRun
{
    QRawFont face;
    QString text;
    QList<double> x;        // page mm, the left end of each character (one per code point)
    QList<double> advances; // mm, each character's advance in the face (without the grid spacing)
    double baseline = 0;    // page mm
    double size = 0;        // the em in mm, as drawn
    double ascent = 0;      // mm
    double descent = 0;     // mm
};

class OfdTextRuns
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdTextRuns)
public:
    // `dotsPerMillimetre` of the PDF the positions must agree with (PdfExporter::Resolution).
    OfdTextRuns(const OfficialFonts &fonts, double dotsPerMillimetre);

    // The line's characters by face, left to right. Refused, naming them, when characters are in
    // no installed font: an OFD must carry every glyph it shows.
    [[nodiscard]] Core::Result<QList<OfdGlyphRun>> place(const Page::PlacedText &text) const;

private:
    const OfficialFonts &m_fonts;
    double m_dotsPerMillimetre;
};

} // namespace GovDesk::Documents
