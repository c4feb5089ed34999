#include "OfdTextRuns.h"

#include <QGlyphRun>
#include <QTextLayout>

namespace GovDesk::Documents {

OfdTextRuns::OfdTextRuns(const OfficialFonts &fonts, double dotsPerMillimetre)
    : m_fonts(fonts)
    , m_dotsPerMillimetre(dotsPerMillimetre)
{
}

Core::Result<QList<OfdGlyphRun>> OfdTextRuns::place(const Page::PlacedText &text) const
{
    // The font exactly as PageRenderer sets it on the PDF: its size in whole device pixels.
    QFont font = m_fonts.font(text.role, text.pointSize);
    font.setPixelSize(qMax(1, qRound(text.pointSize * Page::MillimetresPerPoint * m_dotsPerMillimetre)));
    const double size = font.pixelSize() / m_dotsPerMillimetre;

    // One layout of the whole line, as QPainter::drawText shapes it: its positions are the PDF's
    // for lines without grid spacing, and its runs carry the face each character got, fallbacks
    // included.
    QTextLayout layout(text.text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1.0e6);
    layout.endLayout();

    QList<OfdGlyphRun> runs;
    QString missing;
    double gridX = 0; // device pixels from the origin, for grid lines
    for (qsizetype i = 0; i < text.text.size(); ++i) {
        const qsizetype length = text.text.at(i).isHighSurrogate() && i + 1 < text.text.size() ? 2 : 1;
        const QString character = text.text.mid(i, length);
        const QList<QGlyphRun> glyphs = layout.glyphRuns(static_cast<int>(i), static_cast<int>(length));
        i += length - 1;
        if (glyphs.isEmpty() || glyphs.constFirst().glyphIndexes().value(0) == 0) {
            missing += character;
            continue;
        }
        const QGlyphRun &glyph = glyphs.constFirst();
        const QRawFont face = glyph.rawFont();
        // value(0): an empty list cannot happen here, and GCC's null-dereference check cannot see that.
        const double advance = face.advancesForGlyphIndexes({glyph.glyphIndexes().value(0)}).value(0).x();
        // Grid lines are placed glyph by glyph: each advance plus the spacing (PageRenderer).
        const double x = text.spacing == 0 ? glyph.positions().value(0).x() : gridX;
        gridX += advance + text.spacing * m_dotsPerMillimetre;

        const bool sameFace = !runs.isEmpty() && runs.constLast().face == face;
        if (!sameFace) {
            OfdGlyphRun run;
            run.face = face;
            run.baseline = text.origin.y();
            run.size = size;
            run.ascent = face.ascent() / m_dotsPerMillimetre;
            run.descent = face.descent() / m_dotsPerMillimetre;
            runs.append(run);
        }
        OfdGlyphRun &run = runs.last();
        run.text += character;
        run.x.append(text.origin.x() + x / m_dotsPerMillimetre);
        run.advances.append(advance / m_dotsPerMillimetre);
    }
    if (!missing.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("No installed font has these characters, so the OFD cannot show them: %1. "
                             "Install a font that has them (for rare characters: fonts-noto-cjk-extra) "
                             "and export again.")
                              .arg(missing),
                          QStringLiteral("missing glyphs in \"%1\"").arg(text.text));
    return runs;
}

} // namespace GovDesk::Documents
