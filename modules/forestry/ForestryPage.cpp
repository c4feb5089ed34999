#include "ForestryPage.h"

#include "ChartImage.h"
#include "DatasetFileImport.h"
#include "DatasetsPanel.h"
#include "ErrorBanner.h"
#include "ForestryChartOptions.h"
#include "ForestryDatasets.h"
#include "ForestryExport.h"
#include "ForestryQueries.h"
#include "ForestryTableViews.h"
#include "ImportDialog.h"
#include "LazyChart.h"
#include "PageHeader.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "store/Database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace GovDesk::Forestry {

namespace {

constexpr int FireTableDays = 7;
constexpr int FireChartDays = 365;

QTableWidget *newTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ForestryPage::ForestryPage(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new Ui::PageHeader(context.metadata().displayName(), this))
    , m_error(new Ui::ErrorBanner(this))
    , m_unitBox(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("forestryPage"));
    m_unitBox->setObjectName(QStringLiteral("unitBox"));
    m_unitBox->addItem(AreaUnits::name(AreaUnit::Hectare), int(AreaUnit::Hectare));
    m_unitBox->addItem(AreaUnits::name(AreaUnit::Mu), int(AreaUnit::Mu));
    //: 面积单位
    m_unitBox->setToolTip(tr("Area unit"));
    connect(m_unitBox, &QComboBox::currentIndexChanged, this,
            [this](int) { setUnit(AreaUnit(m_unitBox->currentData().toInt())); });
    //: 导入…
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(importButton, &QPushButton::clicked, this, &ForestryPage::startImport);
    //: 导出…
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ForestryPage::exportCurrent);
    m_header->addAction(m_unitBox);
    m_header->addAction(importButton);
    m_header->addAction(exportButton);

    m_tabs->setObjectName(QStringLiteral("forestryTabs"));
    //: 总览
    m_tabs->addTab(buildOverview(), tr("Overview"));
    //: 森林火险
    m_tabs->addTab(buildFire(), tr("Fire danger"));
    //: 有害生物
    m_tabs->addTab(buildPests(), tr("Pests"));
    m_comparison = newTable(QStringLiteral("comparisonTable"), this);
    //: 县区对比
    m_tabs->addTab(buildSimpleTab(m_comparison), tr("Counties compared"));
    // Every dataset received or imported, and the one the applier imports with its 取消.
    m_datasets = new Ui::DatasetsPanel(
        m_context.datasets(),
        [](const QString &kind) {
            const auto known = DatasetKinds::fromCode(kind);
            return known ? DatasetKinds::name(*known) : kind;
        },
        this);
    //: 数据集
    m_tabs->addTab(m_datasets, tr("Datasets"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(&context, &Core::ModuleContext::projected, this, &ForestryPage::scheduleRefresh);
    connect(&context, &Core::ModuleContext::sessionUnlocked, this, &ForestryPage::scheduleRefresh);
    refresh();
}

ForestryPage::~ForestryPage() = default;

QWidget *ForestryPage::buildOverview()
{
    auto *tab = new QWidget(this);
    m_cards = new QWidget(tab);
    m_cards->setObjectName(QStringLiteral("indicatorCards"));
    auto *cards = new QGridLayout(m_cards);
    //: 林地面积 / 森林面积 / 森林覆盖率 / 森林蓄积量
    const QStringList names{tr("Forest land"), tr("Forest"), tr("Forest coverage"), tr("Growing stock")};
    for (int i = 0; i < names.size(); ++i) {
        auto *card = new QFrame(m_cards);
        card->setObjectName(QStringLiteral("card%1").arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(QStringLiteral("QFrame#card%1 { background: #f4f8f4; border: 1px solid #cfdccf; "
                                           "border-radius: 6px; }")
                                .arg(i));
        auto *box = new QVBoxLayout(card);
        auto *name = new QLabel(names.at(i), card);
        name->setStyleSheet(QStringLiteral("color: #4a5a4a;"));
        auto *value = new QLabel(card);
        value->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold; color: #1f5133;"));
        auto *change = new QLabel(card);
        box->addWidget(name);
        box->addWidget(value);
        box->addWidget(change);
        cards->addWidget(card, 0, i);
        m_cardValues.append(value);
        m_cardChanges.append(change);
    }
    m_cardsTitle = new QLabel(tab);
    m_planChart = new Ui::LazyChart(tab);
    m_planChart->setObjectName(QStringLiteral("planChart"));
    m_planChart->setMinimumHeight(300);
    m_warnings = newTable(QStringLiteral("warningsTable"), tab);
    // Side by side, the chart wider (a LazyChart has no size of its own before it is drawn).
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_planChart, 3);
    auto *right = new QVBoxLayout;
    //: 预警
    right->addWidget(sectionTitle(tr("Warnings"), tab));
    right->addWidget(m_warnings);
    lower->addLayout(right, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_cardsTitle);
    layout->addWidget(m_cards);
    layout->addLayout(lower, 1);
    return tab;
}

QWidget *ForestryPage::buildFire()
{
    auto *tab = new QWidget(this);
    m_fireTitle = sectionTitle({}, tab);
    m_fireTable = newTable(QStringLiteral("fireTable"), tab);
    m_fireChart = new Ui::LazyChart(tab);
    m_fireChart->setObjectName(QStringLiteral("fireChart"));
    m_fireChart->setMinimumHeight(260);
    m_incidents = newTable(QStringLiteral("incidentsTable"), tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_fireTitle);
    layout->addWidget(m_fireTable, 4);
    layout->addWidget(m_fireChart, 3);
    //: 森林火灾
    layout->addWidget(sectionTitle(tr("Forest fires"), tab));
    layout->addWidget(m_incidents, 1);
    return tab;
}

QWidget *ForestryPage::buildPests()
{
    auto *tab = new QWidget(this);
    m_pestChart = new Ui::LazyChart(tab);
    m_pestChart->setObjectName(QStringLiteral("pestChart"));
    m_pestChart->setMinimumHeight(280);
    m_pestTable = newTable(QStringLiteral("pestTable"), tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_pestChart, 1);
    //: 最新一期监测
    layout->addWidget(sectionTitle(tr("Latest reports"), tab));
    layout->addWidget(m_pestTable, 1);
    return tab;
}

QWidget *ForestryPage::buildSimpleTab(QTableWidget *table)
{
    auto *tab = new QWidget(this);
    table->setParent(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(table);
    return tab;
}

QTableWidget *ForestryPage::table(Tab tab) const
{
    switch (tab) {
    case Overview:
        return m_warnings;
    case Fire:
        return m_fireTable;
    case Pests:
        return m_pestTable;
    case Comparison:
        return m_comparison;
    case Datasets:
        return m_datasets->table();
    }
    return nullptr;
}

Ui::LazyChart *ForestryPage::chart(Tab tab) const
{
    switch (tab) {
    case Overview:
        return m_planChart;
    case Fire:
        return m_fireChart;
    case Pests:
        return m_pestChart;
    default:
        return nullptr;
    }
}

void ForestryPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ForestryPage::refresh);
}

void ForestryPage::setUnit(AreaUnit unit)
{
    if (m_unit == unit)
        return;
    m_unit = unit;
    m_unitBox->setCurrentIndex(m_unitBox->findData(int(unit)));
    refresh();
}

void ForestryPage::refresh()
{
    m_refreshPending = false;
    if (!m_context.isSessionOpen())
        return;
    const ForestryQueries queries(m_context.database());
    auto indicators = queries.indicators();
    auto year = queries.latestAfforestationYear();
    auto tasks = year ? queries.afforestation(*year)
                      : Core::Result<QList<AfforestationTask>>(std::unexpected(year.error()));
    auto lastDay = queries.latestFireRiskDay();
    auto pests = queries.pests();
    auto latestRisk = queries.latestFireRisk();
    auto warnings = queries.warnings();
    auto fires = queries.fireIncidents();
    auto datasets = ForestryTables(m_context.database()).statuses();
    for (const Core::Error *error :
         {indicators ? nullptr : &indicators.error(), tasks ? nullptr : &tasks.error(),
          lastDay ? nullptr : &lastDay.error(), pests ? nullptr : &pests.error(),
          latestRisk ? nullptr : &latestRisk.error(), warnings ? nullptr : &warnings.error(),
          fires ? nullptr : &fires.error(), datasets ? nullptr : &datasets.error()}) {
        if (error) {
            //: 林业数据无法读取
            m_error->showError(tr("The forestry data cannot be read."), error->message);
            return;
        }
    }
    m_error->clear();

    refreshCards(*indicators);
    m_planChart->setOption(ForestryChartOptions::afforestation(*tasks, m_unit));
    ForestryTableViews::fillWarnings(m_warnings, *warnings);

    QList<QDate> week;
    if (lastDay->isValid()) {
        for (int back = FireTableDays - 1; back >= 0; --back)
            week.append(lastDay->addDays(-back));
        auto risk = queries.fireRisk(week.first(), week.last());
        auto daily = queries.dailyFireRisk(lastDay->addDays(1 - FireChartDays), *lastDay);
        if (risk && daily) {
            ForestryTableViews::fillFireRisk(m_fireTable, *risk, week);
            m_fireChart->setOption(ForestryChartOptions::fireRisk(*daily));
        }
        //: 近 %1 天森林火险等级（截至 %2，四级、五级为高火险）
        m_fireTitle->setText(tr("Fire danger, last %1 days to %2 (levels 4 and 5 are high danger)")
                                 .arg(FireTableDays)
                                 .arg(QLocale().toString(*lastDay, QLocale::LongFormat)));
    } else {
        ForestryTableViews::fillFireRisk(m_fireTable, {}, {});
        //: 尚无森林火险数据
        m_fireTitle->setText(tr("No fire danger data yet"));
    }
    ForestryTableViews::fillIncidents(m_incidents, *fires, m_unit);
    m_pestChart->setOption(ForestryChartOptions::pestTrend(*pests, m_unit));
    ForestryTableViews::fillPests(m_pestTable, *pests, *indicators, m_unit);
    ForestryTableViews::fillComparison(m_comparison, {*indicators, *tasks, *pests, *latestRisk}, m_unit);
    m_datasets->setStatuses(*datasets);
    //: %n 个数据集
    m_header->setSubtitle(tr("%n dataset(s)", nullptr, int(datasets->size())));
    Q_EMIT refreshed();
}

void ForestryPage::refreshCards(const QList<CountyIndicators> &indicators)
{
    const ForestIndicatorSeries series(indicators);
    const int year = series.latestYear();
    const CountyIndicators total = series.total(year);
    //: %1年 %2 个县（区）合计
    m_cardsTitle->setText(
        year > 0 ? tr("%1, %n county(ies) in all", nullptr, int(series.counties().size())).arg(year)
                 : tr("No indicators yet"));
    const QString unit = AreaUnits::name(m_unit);
    const QList<std::pair<ForestIndicatorSeries::Measure, QString>> cards{
        {ForestIndicatorSeries::Measure::ForestLandArea,
         QLocale().toString(fromHectares(total.forestLandAreaHa, m_unit), 'f', 0) + QLatin1Char(' ') + unit},
        {ForestIndicatorSeries::Measure::ForestArea,
         QLocale().toString(fromHectares(total.forestAreaHa, m_unit), 'f', 0) + QLatin1Char(' ') + unit},
        {ForestIndicatorSeries::Measure::Coverage, ForestryTableViews::percent(total.coverage(), 2)},
        //: 万立方米
        {ForestIndicatorSeries::Measure::Stock,
         tr("%1 10k m³").arg(QLocale().toString(total.stockM3 / 1e4, 'f', 1))},
    };
    for (int i = 0; i < cards.size(); ++i) {
        m_cardValues.at(i)->setText(year > 0 ? cards.at(i).second : QStringLiteral("—"));
        const auto change = series.change({}, year, cards.at(i).first);
        QString text;
        if (change && cards.at(i).first == ForestIndicatorSeries::Measure::Coverage) {
            //: 同比 %1 个百分点
            text
                = tr("%1 pt on %2").arg(QLocale().toString(change->difference() * 100, 'f', 2)).arg(year - 1);
        } else if (change && change->ratio()) {
            //: 同比 %1
            text = tr("%1 on %2").arg(ForestryTableViews::percent(*change->ratio(), 2)).arg(year - 1);
        }
        const bool up = change && change->difference() >= 0;
        if (change && !text.startsWith(QLatin1Char('-')))
            text.prepend(QLatin1Char('+'));
        m_cardChanges.at(i)->setText(change ? (up ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + text
                                            : QString());
        m_cardChanges.at(i)->setStyleSheet(up ? QStringLiteral("color: #2f7d4f;")
                                              : QStringLiteral("color: #c0392b;"));
    }
}

void ForestryPage::showRecord(const QString &recordId)
{
    Tab tab = Datasets;
    if (recordId.startsWith(QLatin1String("fire:")))
        tab = Fire;
    else if (recordId.startsWith(QLatin1String("pest:")))
        tab = Pests;
    else if (recordId.startsWith(QLatin1String("plan:")))
        tab = Overview;
    m_tabs->setCurrentIndex(tab);
    QTableWidget *view = tab == Overview ? m_warnings : table(tab);
    for (int row = 0; row < view->rowCount(); ++row) {
        for (int column = 0; column < view->columnCount(); ++column) {
            const QTableWidgetItem *cell = view->item(row, column);
            if (cell && cell->data(Qt::UserRole).toString() == recordId) {
                view->selectRow(row);
                view->scrollToItem(cell);
                return;
            }
        }
    }
}

void ForestryPage::startImport()
{
    if (!m_context.isSessionOpen())
        return;
    QStringList kinds;
    for (DatasetKind kind : DatasetKinds::all())
        kinds.append(DatasetKinds::name(kind));
    bool ok = false;
    //: 导入林业数据 / 数据类型：
    const QString chosen
        = QInputDialog::getItem(this, tr("Import forestry data"), tr("Kind of data:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    //: CSV 或 JSON 文件
    const QString path = QFileDialog::getOpenFileName(this, tr("Import forestry data"), {},
                                                      tr("CSV or JSON files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(DatasetKinds::all().at(kinds.indexOf(chosen)), path);
}

Ui::ImportDialog *ForestryPage::importFile(DatasetKind kind, const QString &path)
{
    if (!m_context.isSessionOpen())
        return nullptr;
    Ui::DatasetFileImport::Dataset dataset{
        .collection = QString::fromLatin1(DatasetCollection),
        .kindCode = DatasetKinds::code(kind),
        .auditAction = QStringLiteral("forestry.dataset.import"),
        .schema = DatasetKinds::schema(kind),
        .importLocal = &ForestryDatasets::importLocal,
        .payload =
            [kind](const QString &title, const QString &fileName, const QString &sha256, qint64 size,
                   const Core::ColumnMapping &mapping) {
                return ForestryDatasets::payload(kind, title, fileName, sha256, size, mapping);
            },
        .forget = &ForestryDatasets::forget};
    auto dialog = Ui::DatasetFileImport::open(
        m_context, path, std::move(dataset), this, [this](const Core::Result<QString> &datasetId) {
            if (!datasetId) {
                //: 导入的数据未能保存为数据集
                m_error->showError(tr("The imported data could not be kept as a dataset."),
                                   datasetId.error().message);
                return;
            }
            refresh();
            Q_EMIT imported(*datasetId);
        });
    if (!dialog) {
        m_error->showError(dialog.error().message, dialog.error().detail);
        return nullptr;
    }
    //: 导入：%1
    (*dialog)->setWindowTitle(tr("Import: %1").arg(DatasetKinds::name(kind)));
    return *dialog;
}

void ForestryPage::exportCurrent()
{
    const Tab tab = Tab(m_tabs->currentIndex());
    //: 表格（CSV） / 图表（PNG） / 页面（PDF）
    QStringList formats{tr("Table (CSV)")};
    if (chart(tab))
        formats.append(tr("Chart (PNG)"));
    formats.append(tr("Page (PDF)"));
    bool ok = false;
    //: 导出 / 导出为：
    const QString format
        = QInputDialog::getItem(this, tr("Export"), tr("Export as:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const QString suffix = format == formats.first()     ? QStringLiteral("csv")
                           : format == tr("Chart (PNG)") ? QStringLiteral("png")
                                                         : QStringLiteral("pdf");
    const QString name = QStringLiteral("%1_%2.%3")
                             .arg(m_tabs->tabText(tab).remove(QLatin1Char('&')),
                                  QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name);
    if (path.isEmpty())
        return;
    if (suffix == QLatin1String("csv")) {
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    } else {
        if (suffix == QLatin1String("png"))
            exportPng(path);
        else
            exportPdf(path);
    }
}

bool ForestryPage::exportCsv(const QString &path, QString *error)
{
    const bool written
        = ForestryExport::writeCsv(path, ForestryTableViews::rows(table(Tab(m_tabs->currentIndex()))), error);
    finishExport(path, QStringLiteral("csv"), written, written ? QString() : *error);
    return written;
}

void ForestryPage::exportPng(const QString &path)
{
    Ui::LazyChart *view = chart(Tab(m_tabs->currentIndex()));
    if (!view) {
        //: 这一页没有可导出的图表
        finishExport(path, QStringLiteral("png"), false, tr("This page has no chart to export."));
        return;
    }
    Ui::ChartImage::save(view, path, this, [this, path](bool written, const QString &error) {
        finishExport(path, QStringLiteral("png"), written, error);
    });
}

void ForestryPage::exportPdf(const QString &path)
{
    const Tab tab = Tab(m_tabs->currentIndex());
    PdfContent content{
        .title = m_context.metadata().displayName() + QStringLiteral(" · ") + m_tabs->tabText(tab),
        //: 导出时间 %1，面积单位 %2
        .subtitle = tr("Exported %1, areas in %2")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                             AreaUnits::name(m_unit)),
        .table = ForestryTableViews::rows(table(tab))};
    if (tab == Overview)
        content.images.append(m_cards->grab().toImage());
    // The chart as it draws itself when it can; without it the page still has its table.
    const auto write = [this, path](PdfContent pdf, const QByteArray &png) {
        if (!png.isEmpty())
            pdf.images.append(QImage::fromData(png, "PNG"));
        QString error;
        const bool written = ForestryExport::writePdf(path, pdf, &error);
        finishExport(path, QStringLiteral("pdf"), written, error);
    };
    Ui::LazyChart *view = chart(tab);
    if (!view) {
        write(content, {});
        return;
    }
    Ui::ChartImage::request(
        view, this, [write, content](const QByteArray &png, const QString &) { write(content, png); });
}

void ForestryPage::finishExport(const QString &path, const QString &format, bool succeeded,
                                const QString &error)
{
    if (succeeded && m_context.isSessionOpen()) {
        auto logged = m_context.audit().append(
            QStringLiteral("forestry.export"), m_tabs->tabText(m_tabs->currentIndex()),
            {{QStringLiteral("format"), format}, {QStringLiteral("file"), QFileInfo(path).fileName()}});
        if (!logged)
            qCWarning(m_context.log()).noquote() << "export not audited:" << logged.error().detail;
    }
    if (!succeeded)
        m_error->showError(error);
    Q_EMIT exported(path, succeeded, error);
}

} // namespace GovDesk::Forestry
