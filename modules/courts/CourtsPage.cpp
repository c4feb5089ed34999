#include "CourtsPage.h"

#include "Background.h"
#include "BulletinExport.h"
#include "CourtDrillDown.h"
#include "CourtsCharts.h"
#include "CourtsDatasets.h"
#include "CourtsStore.h"
#include "DatasetFileImport.h"
#include "DatasetsPanel.h"
#include "ErrorBanner.h"
#include "FileNames.h"
#include "HtmlPdf.h"
#include "LazyChart.h"
#include "ProgressPanel.h"
#include "import/DatasetApplier.h"
#include "module/ModuleContext.h"
#include "store/Database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <utility>

namespace GovDesk::Courts {

struct CourtsPage::Job
{
    std::atomic_bool cancel = false;
};

namespace {

// The section of `indicator` in a 通报, and its ranking at `level`.
std::pair<const BulletinSection *, const LevelRanking *> sectionOf(const Bulletin &bulletin,
                                                                   Indicator indicator, CourtLevel level)
{
    for (const BulletinSection &section : bulletin.sections) {
        if (section.definition.indicator != indicator)
            continue;
        for (const LevelRanking &ranking : section.levels)
            if (ranking.level == level)
                return {&section, &ranking};
        return {&section, nullptr};
    }
    return {nullptr, nullptr};
}

} // namespace

CourtsPage::CourtsPage(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_error(new Ui::ErrorBanner(this))
    , m_progress(new Ui::ProgressPanel(this))
    , m_dataInfo(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_indicator(new QComboBox(this))
    , m_trendView(new QComboBox(this))
    //: Button: 导入…
    , m_import(new QPushButton(tr("Import…"), this))
    //: Button: 导出通报
    , m_export(new QPushButton(tr("Export bulletin"), this))
    , m_tabs(new QTabWidget(this))
    , m_ranking(new Ui::LazyChart(this))
    , m_trend(new Ui::LazyChart(this))
    , m_heat(new Ui::LazyChart(this))
    , m_bulletin(new QTextBrowser(this))
    , m_drillDown(new CourtDrillDown(this))
    , m_datasets(new Ui::DatasetsPanel(
          context.datasets(),
          [](const QString &kind) {
              const auto known = CourtsSchema::kindFromCode(kind);
              return known ? CourtsSchema::kindName(*known) : kind;
          },
          this))
{
    setObjectName(QStringLiteral("courtsPage"));
    m_ranking->setObjectName(QStringLiteral("courtsRanking"));
    m_trend->setObjectName(QStringLiteral("courtsTrend"));
    m_heat->setObjectName(QStringLiteral("courtsHeat"));
    m_bulletin->setObjectName(QStringLiteral("courtsBulletin"));
    m_period->setObjectName(QStringLiteral("courtsPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level->addItem(CourtDirectory::levelName(CourtLevel::Basic), int(CourtLevel::Basic));
    m_level->addItem(CourtDirectory::levelName(CourtLevel::Intermediate), int(CourtLevel::Intermediate));
    for (Indicator indicator : CaseIndicators::all())
        m_indicator->addItem(CaseIndicators::definition(indicator, {}).name, int(indicator));
    m_trendView->setObjectName(QStringLiteral("courtsTrendView"));
    // 年内累计 first: courts report their figures from January (a month's 结案率 alone is low
    // and jumps with that month's filings).
    //: The trend's choices: 年内累计 / 逐月
    m_trendView->addItem(tr("Year to date"), true);
    m_trendView->addItem(tr("Month by month"), false);

    auto *exportMenu = new QMenu(m_export);
    //: Export choices: 通报（PDF）… 通报（Excel）… 通报（CSV）…
    exportMenu->addAction(tr("Bulletin (PDF)…"), this, [this] { exportWithDialog(ExportFormat::Pdf); });
    exportMenu->addAction(tr("Bulletin (Excel)…"), this, [this] { exportWithDialog(ExportFormat::Xlsx); });
    exportMenu->addAction(tr("Bulletin (CSV)…"), this, [this] { exportWithDialog(ExportFormat::Csv); });
    m_export->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    //: Page title: 审判管理
    bar->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Courts")), this));
    bar->addWidget(m_dataInfo, 1);
    //: Labels of the pickers: 期间 层级 指标
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("Level:"), this));
    bar->addWidget(m_level);
    bar->addWidget(new QLabel(tr("Indicator:"), this));
    bar->addWidget(m_indicator);
    //: Label of the trend's picker: 走势
    bar->addWidget(new QLabel(tr("Trend:"), this));
    bar->addWidget(m_trendView);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    auto *charts = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(charts);
    top->addWidget(m_ranking);
    top->addWidget(m_trend);
    charts->addWidget(top);
    charts->addWidget(m_heat);
    m_ranking->setMinimumSize(420, 300);
    m_trend->setMinimumSize(420, 300);
    // Twenty courts' rows, each with its name: the heat table takes the larger share.
    m_heat->setMinimumHeight(360);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);

    //: Tabs: 看板 通报 下钻 数据集
    m_tabs->addTab(charts, tr("Dashboard"));
    m_tabs->addTab(m_bulletin, tr("Bulletin"));
    m_tabs->addTab(m_drillDown, tr("Drill-down"));
    m_tabs->addTab(m_datasets, tr("Datasets"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { analyse(false); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { showCharts(); });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] { analyse(false); });
    connect(m_trendView, &QComboBox::currentIndexChanged, this, [this] { analyse(false); });
    connect(m_progress, &Ui::ProgressPanel::cancelRequested, this, [this] {
        if (m_running)
            m_running->cancel = true;
    });
    connect(m_import, &QPushButton::clicked, this, qOverload<>(&CourtsPage::importFile));
    connect(m_ranking, &Ui::LazyChart::pointClicked, this,
            [this](const QString &, const QString &name, const QJsonValue &) {
                if (!m_analysis.data)
                    return;
                for (const Court &court : m_analysis.data->directory.courts())
                    if (court.name == name)
                        drillDown(court.code);
            });
    connect(m_heat, &Ui::LazyChart::pointClicked, this,
            [this](const QString &, const QString &, const QJsonValue &value) {
                const QJsonArray cell = value.toArray();
                if (cell.size() < 5 || cell.at(0).toInt() >= m_analysis.bulletin.sections.size())
                    return;
                setIndicator(m_analysis.bulletin.sections.at(cell.at(0).toInt()).definition.indicator);
                drillDown(cell.at(4).toString());
            });
    connect(this, &CourtsPage::exported, this, [this](const QString &, bool succeeded, const QString &error) {
        if (!succeeded)
            m_error->showError(error);
    });
    connect(&context, &Core::ModuleContext::projected, this, [this] { reload(); });
    connect(&context, &Core::ModuleContext::sessionUnlocked, this, [this] { reload(); });
    if (Core::DatasetApplier *applier = context.datasets())
        connect(applier, &Core::DatasetApplier::datasetChanged, this, [this] { loadDatasets(); });
    reload();
}

CourtsPage::~CourtsPage()
{
    if (m_running)
        m_running->cancel = true;
}

QList<PeriodChoice> CourtsPage::periods() const
{
    return m_analysis.data ? m_analysis.data->periods : QList<PeriodChoice>{};
}

Indicator CourtsPage::indicator() const
{
    return Indicator(m_indicator->currentData().toInt());
}

TrendChoice CourtsPage::trendChoice() const
{
    return {indicator(), m_trendView->currentData().toBool()};
}

CourtLevel CourtsPage::level() const
{
    return CourtLevel(m_level->currentData().toInt());
}

void CourtsPage::reload()
{
    loadDatasets();
    analyse(true);
}

void CourtsPage::setPeriod(int index)
{
    m_period->setCurrentIndex(index);
}

void CourtsPage::setLevel(CourtLevel level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

void CourtsPage::setIndicator(Indicator indicator)
{
    m_indicator->setCurrentIndex(m_indicator->findData(int(indicator)));
}

void CourtsPage::setTrendYearToDate(bool yearToDate)
{
    m_trendView->setCurrentIndex(m_trendView->findData(yearToDate));
}

void CourtsPage::drillDown(const QString &court)
{
    m_drillDown->showCourt(court);
    m_tabs->setCurrentIndex(DrillDownTab);
}

void CourtsPage::openCourt(const QString &code)
{
    if (!m_analysis.data || m_analysis.bulletin.sections.isEmpty()) {
        m_courtToOpen = code;
        return;
    }
    const std::optional<Court> court = m_analysis.data->directory.court(code);
    if (!court)
        return;
    if (court->level == CourtLevel::High) {
        m_tabs->setCurrentIndex(DashboardTab);
        return;
    }
    setLevel(court->level);
    drillDown(code);
}

void CourtsPage::showDataset(const QString &recordId)
{
    m_tabs->setCurrentIndex(DatasetsTab);
    m_datasets->select(recordId);
}

void CourtsPage::showError(const QString &message, const QString &detail)
{
    m_error->showError(message, detail);
}

void CourtsPage::analyse(bool reread)
{
    if (!m_context.isSessionOpen())
        return;
    if (m_running) {
        // Stopped at its next step; the analysis asked for now follows it.
        m_running->cancel = true;
        m_rereadPending = m_rereadPending || reread;
        return;
    }
    reread = reread || m_rereadPending || !m_analysis.data;
    m_rereadPending = false;
    m_error->clear();
    std::shared_ptr<Core::Database> database;
    if (reread) {
        auto worker = m_context.openWorkerDatabase();
        if (!worker) {
            m_error->showError(worker.error().message, worker.error().detail);
            return;
        }
        database = std::move(*worker);
    }
    auto settings = CourtsDatasets::indicatorSettings(m_context);
    if (!settings) {
        m_error->showError(settings.error().message, settings.error().detail);
        return;
    }
    auto job = std::make_shared<Job>();
    m_running = job;
    //: Progress: 正在分析…
    m_progress->start(tr("Analysing…"), 100);
    QPointer<Ui::ProgressPanel> panel(m_progress);
    const CourtsAnalysis::Progress progress = [panel](int percent, const QString &step) {
        QMetaObject::invokeMethod(
            qApp,
            [panel, percent, step] {
                if (panel)
                    panel->setProgress(percent, step);
            },
            Qt::QueuedConnection);
    };
    std::shared_ptr<const CourtsData> loaded = reread ? nullptr : m_analysis.data;
    const QString periodName = m_period->currentText();
    const TrendChoice trend = trendChoice();
    // The same data and period: only the trend changes (another indicator, or 年内累计).
    std::optional<CourtsAnalysisResult> current;
    if (loaded && m_analysis.choice.name == periodName)
        current = m_analysis;
    Core::runInBackground<Core::Result<CourtsAnalysisResult>>(
        QStringLiteral("courts-analysis"),
        [job, database, loaded, settings = *settings, periodName, trend, progress,
         current]() mutable -> Core::Result<CourtsAnalysisResult> {
            if (current) {
                current->trendChoice = trend;
                current->trend = CourtsAnalysis::trend(*current->data, trend);
                return *current;
            }
            if (!loaded) {
                auto read = CourtsAnalysis::load(*database, settings, progress, &job->cancel);
                database.reset(); // closed on the thread that used it
                if (!read)
                    return std::unexpected(read.error());
                loaded = *read;
            }
            if (loaded->periods.isEmpty())
                return CourtsAnalysisResult{.data = loaded};
            PeriodChoice choice = loaded->periods.first();
            for (const PeriodChoice &period : loaded->periods)
                if (period.name == periodName)
                    choice = period;
            return CourtsAnalysis::analyse(loaded, choice, trend, progress, &job->cancel);
        },
        this,
        [this, job](Core::Result<CourtsAnalysisResult> result) {
            m_running.reset();
            const bool cancelledByUser = m_progress->isCancelling();
            m_progress->finish();
            if (result)
                showAnalysis(std::move(*result));
            else if (result.error().code != Core::ErrorCode::Cancelled)
                m_error->showError(result.error().message, result.error().detail);
            if (job->cancel.load() && !cancelledByUser)
                analyse(false); // what was asked while this one ran
            Q_EMIT analysed();
        });
}

void CourtsPage::showAnalysis(CourtsAnalysisResult result)
{
    m_analysis = std::move(result);
    fillPeriods();
    const CourtsData *courts = m_analysis.data.get();
    const QLocale locale;
    m_dataInfo->setText(!courts || courts->cases.isEmpty()
                            //: No data yet: 尚无案件数据，请导入或等待数据集同步
                            ? tr("No cases yet: import a file or wait for a dataset to sync.")
                            //: 「25 个法院，50,123 件案件」
                            : tr("%1 courts, %2 cases")
                                  .arg(courts->directory.courts().size())
                                  .arg(locale.toString(courts->cases.size())));
    m_bulletin->setHtml(courts && !m_analysis.bulletin.sections.isEmpty()
                            ? BulletinExport::html(m_analysis.bulletin, courts->directory)
                            : QString());
    m_export->setEnabled(!m_analysis.bulletin.sections.isEmpty());
    showCharts();
    if (!m_courtToOpen.isEmpty() && !m_analysis.bulletin.sections.isEmpty())
        openCourt(std::exchange(m_courtToOpen, {}));
}

void CourtsPage::fillPeriods()
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (const PeriodChoice &choice : periods())
        m_period->addItem(choice.name);
    m_period->setCurrentText(m_analysis.choice.name);
}

void CourtsPage::showCharts()
{
    if (!m_analysis.data || m_analysis.bulletin.sections.isEmpty())
        return;
    const CourtDirectory &directory = m_analysis.data->directory;
    const auto [section, ranking] = sectionOf(m_analysis.bulletin, indicator(), level());
    if (section && ranking)
        m_ranking->setOption(CourtsCharts::rankingBars(*section, *ranking, directory));
    m_heat->setOption(CourtsCharts::heatTable(m_analysis.bulletin, level(), directory));
    // The province against the level's best and worst court, and the court looked into.
    QStringList courts;
    if (ranking && !ranking->ranking.courts.isEmpty()) {
        courts << ranking->ranking.courts.first().court << ranking->ranking.courts.last().court;
    }
    if (!m_drillDown->court().isEmpty() && !courts.contains(m_drillDown->court())
        && directory.court(m_drillDown->court()) && directory.court(m_drillDown->court())->level == level())
        courts << m_drillDown->court();
    courts.removeDuplicates();
    m_trend->setOption(CourtsCharts::trend(
        CaseIndicators::definition(m_analysis.trendChoice.indicator, m_analysis.data->settings),
        m_analysis.trend, directory, courts, m_analysis.trendChoice.yearToDate));
    m_drillDown->setAnalysis(m_analysis, indicator(), level());
}

void CourtsPage::loadDatasets()
{
    if (!m_context.isSessionOpen())
        return;
    if (auto statuses = CourtsDatasets::statuses(m_context.database()))
        m_datasets->setStatuses(*statuses);
}

void CourtsPage::importFile()
{
    //: File dialog: 导入数据文件
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a data file"), {}, tr("Tables (*.csv *.txt *.json)"));
    if (path.isEmpty())
        return;
    QStringList names;
    for (DatasetKind kind : CourtsSchema::kinds())
        names << CourtsSchema::kindName(kind);
    bool ok = false;
    //: 导入 / 文件中是哪张表：
    const QString chosen
        = QInputDialog::getItem(this, tr("Import"), tr("Which table is in the file?"), names, 0, false, &ok);
    if (ok)
        importFile(path, CourtsSchema::kinds().at(names.indexOf(chosen)));
}

void CourtsPage::importFile(const QString &path, DatasetKind kind)
{
    if (!m_context.isSessionOpen())
        return;
    Ui::DatasetFileImport::Dataset dataset{
        .collection = QString::fromLatin1(DatasetCollection),
        .kindCode = CourtsSchema::kindCode(kind),
        .auditAction = QStringLiteral("courts.dataset.imported"),
        .schema = CourtsSchema::importSchema(kind),
        .importLocal = &CourtsDatasets::importLocal,
        .payload =
            [kind](const QString &title, const QString &fileName, const QString &sha256, qint64 size,
                   const Core::ColumnMapping &mapping) {
                return CourtsDatasets::payload(kind, title, fileName, sha256, size, mapping);
            },
        .forget = &CourtsDatasets::forget};
    auto dialog = Ui::DatasetFileImport::open(
        m_context, path, std::move(dataset), this, [this](const Core::Result<QString> &datasetId) {
            if (!datasetId)
                m_error->showError(datasetId.error().message, datasetId.error().detail);
            reload();
            if (datasetId)
                Q_EMIT imported(*datasetId);
        });
    if (!dialog)
        m_error->showError(dialog.error().message, dialog.error().detail);
}

void CourtsPage::exportBulletin(ExportFormat format, const QString &path)
{
    if (!m_analysis.data || m_analysis.bulletin.sections.isEmpty()) {
        //: 没有可导出的通报。
        Q_EMIT exported(path, false, tr("There is no bulletin to export."));
        return;
    }
    //: Progress: 正在导出通报…
    m_progress->start(tr("Exporting the bulletin…"));
    const Bulletin bulletin = m_analysis.bulletin;
    const CourtDirectory directory = m_analysis.data->directory;
    Core::runInBackground<Core::Result<>>(
        QStringLiteral("courts-export"),
        [format, bulletin, directory, path]() -> Core::Result<> {
            switch (format) {
            case ExportFormat::Pdf: {
                auto pages = Print::HtmlPdf::write(BulletinExport::html(bulletin, directory), path);
                if (!pages)
                    return std::unexpected(pages.error());
                return {};
            }
            case ExportFormat::Xlsx:
                return BulletinExport::writeXlsx(bulletin, directory, path);
            case ExportFormat::Csv:
                return BulletinExport::writeCsv(bulletin, directory, path);
            }
            return {};
        },
        this,
        [this, path](Core::Result<> written) {
            m_progress->finish();
            Q_EMIT exported(path, written.has_value(), written ? QString() : written.error().message);
        });
}

void CourtsPage::exportWithDialog(ExportFormat format)
{
    const QString suffix = format == ExportFormat::Pdf    ? QStringLiteral("pdf")
                           : format == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                          : QStringLiteral("csv");
    //: File filters: PDF 文件 / Excel 工作簿 / CSV 表格
    const QString filter = format == ExportFormat::Pdf    ? tr("PDF (*.pdf)")
                           : format == ExportFormat::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                          : tr("CSV (*.csv)");
    //: Default file name: 通报_<期间>
    const QString name = Ui::fileSafeName(tr("Bulletin_%1").arg(m_analysis.choice.name)) + u'.' + suffix;
    //: 导出通报
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bulletin"), name, filter);
    if (!path.isEmpty())
        exportBulletin(format, path);
}

} // namespace GovDesk::Courts
