// DashboardPdf: a dashboard page as a PDF — title and subtitle, the charts as their engine draws
// them (Ui::ChartImage's PNGs, sharp at print resolution, not widget grabs) or other images, then
// its tables as text, each with a heading, split over as many A4 pages as they take (the header
// row again on each page). Shared by the modules' dashboards.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QStringList>

namespace GovDesk::Ui {

class DashboardPdf
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Ui::DashboardPdf)
public:
    struct Table
    {
        QString heading;         // may be empty
        QList<QStringList> rows; // header first
    };

    struct Content
    {
        QString title;
        QString subtitle;     // e.g. the data's date and unit
        QList<QImage> images; // charts, cards: each scaled to the page's width (half its height at most)
        QList<Table> tables;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
    };

    [[nodiscard]] static bool write(const QString &path, const Content &content, QString *error);
};

} // namespace GovDesk::Ui
