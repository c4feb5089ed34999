// WaterPage: the 水务 duty dashboard — the station list with latest values and status colours,
// the overview (stations by longitude/latitude, rainfall per area, reservoir gauges, water-quality
// classes: one chart, WaterOverviewChart), one station's series with its threshold lines, the
// ranked warnings with their reasons and the datasets with their import status; a range picker
// (24 h, 7 d, 30 d, custom); 导入… and exports (CSV, PNG, and a PDF of the charts as their engine
// draws them with the tables).
#pragma once

#include "WaterQueries.h"
#include "WaterSchema.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace GovDesk::Core {
class ModuleContext;
}
namespace GovDesk::Ui {
class DatasetsPanel;
class ErrorBanner;
class LazyChart;
} // namespace GovDesk::Ui

namespace GovDesk::Water {

class WaterPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Day, Week, Month, Custom };
    enum Tab { OverviewTab, StationTab, WarningsTab, DatasetsTab };

    explicit WaterPage(Core::ModuleContext &context, QWidget *parent = nullptr);

    void refresh();
    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void showStation(const QString &stcd);
    // A to-do or search hit: "warning/<kind>:<stcd>".
    void open(const QString &recordId);

    // File → 导入…: choose the file and its table, then ImportDialog.
    void importFile();
    void importFile(const QString &path, DatasetKind kind);
    [[nodiscard]] bool exportCsv(const QString &path, QString *error) const;
    // The chart as its engine draws it, asynchronously: exported() tells when it is written.
    void exportPng(Ui::LazyChart *chart, const QString &path);
    // The overview and station charts as drawn (Ui::ChartImage), the stations and the warnings,
    // asynchronously: exported() tells when it is written. A chart not yet shown is left out.
    void exportPdf(const QString &path);
    void exportWithDialog();
    // 图表 (PNG)…: the station tab's chart, else the overview chart; then the file.
    void exportChartWithDialog();

    // For tests and screenshots.
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] Ui::LazyChart *overviewChart() const { return m_overview; }
    [[nodiscard]] Ui::LazyChart *stationChart() const { return m_stationChart; }
    [[nodiscard]] QTableWidget *stationTable() const { return m_stations; }
    [[nodiscard]] QTableWidget *warningTable() const { return m_warnings; }
    [[nodiscard]] QString currentStation() const { return m_station; }

Q_SIGNALS:
    // A local import finished (its dataset record is written).
    void imported(const QString &datasetId);
    void exported(const QString &path, bool succeeded, const QString &error);

private:
    [[nodiscard]] std::pair<QDateTime, QDateTime> range() const;
    void loadStations(WaterQueries &queries, const QDateTime &at);
    void loadOverview(WaterQueries &queries, const QDateTime &from, const QDateTime &to);
    void loadStationSeries(WaterQueries &queries, const QDateTime &from, const QDateTime &to);
    void loadWarnings(WaterQueries &queries);
    void loadDatasets();
    [[nodiscard]] QTableWidget *currentTable() const;

    Core::ModuleContext &m_context;
    Ui::ErrorBanner *m_error;
    QLabel *m_dataTime;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_import;
    QPushButton *m_export;
    QTableWidget *m_stations;
    QTabWidget *m_tabs;
    Ui::LazyChart *m_overview;
    Ui::LazyChart *m_stationChart;
    QLabel *m_stationInfo;
    QTableWidget *m_warnings;
    Ui::DatasetsPanel *m_datasets;
    QString m_station;
    QDateTime m_latest;
    QHash<QString, int> m_severity; // stcd → worst warning
};

} // namespace GovDesk::Water
