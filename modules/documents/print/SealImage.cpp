#include "SealImage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace GovDesk::Documents {

namespace {

QPainterPath fivePointedStar(const QPointF &centre, qreal outer)
{
    const qreal inner = outer * 0.382; // the regular star's ratio
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    return star;
}

// Seals are cut in a bold Song style; the family list takes whatever the desktop has.
QFont sealFont(qreal pixelSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(true);
    return font;
}

} // namespace

void SealImage::paint(QPainter &painter, const QRectF &bounds, const QString &organisation,
                      const QString &sealName)
{
    const qreal diameter = qMin(bounds.width(), bounds.height());
    if (diameter <= 0)
        return;
    const QPointF centre = bounds.center();
    const qreal radius = diameter / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const qreal ringWidth = diameter * 0.035;
    painter.setPen(QPen(Red, ringWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius - ringWidth / 2, radius - ringWidth / 2);

    painter.fillPath(fivePointedStar(centre, radius * 0.30), Red);

    // The name runs clockwise over the top, each character upright towards the rim; long names
    // take a wider arc with narrower characters, as seal cutters do.
    const QList<uint> characters = organisation.toUcs4();
    if (!characters.isEmpty()) {
        const qsizetype count = characters.size();
        const qreal span = qMin(240.0, 22.0 * count);
        const qreal glyph = qMin(diameter * 0.15, 2 * M_PI * (radius * 0.75) * (span / 360.0) / count * 1.05);
        const qreal textRadius = radius - ringWidth * 1.6 - glyph * 0.55;
        painter.setFont(sealFont(glyph));
        painter.setPen(Red);
        for (qsizetype i = 0; i < count; ++i) {
            const qreal angle = -90.0 - span / 2 + span * (i + 0.5) / count;
            const qreal radians = qDegreesToRadians(angle);
            painter.save();
            painter.translate(centre + QPointF(textRadius * qCos(radians), textRadius * qSin(radians)));
            painter.rotate(angle + 90.0);
            painter.scale(0.82, 1.0); // seal characters are cut narrow and tall
            const char32_t character = characters.at(i);
            painter.drawText(QRectF(-glyph, -glyph / 2, 2 * glyph, glyph), Qt::AlignCenter,
                             QString::fromUcs4(&character, 1));
            painter.restore();
        }
    }

    if (!sealName.isEmpty()) {
        painter.setFont(sealFont(diameter * 0.085));
        painter.setPen(Red);
        const qreal top = centre.y() + radius * 0.40;
        painter.drawText(QRectF(centre.x() - radius * 0.7, top, radius * 1.4, diameter * 0.12),
                         Qt::AlignCenter, sealName);
    }
    painter.restore();
}

} // namespace GovDesk::Documents
