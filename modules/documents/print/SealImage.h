// SealImage: the red round seal (印章) drawn with QPainter — the organisation's name around the
// top, ★ in the centre, the seal's name below the star — for PageRenderer (screen, PDF, print)
// and the OFD writer.
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace GovDesk::Documents {

class SealImage
{
public:
    // The seal's red: 印章 are printed in a bright vermilion, not the 版头's red.
    static inline const QColor Red{0xe6, 0x00, 0x12};

    // The seal in the largest circle centred in `bounds`.
    static void paint(QPainter &painter, const QRectF &bounds, const QString &organisation,
                      const QString &sealName = {});
};

} // namespace GovDesk::Documents
