// ForestryPage: the 林业 dashboards — 总览 (indicator cards with year-on-year change, afforestation
// against plan per county, the warnings), 森林火险 (the week's danger per area with 4–5
// highlighted, the year's daily peak, fires), 有害生物 (trend and rates), 县区对比, 数据集 — and
// 导入… (ImportDialog, applied on a worker connection) and exports (CSV, PNG, PDF).
#pragma once

#include "ForestIndicators.h"
#include "ForestrySchemas.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Ui {
class DatasetsPanel;
class ErrorBanner;
class ImportDialog;
class LazyChart;
class PageHeader;
} // namespace GovDesk::Ui

namespace GovDesk::Forestry {

class ForestryPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Overview, Fire, Pests, Comparison, Datasets };

    ForestryPage(Core::ModuleContext &context, QWidget *parent = nullptr);
    ~ForestryPage() override;

    void refresh();
    // A warning key ("fire:…", "pest:…", "plan:…") or a dataset id: its tab, its row selected.
    void showRecord(const QString &recordId);
    void setUnit(AreaUnit unit);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget *table(Tab tab) const;
    // The chart of the tab; null for tabs without one.
    [[nodiscard]] Ui::LazyChart *chart(Tab tab) const;
    [[nodiscard]] QWidget *cards() const { return m_cards; }

    // 导入…: asks for the kind and the file, then importFile().
    void startImport();
    // The dialog for `path` (shown, non-modal); on success the dataset is published for colleagues.
    Ui::ImportDialog *importFile(DatasetKind kind, const QString &path);

    // 导出: asks for the format and the file, then one of these, for the current tab.
    void exportCurrent();
    [[nodiscard]] bool exportCsv(const QString &path, QString *error);
    // Asynchronous (the chart draws its image): exported() tells when it is written.
    void exportPng(const QString &path);
    void exportPdf(const QString &path);

Q_SIGNALS:
    void refreshed();
    void imported(const QString &datasetId);
    void exported(const QString &path, bool succeeded, const QString &error);

private:
    QWidget *buildOverview();
    QWidget *buildFire();
    QWidget *buildPests();
    QWidget *buildSimpleTab(QTableWidget *table);
    void refreshCards(const QList<CountyIndicators> &indicators);
    void scheduleRefresh();
    void finishExport(const QString &path, const QString &format, bool succeeded, const QString &error);

    Core::ModuleContext &m_context;
    AreaUnit m_unit = AreaUnit::Hectare;
    Ui::PageHeader *m_header;
    Ui::ErrorBanner *m_error;
    QComboBox *m_unitBox;
    QTabWidget *m_tabs;
    QWidget *m_cards = nullptr;
    QList<QLabel *> m_cardValues; // 林地面积, 森林面积, 森林覆盖率, 森林蓄积量
    QList<QLabel *> m_cardChanges;
    QLabel *m_cardsTitle = nullptr;
    Ui::LazyChart *m_planChart = nullptr;
    Ui::LazyChart *m_fireChart = nullptr;
    Ui::LazyChart *m_pestChart = nullptr;
    QTableWidget *m_warnings = nullptr;
    QTableWidget *m_fireTable = nullptr;
    QTableWidget *m_incidents = nullptr;
    QTableWidget *m_pestTable = nullptr;
    QTableWidget *m_comparison = nullptr;
    Ui::DatasetsPanel *m_datasets = nullptr;
    QLabel *m_fireTitle = nullptr;
    bool m_refreshPending = false;
    std::shared_ptr<std::unique_ptr<Core::Database>> m_importConnection;
};

} // namespace GovDesk::Forestry
