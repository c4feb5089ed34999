// ForestryExport: a dashboard's table as CSV (Excel on Chinese Windows opens it) and a page as a
// PDF — title, the widgets and chart images as shown, then its table, split over as many A4 pages
// as it takes (Ui::DashboardPdf). A chart's PNG is Ui::ChartImage's.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

namespace GovDesk::Forestry {

struct PdfContent
{
    QString title;
    QString subtitle;         // e.g. the data's date and unit
    QList<QImage> images;     // cards, charts: each scaled to the page's width
    QList<QStringList> table; // header first; may be empty
};

class ForestryExport
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryExport)
public:
    [[nodiscard]] static bool writeCsv(const QString &path, const QList<QStringList> &rows, QString *error);
    [[nodiscard]] static bool writePdf(const QString &path, const PdfContent &content, QString *error);
};

} // namespace GovDesk::Forestry
