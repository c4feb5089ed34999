#include "PageRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

namespace GovDesk::Documents {

PageRenderer::PageRenderer(const OfficialFonts &fonts)
    : m_fonts(fonts)
{
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
        // On the grid character by character: Qt's PDF engine scales QFont's letter spacing
        // wrongly at high resolutions (characters overlapped), and OFD places characters too.
        const QFontMetricsF metrics(font, painter.device());
        for (qsizetype i = 0; i < text.text.size(); ++i) {
            const qsizetype length = text.text.at(i).isHighSurrogate() && i + 1 < text.text.size() ? 2 : 1;
            const QString character = text.text.mid(i, length);
            painter.drawText(at, character);
            at.rx() += metrics.horizontalAdvance(character) + text.spacing * dotsPerMillimetre;
            i += length - 1;
        }
    }
    painter.restore();
}

} // namespace GovDesk::Documents
