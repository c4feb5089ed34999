// SealImage: the red round seal (印章) drawn with QPainter — the organisation's name around the
// top, ★ in the centre, the seal's name below the star — for the on-screen page and, later, the
// PDF and OFD renderers.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace GovDesk::Documents {

// 发文机关署名 and 成文日期 with the seal pressed over them (GB/T 9704-2012 7.3.5.1).
struct SealedSignature
{
    QString issuerName;   // 发文机关署名
    QString date;         // 成文日期 as printed: 2026年2月27日
    QString organisation; // around the seal's top
    QString sealName;     // below the star; empty for none
    QFont font;           // the body's font (3号仿宋 on paper)
};

class SealImage
{
public:
    // The seal's red: 印章 are printed in a bright vermilion, not the 版头's red.
    static inline const QColor Red{0xe6, 0x00, 0x12};

    // The seal in the largest circle centred in `bounds`.
    static void paint(QPainter &painter, const QRectF &bounds, const QString &organisation,
                      const QString &sealName = {});

    // The signature block as GB/T 9704 7.3.5.1 lays it out for a sealed document: 成文日期 four
    // characters from the right, 发文机关署名 centred over it, and the seal centred on both so
    // that they sit a little below its centre (印章端正、居中下压发文机关署名和成文日期). Drawn at
    // `scale` times the font's size for sharp high-DPI rendering; transparent around the seal.
    [[nodiscard]] static QImage signatureBlock(const SealedSignature &signature, qreal scale = 2.0);
};

} // namespace GovDesk::Documents
