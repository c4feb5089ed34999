#include "DashboardPdf.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace GovDesk::Ui {

namespace {

constexpr int Dpi = 150;

// Column widths from their longest cell, fitted into the page.
QList<int> columnWidths(const QList<QStringList> &table, const QFontMetrics &metrics, int width)
{
    QList<int> natural(table.first().size(), 0);
    for (const QStringList &row : table) {
        for (qsizetype column = 0; column < row.size() && column < natural.size(); ++column)
            natural[column] = std::max(natural.at(column), metrics.horizontalAdvance(row.at(column)) + 12);
    }
    int total = 0;
    for (int w : natural)
        total += w;
    if (total <= width || natural.isEmpty())
        return natural;
    // Narrow columns keep their width; the wide ones share what is left by how much they want.
    const int fair = width / int(natural.size());
    int kept = 0;
    int excess = 0;
    for (int w : natural) {
        kept += std::min(w, fair);
        excess += std::max(0, w - fair);
    }
    QList<int> widths;
    for (int w : natural)
        widths.append(w <= fair ? w : fair + (w - fair) * (width - kept) / std::max(1, excess));
    return widths;
}

// On white, without an alpha channel: the PDF then holds the image alone, no soft mask beside it.
QImage onWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage source = image;
    source.setDevicePixelRatio(1); // pixel for pixel
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, source);
    return flat;
}

} // namespace

bool DashboardPdf::write(const QString &path, const Content &content, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), content.orientation, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("GovDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        //: %1 无法保存：%2 / PDF 无法开始写入
        *error = tr("%1 cannot be saved: %2")
                     .arg(QFileInfo(path).fileName(), tr("the PDF could not be started"));
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(Dpi).translated(
        -writer.pageLayout().paintRectPixels(Dpi).topLeft());
    int y = 0;
    const auto newPageIfNeeded = [&](int height) {
        if (y + height > page.height() && y > 0) {
            writer.newPage();
            y = 0;
        }
    };

    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(16);
    font.setBold(true);
    painter.setFont(font);
    QFontMetrics metrics(font, &writer);
    painter.drawText(QRect(0, y, page.width(), metrics.height()), Qt::AlignHCenter, content.title);
    y += metrics.height() + 8;
    font.setPointSizeF(9);
    font.setBold(false);
    painter.setFont(font);
    metrics = QFontMetrics(font, &writer);
    painter.setPen(Qt::darkGray);
    painter.drawText(QRect(0, y, page.width(), metrics.height()), Qt::AlignHCenter, content.subtitle);
    painter.setPen(Qt::black);
    y += metrics.height() + 16;

    // A landscape page holds one chart (the first one under the title); a portrait page two.
    const int maxHeight
        = content.orientation == QPageLayout::Landscape ? page.height() - y : page.height() / 2;
    for (const QImage &image : content.images) {
        if (image.isNull())
            continue;
        const QSize size = image.size().scaled(page.width(), maxHeight, Qt::KeepAspectRatio);
        newPageIfNeeded(size.height());
        painter.drawImage(QRect(QPoint((page.width() - size.width()) / 2, y), size), onWhite(image));
        y += size.height() + 16;
    }

    const int rowHeight = metrics.height() + 8;
    for (const Table &table : content.tables) {
        if (table.rows.isEmpty())
            continue;
        const QList<int> widths = columnWidths(table.rows, metrics, page.width());
        const auto drawRow = [&](const QStringList &row, bool header) {
            int x = 0;
            if (header)
                painter.fillRect(QRect(0, y, page.width(), rowHeight), QColor(0xee, 0xf2, 0xee));
            for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column) {
                const QRect cell(x + 4, y, widths.at(column) - 8, rowHeight);
                painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                                 metrics.elidedText(row.at(column), Qt::ElideRight, cell.width()));
                x += widths.at(column);
            }
            painter.setPen(QColor(0xcc, 0xcc, 0xcc));
            painter.drawLine(0, y + rowHeight, page.width(), y + rowHeight);
            painter.setPen(Qt::black);
            y += rowHeight;
        };
        // The heading stays with the table's first rows.
        const int headingHeight = table.heading.isEmpty() ? 0 : rowHeight + 4;
        newPageIfNeeded(headingHeight + rowHeight * 3);
        if (!table.heading.isEmpty()) {
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                             table.heading);
            painter.setFont(font);
            y += headingHeight;
        }
        drawRow(table.rows.first(), true);
        for (qsizetype row = 1; row < table.rows.size(); ++row) {
            if (y + rowHeight > page.height()) {
                writer.newPage();
                y = 0;
                drawRow(table.rows.first(), true); // the header again on each page
            }
            drawRow(table.rows.at(row), false);
        }
        y += 16;
    }
    if (!painter.end()) {
        //: PDF 无法写入
        *error = tr("%1 cannot be saved: %2")
                     .arg(QFileInfo(path).fileName(), tr("the PDF could not be written"));
        return false;
    }
    return true;
}

} // namespace GovDesk::Ui
