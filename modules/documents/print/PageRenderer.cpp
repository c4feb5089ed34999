#include "PageRenderer.h"

#include "SealImage.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>

namespace GovDesk::Documents {

PageRenderer::PageRenderer(const OfficialFonts &fonts)
    : m_fonts(fonts)
{
}

namespace {

void drawCharacters(QPainter &painter, const Page::PlacedText &text, QPointF at, double dotsPerMillimetre)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (qsizetype i = 0; i < text.text.size(); ++i) {
        const qsizetype length = text.text.at(i).isHighSurrogate() && i + 1 < text.text.size() ? 2 : 1;
        const QString character = text.text.mid(i, length);
        painter.drawText(at, character);
        at.rx() += metrics.horizontalAdvance(character) + text.spacing * dotsPerMillimetre;
        i += length - 1;
    }
}

} // namespace

PageRenderer::Face &PageRenderer::face(const QFont &font) const
{
    const QString key = font.key();
    auto found = m_faces.find(key);
    if (found == m_faces.end())
        found = m_faces.insert(key, Face{QRawFont::fromFont(font), {}});
    return *found;
}

QList<qreal> PageRenderer::advancesOf(Face &face, const QList<quint32> &glyphs)
{
    QList<quint32> unknown;
    for (quint32 glyph : glyphs) {
        if (!face.advances.contains(glyph) && !unknown.contains(glyph))
            unknown.append(glyph);
    }
    if (!unknown.isEmpty()) {
        const QList<QPointF> measured = face.raw.advancesForGlyphIndexes(unknown);
        for (qsizetype i = 0; i < unknown.size(); ++i)
            face.advances.insert(unknown.at(i), measured.value(i).x());
    }
    QList<qreal> advances;
    advances.reserve(glyphs.size());
    for (quint32 glyph : glyphs)
        advances.append(face.advances.value(glyph));
    return advances;
}

void PageRenderer::paint(QPainter &painter, const Page::ComposedPage &page, double dotsPerMillimetre) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Page::PlacedRule &rule : page.rules) {
        const double y = rule.from.y() * dotsPerMillimetre;
        const QRectF bar(rule.from.x() * dotsPerMillimetre, y - rule.thickness * dotsPerMillimetre / 2,
                         rule.length * dotsPerMillimetre, rule.thickness * dotsPerMillimetre);
        painter.fillRect(bar, rule.color);
    }
    for (const Page::PlacedText &text : page.texts) {
        // Sizes are in points on paper, whatever the device: pixels at this device's resolution.
        QFont font = m_fonts.font(text.role, text.pointSize);
        font.setPixelSize(qMax(1, qRound(text.pointSize * Page::MillimetresPerPoint * dotsPerMillimetre)));
        painter.setFont(font);
        painter.setPen(text.color);
        QPointF at(text.origin.x() * dotsPerMillimetre, text.origin.y() * dotsPerMillimetre);
        if (text.spacing == 0) {
            painter.drawText(at, text.text);
            continue;
        }
        // On the grid: one glyph run with each glyph placed, as QFont's letter spacing comes out
        // wrong in Qt's PDF engine at high resolutions (characters overlapped) and drawing
        // character by character shapes each one alone (three times slower).
        Face &drawn = face(font);
        const QList<quint32> glyphs = drawn.raw.glyphIndexesForString(text.text);
        if (glyphs.contains(0u) || glyphs.size() != text.text.size()) {
            drawCharacters(painter, text, at,
                           dotsPerMillimetre); // a character this face lacks: Qt's fallback
            continue;
        }
        QList<QPointF> positions;
        positions.reserve(glyphs.size());
        double x = 0;
        for (const qreal advance : advancesOf(drawn, glyphs)) {
            positions.append(QPointF(x, 0));
            x += advance + text.spacing * dotsPerMillimetre;
        }
        QGlyphRun run;
        run.setRawFont(drawn.raw);
        run.setGlyphIndexes(glyphs);
        run.setPositions(positions);
        painter.drawGlyphRun(at, run);
    }
    // The seal last: pressed over the 署名 and the date.
    for (const Page::PlacedSeal &seal : page.seals) {
        const QRectF bounds(seal.bounds.topLeft() * dotsPerMillimetre,
                            seal.bounds.size() * dotsPerMillimetre);
        SealImage::paint(painter, bounds, seal.organisation, seal.sealName);
    }
    painter.restore();
}

} // namespace GovDesk::Documents
