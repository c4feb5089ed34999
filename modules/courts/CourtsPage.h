// CourtsPage: the 审判管理 page for a 审判管理办公室 analyst — pick a period (the last twelve months,
// a year, a half, a quarter), a level and an indicator; the 看板 shows the level's ranking bars,
// the indicator's monthly trend and the heat table of courts × indicators; the 通报 tab shows the
// 通报 as it prints; 下钻 goes from a court to the cases that pull its figure down and from a case
// to its events (a click on a bar or a cell of the heat table leads there); the datasets tab shows
// what was imported. Reading 50,000 cases and composing the 通报 run off the UI thread, with
// progress and 取消; exports (PDF in the official layout, XLSX, CSV) too.
#pragma once

#include "CourtsAnalysis.h"
#include "CourtsSchema.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace GovDesk::Core {
class ModuleContext;
}
namespace GovDesk::Ui {
class DatasetsPanel;
class ErrorBanner;
class LazyChart;
class ProgressPanel;
} // namespace GovDesk::Ui

namespace GovDesk::Courts {

class CourtDrillDown;

class CourtsPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { DashboardTab, BulletinTab, DrillDownTab, DatasetsTab };
    enum class ExportFormat { Pdf, Xlsx, Csv };

    explicit CourtsPage(Core::ModuleContext &context, QWidget *parent = nullptr);
    ~CourtsPage() override;

    // Reads the cases again (the data changed), then analyses.
    void reload();
    void setPeriod(int index); // into periods()
    void setLevel(CourtLevel level);
    void setIndicator(Indicator indicator);
    // The trend month by month, or 年内累计.
    void setTrendYearToDate(bool yearToDate);
    // To the drill-down, on `court` (代字) at the level shown.
    void drillDown(const QString &court);
    // A court found in the search: its level's drill-down on it (the 高院, not ranked, shows the
    // dashboard) — once the data are read, when the page has just been opened.
    void openCourt(const QString &court);
    // To the datasets tab, on the dataset record `recordId`.
    void showDataset(const QString &recordId);
    // In the page's banner (what the settings dialog could not store, for one).
    void showError(const QString &message, const QString &detail = {});

    void importFile();
    void importFile(const QString &path, DatasetKind kind);
    // Writes the 通报 shown, off the UI thread: exported() tells when it is written.
    void exportBulletin(ExportFormat format, const QString &path);
    void exportWithDialog(ExportFormat format);

    // For tests and screenshots.
    [[nodiscard]] bool isBusy() const { return m_running != nullptr; }
    [[nodiscard]] const CourtsAnalysisResult &analysis() const { return m_analysis; }
    [[nodiscard]] QList<PeriodChoice> periods() const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] Ui::LazyChart *rankingChart() const { return m_ranking; }
    [[nodiscard]] Ui::LazyChart *trendChart() const { return m_trend; }
    [[nodiscard]] Ui::LazyChart *heatChart() const { return m_heat; }
    [[nodiscard]] QTextBrowser *bulletinView() const { return m_bulletin; }
    [[nodiscard]] CourtDrillDown *drillDownView() const { return m_drillDown; }
    [[nodiscard]] Ui::DatasetsPanel *datasetsPanel() const { return m_datasets; }

Q_SIGNALS:
    // An analysis ended (shown, or failed or cancelled: the banner says which).
    void analysed();
    void imported(const QString &datasetId);
    void exported(const QString &path, bool succeeded, const QString &error);

private:
    struct Job;
    void analyse(bool reread);
    void showAnalysis(CourtsAnalysisResult result);
    void showCharts();
    void loadDatasets();
    void fillPeriods();
    [[nodiscard]] Indicator indicator() const;
    [[nodiscard]] TrendChoice trendChoice() const;
    [[nodiscard]] CourtLevel level() const;

    Core::ModuleContext &m_context;
    Ui::ErrorBanner *m_error;
    Ui::ProgressPanel *m_progress;
    QLabel *m_dataInfo;
    QComboBox *m_period;
    QComboBox *m_level;
    QComboBox *m_indicator;
    QComboBox *m_trendView;
    QPushButton *m_import;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    Ui::LazyChart *m_ranking;
    Ui::LazyChart *m_trend;
    Ui::LazyChart *m_heat;
    QTextBrowser *m_bulletin;
    CourtDrillDown *m_drillDown;
    Ui::DatasetsPanel *m_datasets;
    CourtsAnalysisResult m_analysis;
    std::shared_ptr<Job> m_running; // the analysis under way, if any
    bool m_rereadPending = false;
    QString m_courtToOpen; // openCourt() before the analysis was there
};

} // namespace GovDesk::Courts
