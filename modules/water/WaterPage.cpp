#include "WaterPage.h"

#include "ChartImage.h"
#include "CsvWriter.h"
#include "DashboardPdf.h"
#include "DatasetFileImport.h"
#include "DatasetsPanel.h"
#include "ErrorBanner.h"
#include "FileNames.h"
#include "ImportDialog.h"
#include "LazyChart.h"
#include "ListTable.h"
#include "WaterCharts.h"
#include "WaterDatasets.h"
#include "WaterOverviewChart.h"
#include "WaterWarnings.h"
#include "module/ModuleContext.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GovDesk::Water {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A chart's title as its option gives it, for the file's name.
QString chartTitle(const Ui::LazyChart *chart)
{
    return chart->option()
        .value(QLatin1String("title"))
        .toObject()
        .value(QLatin1String("text"))
        .toString()
        .trimmed();
}

// A table's header and rows as shown, for CSV and PDF.
QList<QStringList> tableRows(const QTableWidget *table)
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << table->horizontalHeaderItem(column)->text();
    rows << header;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        rows << cells;
    }
    return rows;
}

QString typeName(StationType type)
{
    switch (type) {
    case StationType::Rainfall:
        //: Station type: 雨量站
        return WaterPage::tr("Rain gauge");
    case StationType::RiverHydrology:
        //: 水文站
        return WaterPage::tr("Hydrological");
    case StationType::RiverLevel:
        //: 水位站
        return WaterPage::tr("Level");
    case StationType::Reservoir:
        //: 水库站
        return WaterPage::tr("Reservoir");
    }
    return {};
}

} // namespace

WaterPage::WaterPage(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_error(new Ui::ErrorBanner(this))
    , m_dataTime(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    //: Button: 导入…
    , m_import(new QPushButton(tr("Import…"), this))
    //: Button: 导出
    , m_export(new QPushButton(tr("Export"), this))
    //: Column headers of the station list: 测站 站码 河流 站类 最新值 时间 状态
    , m_stations(Ui::makeListTable(
          {tr("Station"), tr("Code"), tr("River"), tr("Type"), tr("Latest"), tr("Time"), tr("Status")}, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new Ui::LazyChart(this))
    , m_stationChart(new Ui::LazyChart(this))
    , m_stationInfo(new QLabel(this))
    //: Column headers of the warnings: 级别 类型 测站 河流 时间 原因
    , m_warnings(Ui::makeListTable(
          {tr("Severity"), tr("Kind"), tr("Station"), tr("River"), tr("Time"), tr("Reason")}, this))
    , m_datasets(new Ui::DatasetsPanel(
          context.datasets(),
          [](const QString &kind) {
              const auto known = WaterSchema::kindFromCode(kind);
              return known ? WaterSchema::kindName(*known) : kind;
          },
          this))
{
    setObjectName(QStringLiteral("waterPage"));
    m_overview->setObjectName(QStringLiteral("waterOverview"));
    m_stationChart->setObjectName(QStringLiteral("waterStationChart"));
    m_stations->setObjectName(QStringLiteral("waterStations"));
    m_warnings->setObjectName(QStringLiteral("waterWarnings"));
    //: Range choices: 24小时 7天 30天 自定义
    m_range->addItems({tr("24 hours"), tr("7 days"), tr("30 days"), tr("Custom")});
    m_range->setCurrentIndex(int(Range::Week));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    auto *exportMenu = new QMenu(m_export);
    //: Export choices: 表格 (CSV)… 图表 (PNG)… 看板 (PDF)…
    exportMenu->addAction(tr("Table (CSV)…"), this, [this] { exportWithDialog(); });
    exportMenu->addAction(tr("Chart (PNG)…"), this, &WaterPage::exportChartWithDialog);
    exportMenu->addAction(tr("Dashboard (PDF)…"), this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export dashboard"), {}, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    m_export->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Water")), this); //: Page title: 水务
    bar->addWidget(title);
    bar->addWidget(m_dataTime, 1);
    //: Label before the range picker: 时段
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    m_overview->setMinimumSize(560, 440);

    auto *stationPage = new QWidget(this);
    auto *stationLayout = new QVBoxLayout(stationPage);
    stationLayout->addWidget(m_stationInfo);
    stationLayout->addWidget(m_stationChart, 1);
    m_stationInfo->setWordWrap(true);

    //: Tabs: 概览 测站 预警 数据集
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(stationPage, tr("Station"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_tabs->addTab(m_datasets, tr("Datasets"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stations);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    m_stations->setMinimumWidth(320);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = Range(index) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom && !m_from->dateTime().isValid())
            m_from->setDateTime(m_latest.addDays(-3));
        refresh();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] { refresh(); });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] { refresh(); });
    connect(m_import, &QPushButton::clicked, this, qOverload<>(&WaterPage::importFile));
    connect(m_stations, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showStation(m_stations->item(row, 1)->text()); });
    connect(m_warnings, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showStation(m_warnings->item(row, 2)->data(Qt::UserRole).toString()); });
    connect(m_overview, &Ui::LazyChart::pointClicked, this,
            [this](const QString &, const QString &, const QJsonValue &value) {
                showStation(WaterOverviewChart::clickedStation(value));
            });
    connect(this, &WaterPage::exported, this, [this](const QString &, bool succeeded, const QString &error) {
        if (!succeeded)
            m_error->showError(error);
    });
    connect(&context, &Core::ModuleContext::projected, this, [this] { refresh(); });
    connect(&context, &Core::ModuleContext::sessionUnlocked, this, [this] { refresh(); });
    refresh();
}

void WaterPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

void WaterPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    setRange(Range::Custom);
    refresh();
}

std::pair<QDateTime, QDateTime> WaterPage::range() const
{
    const QDateTime end = m_latest.isValid() ? m_latest : QDateTime::currentDateTimeUtc();
    switch (Range(m_range->currentIndex())) {
    case Range::Day:
        return {end.addSecs(-24 * 3600), end};
    case Range::Week:
        return {end.addDays(-7), end};
    case Range::Month:
        return {end.addDays(-30), end};
    case Range::Custom:
        return {m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    }
    return {end.addDays(-7), end};
}

void WaterPage::refresh()
{
    if (!m_context.isSessionOpen())
        return;
    m_error->clear();
    WaterQueries queries(m_context.database());
    auto latest = queries.latestTime();
    if (!latest) {
        m_error->showError(latest.error().message, latest.error().detail);
        return;
    }
    m_latest = *latest;
    //: Shown beside the title: 数据截至 …
    m_dataTime->setText(m_latest.isValid() ? tr("Data up to %1").arg(localTime(m_latest))
                                           //: No data yet: 尚无数据，请导入或同步数据集
                                           : tr("No data yet: import a file or wait for a dataset to sync."));
    if (Range(m_range->currentIndex()) != Range::Custom) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(range().first.toLocalTime());
        m_to->setDateTime(range().second.toLocalTime());
    }
    const auto [from, to] = range();
    loadWarnings(queries);
    loadStations(queries, m_latest.isValid() ? m_latest : to);
    loadOverview(queries, from, to);
    loadStationSeries(queries, from, to);
    loadDatasets();
}

void WaterPage::loadWarnings(WaterQueries &queries)
{
    auto warnings = queries.warnings();
    if (!warnings) {
        m_error->showError(warnings.error().message, warnings.error().detail);
        return;
    }
    m_severity.clear();
    m_warnings->setRowCount(0);
    for (const StoredWarning &stored : std::as_const(*warnings)) {
        const FloodWarning &warning = stored.warning;
        m_severity[warning.stcd] = std::max(m_severity.value(warning.stcd), int(warning.severity));
        for (const QString &cause : warning.causes)
            m_severity[cause] = std::max(m_severity.value(cause), 1);
        const int row = m_warnings->rowCount();
        m_warnings->insertRow(row);
        auto *severity = cell(FloodWarnings::severityName(warning.severity));
        severity->setBackground(QColor(WaterCharts::severityColour(int(warning.severity))));
        severity->setForeground(Qt::white);
        severity->setData(Qt::UserRole, WaterWarnings::recordIdOf(warning));
        m_warnings->setItem(row, 0, severity);
        m_warnings->setItem(row, 1, cell(FloodWarnings::kindName(warning.kind)));
        auto *station = cell(warning.stnm);
        station->setData(Qt::UserRole, warning.stcd);
        m_warnings->setItem(row, 2, station);
        m_warnings->setItem(row, 3, cell(warning.river));
        m_warnings->setItem(row, 4, cell(localTime(warning.at)));
        m_warnings->setItem(row, 5, cell(warning.reason));
    }
    m_warnings->resizeColumnsToContents();
    //: Tab title with the count: 预警 (N)
    m_tabs->setTabText(WarningsTab,
                       warnings->isEmpty() ? tr("Warnings") : tr("Warnings (%1)").arg(warnings->size()));
}

void WaterPage::loadStations(WaterQueries &queries, const QDateTime &at)
{
    auto situations = queries.situations(at);
    if (!situations) {
        m_error->showError(situations.error().message, situations.error().detail);
        return;
    }
    m_stations->setRowCount(0);
    for (const StationSituation &situation : std::as_const(*situations)) {
        const WaterStation &station = situation.station;
        const int row = m_stations->rowCount();
        m_stations->insertRow(row);
        m_stations->setItem(row, 0, cell(station.stnm));
        m_stations->setItem(row, 1, cell(station.stcd));
        m_stations->setItem(row, 2, cell(station.rvnm));
        m_stations->setItem(row, 3, cell(typeName(station.sttp)));
        QString latest;
        if (situation.level)
            //: Latest level of a station: N 米
            latest = tr("%1 m").arg(*situation.level, 0, 'f', 2);
        else if (situation.rain24h)
            //: Latest rain of a gauge: 24小时 N mm
            latest = tr("24 h %1 mm").arg(*situation.rain24h, 0, 'f', 1);
        m_stations->setItem(row, 4, cell(latest));
        m_stations->setItem(row, 5, cell(localTime(situation.levelAt)));
        const int severity = m_severity.value(station.stcd);
        //: Status of a station without warnings: 正常
        auto *status
            = cell(severity > 0 ? FloodWarnings::severityName(WarningSeverity(severity)) : tr("Normal"));
        status->setBackground(QColor(WaterCharts::severityColour(severity)));
        status->setForeground(Qt::white);
        m_stations->setItem(row, 6, status);
    }
    m_stations->resizeColumnsToContents();
    if (m_station.isEmpty() && !situations->isEmpty()) {
        // Open on the worst station, else the first that measures a level.
        for (const StationSituation &situation : std::as_const(*situations)) {
            if (m_station.isEmpty() && situation.station.measuresLevel())
                m_station = situation.station.stcd;
            if (m_severity.value(situation.station.stcd) > m_severity.value(m_station))
                m_station = situation.station.stcd;
        }
    }
}

void WaterPage::loadOverview(WaterQueries &queries, const QDateTime &from, const QDateTime &to)
{
    auto stations = queries.stations();
    auto rain = queries.rainfallByArea(from, to);
    auto reservoirs = queries.reservoirs(to);
    // Water quality is sampled monthly: at least the last 30 days decide the classes.
    auto quality = queries.qualityClasses(std::min(from, to.addDays(-30)), to);
    if (!stations || !rain || !reservoirs || !quality) {
        m_error->showError(tr("The dashboard could not be read."));
        return;
    }
    m_overview->setOption(WaterOverviewChart::compose(
        WaterCharts::stationMap(*stations, m_severity), WaterCharts::rainfallByArea(*rain),
        WaterCharts::reservoirGauges(*reservoirs), WaterCharts::qualityClasses(*quality)));
}

void WaterPage::loadStationSeries(WaterQueries &queries, const QDateTime &from, const QDateTime &to)
{
    if (m_station.isEmpty())
        return;
    auto station = queries.station(m_station);
    if (!station || !*station)
        return;
    const bool rain = (*station)->sttp == StationType::Rainfall;
    auto series = queries.series(m_station, rain ? SeriesField::Rainfall : SeriesField::Level, from, to);
    if (!series) {
        m_error->showError(series.error().message, series.error().detail);
        return;
    }
    m_stationChart->setOption(WaterCharts::stationSeries(**station, *series));
    const WaterStation &s = **station;
    QStringList facts{QStringLiteral("<b>%1</b> %2").arg(s.stnm, s.stcd), typeName(s.sttp), s.rvnm};
    if (s.dstrvm)
        //: 至河口 N km
        facts << tr("%1 km from the mouth").arg(*s.dstrvm, 0, 'f', 1);
    if (s.wrz)
        //: 警戒水位 N m
        facts << tr("warning level %1 m").arg(*s.wrz, 0, 'f', 2);
    if (s.grz)
        //: 保证水位 N m
        facts << tr("guaranteed level %1 m").arg(*s.grz, 0, 'f', 2);
    if (s.fsltdz)
        //: 汛限水位 N m
        facts << tr("flood-season limit %1 m").arg(*s.fsltdz, 0, 'f', 2);
    //: N readings in range
    facts << tr("%n reading(s)", nullptr, int(series->times.size()));
    m_stationInfo->setText(facts.join(QStringLiteral(" · ")));
}

void WaterPage::loadDatasets()
{
    if (auto statuses = WaterDatasets::statuses(m_context.database()))
        m_datasets->setStatuses(*statuses);
}

void WaterPage::showStation(const QString &stcd)
{
    if (stcd.isEmpty())
        return;
    m_station = stcd;
    for (int row = 0; row < m_stations->rowCount(); ++row) {
        if (m_stations->item(row, 1)->text() == stcd)
            m_stations->selectRow(row);
    }
    WaterQueries queries(m_context.database());
    const auto [from, to] = range();
    loadStationSeries(queries, from, to);
    m_tabs->setCurrentIndex(StationTab);
}

void WaterPage::open(const QString &recordId)
{
    if (!recordId.startsWith(QLatin1String(WarningIdPrefix)))
        return;
    m_tabs->setCurrentIndex(WarningsTab);
    for (int row = 0; row < m_warnings->rowCount(); ++row) {
        if (m_warnings->item(row, 0)->data(Qt::UserRole).toString() == recordId)
            m_warnings->selectRow(row);
    }
}

QTableWidget *WaterPage::currentTable() const
{
    switch (m_tabs->currentIndex()) {
    case WarningsTab:
        return m_warnings;
    case DatasetsTab:
        return m_datasets->table();
    default:
        return m_stations;
    }
}

bool WaterPage::exportCsv(const QString &path, QString *error) const
{
    return Ui::CsvWriter::write(path, tableRows(currentTable()), error);
}

void WaterPage::exportPng(Ui::LazyChart *chart, const QString &path)
{
    Ui::ChartImage::save(chart, path, this, [this, path](bool succeeded, const QString &error) {
        Q_EMIT exported(path, succeeded, error);
    });
}

void WaterPage::exportChartWithDialog()
{
    const bool station = m_tabs->currentIndex() == StationTab;
    Ui::LazyChart *chart = station ? m_stationChart : m_overview;
    if (!station)
        m_tabs->setCurrentIndex(OverviewTab); // on view: a chart never shown has no image
    const QString name
        = QStringLiteral("%1_%2.png")
              .arg(station ? chartTitle(chart) : m_tabs->tabText(OverviewTab),
                   m_latest.isValid() ? m_latest.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmm"))
                                      : QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), Ui::fileSafeName(name),
                                                      tr("PNG image (*.png)"));
    if (!path.isEmpty())
        exportPng(chart, path);
}

void WaterPage::exportPdf(const QString &path)
{
    //: PDF title: 水务看板
    const QString title = tr("Water dashboard");
    //: PDF heading of the station list: 测站
    const QString stations = tr("Stations");
    Ui::DashboardPdf::Content content{
        .title = title,
        .subtitle = m_dataTime->text(),
        .tables = {{.heading = stations, .rows = tableRows(m_stations)},
                   {.heading = m_tabs->tabText(WarningsTab), .rows = tableRows(m_warnings)}},
        .orientation = QPageLayout::Landscape};
    // The charts as ECharts draws them, at twice their pixels: sharp on paper, unlike a grab.
    Ui::ChartImage::requestAll({m_overview, m_stationChart}, this,
                               [this, path, content](const QList<QByteArray> &pngs) mutable {
                                   for (const QByteArray &png : pngs) {
                                       if (!png.isEmpty())
                                           content.images.append(QImage::fromData(png, "PNG"));
                                   }
                                   QString error;
                                   const bool written = Ui::DashboardPdf::write(path, content, &error);
                                   Q_EMIT exported(path, written, error);
                               });
}

void WaterPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), {}, tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        m_error->showError(error);
}

void WaterPage::importFile()
{
    //: File dialog: 导入数据文件
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a data file"), {}, tr("Tables (*.csv *.txt *.json)"));
    if (path.isEmpty())
        return;
    QStringList names;
    for (DatasetKind kind : WaterSchema::kinds())
        names << WaterSchema::kindName(kind);
    bool ok = false;
    //: 选择数据表 / 文件中是哪张表：
    const QString chosen
        = QInputDialog::getItem(this, tr("Import"), tr("Which table is in the file?"), names, 0, false, &ok);
    if (!ok)
        return;
    importFile(path, WaterSchema::kinds().at(names.indexOf(chosen)));
}

void WaterPage::importFile(const QString &path, DatasetKind kind)
{
    if (!m_context.isSessionOpen())
        return;
    Ui::DatasetFileImport::Dataset dataset{
        .collection = QString::fromLatin1(DatasetCollection),
        .kindCode = WaterSchema::kindCode(kind),
        .auditAction = QStringLiteral("water.dataset.imported"),
        .schema = WaterSchema::importSchema(kind),
        .importLocal = &WaterDatasets::importLocal,
        .payload =
            [kind](const QString &title, const QString &fileName, const QString &sha256, qint64 size,
                   const Core::ColumnMapping &mapping) {
                return WaterDatasets::payload(kind, title, fileName, sha256, size, mapping);
            },
        .forget = &WaterDatasets::forget};
    auto dialog = Ui::DatasetFileImport::open(
        m_context, path, std::move(dataset), this, [this](const Core::Result<QString> &datasetId) {
            if (!datasetId)
                m_error->showError(datasetId.error().message, datasetId.error().detail);
            refresh();
            if (datasetId)
                Q_EMIT imported(*datasetId);
        });
    if (!dialog)
        m_error->showError(dialog.error().message, dialog.error().detail);
}

} // namespace GovDesk::Water
