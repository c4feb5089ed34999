#include "ForestryExport.h"

#include "CsvWriter.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace GovDesk::Forestry {

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

} // namespace

bool ForestryExport::writeCsv(const QString &path, const QList<QStringList> &rows, QString *error)
{
    return Ui::CsvWriter::write(path, rows, error);
}

bool ForestryExport::writePdf(const QString &path, const PdfContent &content, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("GovDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
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

    for (const QImage &image : content.images) {
        if (image.isNull())
            continue;
        const QSize size = image.size().scaled(page.width(), page.height() / 2, Qt::KeepAspectRatio);
        newPageIfNeeded(size.height());
        painter.drawImage(QRect(QPoint((page.width() - size.width()) / 2, y), size), image);
        y += size.height() + 16;
    }

    if (!content.table.isEmpty()) {
        const QList<int> widths = columnWidths(content.table, metrics, page.width());
        const int rowHeight = metrics.height() + 8;
        const auto drawRow = [&](const QStringList &row, bool header) {
            newPageIfNeeded(rowHeight);
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
        drawRow(content.table.first(), true);
        for (qsizetype row = 1; row < content.table.size(); ++row) {
            if (y + rowHeight > page.height()) {
                writer.newPage();
                y = 0;
                drawRow(content.table.first(), true); // the header again on each page
            }
            drawRow(content.table.at(row), false);
        }
    }
    if (!painter.end()) {
        *error = tr("%1 cannot be saved: %2")
                     .arg(QFileInfo(path).fileName(), tr("the PDF could not be written"));
        return false;
    }
    return true;
}

} // namespace GovDesk::Forestry
