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

QImage SealImage::signatureBlock(const SealedSignature &signature, qreal scale)
{
    QFont font = signature.font;
    const qreal fontPixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    font.setPixelSize(qMax(1, qRound(fontPixels * scale)));
    const QFontMetricsF metrics(font);
    const qreal character = metrics.horizontalAdvance(QStringLiteral("国"));
    const qreal line = metrics.height() * 1.5;
    const qreal dateWidth = metrics.horizontalAdvance(signature.date);
    const qreal issuerWidth = metrics.horizontalAdvance(signature.issuerName);
    // A 4.2 cm seal over 3号 characters of 5.6 mm: about seven and a half characters across.
    const qreal diameter = character * 7.5;
    const qreal rightBlank = character * 4; // 成文日期右空四字
    // 以成文日期为准居中编排发文机关署名: the name, and the seal over both, centre on the date.
    const qreal halfWidest = qMax(qMax(dateWidth, issuerWidth), diameter) / 2;
    const qreal width = character * 0.5 + halfWidest + dateWidth / 2 + rightBlank;
    const qreal height = diameter + character * 0.5;
    const qreal columnCentre = width - rightBlank - dateWidth / 2;

    QImage image(QSize(qCeil(width), qCeil(height)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The two lines a little below the seal's centre; the seal's top stays within a line of
    // the text above the block.
    const QPointF sealCentre(columnCentre, character * 0.25 + diameter / 2);
    const qreal issuerTop = sealCentre.y() - line * 0.35;
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(columnCentre - issuerWidth / 2, issuerTop, issuerWidth + 1, line),
                     Qt::AlignCenter, signature.issuerName);
    painter.drawText(QRectF(columnCentre - dateWidth / 2, issuerTop + line, dateWidth + 1, line),
                     Qt::AlignCenter, signature.date);

    // Ink over the print: multiplying keeps the black characters readable through the red.
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.setOpacity(0.9);
    paint(painter, QRectF(sealCentre.x() - diameter / 2, sealCentre.y() - diameter / 2, diameter, diameter),
          signature.organisation, signature.sealName);
    painter.end();
    image.setDevicePixelRatio(scale);
    return image;
}

} // namespace GovDesk::Documents
