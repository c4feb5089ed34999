// dashboard_bench: the 水务 dashboard with a year of hourly data for 200 stations.
//   dashboard_bench [--quick]
// Prints
//   bench dashboard_first_paint_station_s value=<WaterPage::showStation(a 水文站) over a year of hourly
//         levels, the page shown: query → WaterCharts option → ChartBridge → the chart's rendered()>
//         baseline=<bare.html: the same echarts.min.js from qrc:, setOption with the same option, in a
//         QWebEngineView of the same size on the same profile, until ECharts' 'finished'>
//   bench dashboard_first_paint_overview_s value=<a WaterPage made and shown on its overview of 200
//         stations, until its chart (one option holding the four parts) rendered>
//         baseline=<bare.html drawing the same option>
//   bench dashboard_first_paint_s value=<the two above added> baseline=<their baselines added>
//   bench dashboard_query_ms value=<WaterQueries::series of that station over the year on a fresh
//         connection to the encrypted profile> baseline=<the same on a plain copy opened the same way>
// Medians of 7 runs (3 with --quick; the query 105 and 45), after one warm-up run of each (Qt
// WebEngine's processes start).
// --quick keeps the 200 stations and the measured station's year but gives the others two weeks.
#include "BenchReport.h"
#include "DashboardData.h"
#include "LazyChart.h"
#include "ModuleTestProfile.h"
#include "WaterDatasets.h"
#include "WaterPage.h"
#include "WaterQueries.h"
#include "WebPage.h"
#include "WebProfile.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineView>
#include <cstdio>
#include <functional>

using namespace GovDesk;
using GovDesk::Water::WaterPage;

namespace {

constexpr int TimeoutMs = 120000;
const QSize PageSize(1400, 860);

template<typename T> T check(Core::Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "dashboard_bench: %s: %s\n", what, qPrintable(result.error().fullText()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

double secondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Runs the event loop until `done()` holds after one of `wake`'s emissions; exits on a time-out.
template<typename Sender, typename Signal>
void waitFor(const std::vector<std::pair<Sender *, Signal>> &wake, const std::function<bool()> &done,
             const char *what)
{
    if (done())
        return;
    QEventLoop loop;
    std::vector<QMetaObject::Connection> connections;
    for (const auto &[sender, signal] : wake)
        connections.push_back(QObject::connect(sender, signal, &loop, [&] {
            if (done())
                loop.quit();
        }));
    bool timedOut = false;
    QTimer::singleShot(TimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    for (const auto &connection : connections)
        QObject::disconnect(connection);
    if (timedOut) {
        std::fprintf(stderr, "dashboard_bench: timed out waiting for %s\n", what);
        std::exit(1);
    }
}

struct Drawn
{
    double seconds = 0;
    QSize size;                 // of the chart (station) or the chart area (overview)
    QList<QJsonObject> options; // as the page passed them to the charts
};

// GovDesk: opens a year of one station on a page made beforehand (its range set to the year).
Drawn stationChart(Core::ModuleContext &context, const QDateTime &from, const QDateTime &to)
{
    WaterPage page(context);
    page.resize(PageSize);
    page.setCustomRange(from, to);
    Ui::LazyChart *chart = page.stationChart();
    int rendered = 0;
    QObject::connect(chart, &Ui::LazyChart::rendered, chart, [&] { ++rendered; });
    QElapsedTimer timer;
    timer.start();
    page.showStation(Bench::DashboardData::SeriesStation);
    page.show();
    waitFor<Ui::LazyChart, void (Ui::LazyChart::*)()>(
        {{chart, &Ui::LazyChart::rendered}}, [&] { return rendered > 0; }, "the station chart");
    return {secondsSince(timer), chart->size(), {chart->option()}};
}

// GovDesk: the page made (its queries) and shown on its overview, until the overview rendered.
Drawn overview(Core::ModuleContext &context, double *constructionSeconds)
{
    QElapsedTimer timer;
    timer.start();
    WaterPage page(context);
    *constructionSeconds = secondsSince(timer);
    page.resize(PageSize);
    Ui::LazyChart *chart = page.overviewChart();
    int rendered = 0;
    QObject::connect(chart, &Ui::LazyChart::rendered, chart, [&] { ++rendered; });
    page.show();
    waitFor<Ui::LazyChart, void (Ui::LazyChart::*)()>(
        {{chart, &Ui::LazyChart::rendered}}, [&] { return rendered > 0; }, "the overview chart");
    return {secondsSince(timer), chart->size(), {chart->option()}};
}

// The baseline: a QWebEngineView as WebHost makes it (the shared profile, a WebPage, the same
// background) loading bare.html, which draws the options handed over in one runJavaScript.
double bare(const QSize &size, const QString &script)
{
    QWidget window;
    window.resize(size);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    QElapsedTimer timer;
    timer.start();
    auto *view = new QWebEngineView(&window);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *page = new Ui::Internal::WebPage(Ui::Internal::WebProfile::shared(), view);
    page->setBackgroundColor(window.palette().color(QPalette::Window));
    view->setPage(page);
    layout->addWidget(view);
    bool loaded = false;
    QObject::connect(page, &QWebEnginePage::loadFinished, page, [&](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "dashboard_bench: bare.html did not load\n");
            std::exit(1);
        }
        loaded = true;
        page->runJavaScript(script);
    });
    window.show();
    page->load(QUrl(QStringLiteral("qrc:/bench/bare.html")));
    waitFor<QWebEnginePage, void (QWebEnginePage::*)(const QString &)>(
        {{page, &QWebEnginePage::titleChanged}},
        [&] { return loaded && page->title() == QLatin1String("rendered"); }, "bare.html");
    return secondsSince(timer);
}

QString drawScript(const QList<QJsonObject> &options)
{
    QJsonArray array;
    for (const QJsonObject &option : options)
        array.append(option);
    return QStringLiteral("draw(%1);")
        .arg(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

double median(const std::vector<double> &samples)
{
    return Bench::percentile(samples, 50);
}

// One station's year as WaterPage asks for it, on a connection opened for the purpose (its page
// cache empty, as when the page first asks): the query only is timed.
double seriesQueryMs(Core::Database &db, const QDateTime &from, const QDateTime &to, qsizetype expected)
{
    QElapsedTimer timer;
    timer.start();
    const Water::WaterQueries queries(db);
    auto series = check(
        queries.series(Bench::DashboardData::SeriesStation, Water::SeriesField::Level, from, to), "series");
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (series.times.size() != expected) {
        std::fprintf(stderr, "dashboard_bench: the series has %lld readings, expected %lld\n",
                     static_cast<long long>(series.times.size()), static_cast<long long>(expected));
        std::exit(1);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    // CI runs the benchmarks without a display, as root and without a GPU.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    const int runs = quick ? 3 : 7;
    Bench::DashboardDataSize size;
    if (quick)
        size.fullStations = 20;

    // The data: the encrypted profile (through the module's own install) and a plain copy.
    Test::ModuleTestProfile profile;
    check(profile.create(), "profile");
    Core::ModuleContext &context = profile.context(QStringLiteral("water"));
    check(Water::WaterDatasets::install(context), "install");
    const QDateTime end(QDate(2026, 9, 30), QTime(23, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    const qint64 readings
        = check(Bench::DashboardData::write(context.database(), end, size), "encrypted data");
    const double writeEncrypted = secondsSince(timer);
    const QString plainPath = profile.dir->filePath(QStringLiteral("plain.db"));
    {
        auto plain = check(Core::Database::open(plainPath, {}, {.create = true, .checkApplicationId = false}),
                           "plain open");
        Core::MigrationRunner runner;
        check(runner.add(QStringLiteral("module.water"), Water::WaterSchema::migrations()), "migrations");
        check(runner.run(*plain), "migrate");
        timer.restart();
        (void)check(Bench::DashboardData::write(*plain, end, size), "plain data");
    }
    std::printf("dashboard_bench: %d stations, %lld hourly readings (%d days for %d stations), written in "
                "%.1f s (encrypted) and %.1f s (plain)\n",
                size.stations, static_cast<long long>(readings), size.days, size.fullStations, writeEncrypted,
                secondsSince(timer));

    // The series query: fresh connections, alternating which database goes first.
    const QDateTime from = end.addDays(-size.days).addSecs(3600);
    const qsizetype expected = qsizetype(size.days) * 24;
    std::vector<double> queryOurs, queryPlain;
    // A query takes milliseconds: many rounds, so that the median holds on a busy machine.
    for (int round = 0; round < runs * 15; ++round) {
        auto encrypted = check(context.openWorkerDatabase(), "worker database");
        auto plain = check(Core::Database::open(plainPath, {}, {.checkApplicationId = false}), "plain open");
        if (round % 2 == 0) {
            queryOurs.push_back(seriesQueryMs(*encrypted, from, end, expected));
            queryPlain.push_back(seriesQueryMs(*plain, from, end, expected));
        } else {
            queryPlain.push_back(seriesQueryMs(*plain, from, end, expected));
            queryOurs.push_back(seriesQueryMs(*encrypted, from, end, expected));
        }
    }
    Bench::report(QStringLiteral("dashboard_query_ms"), median(queryOurs), median(queryPlain));

    // First paint. One of each first: WebEngine's processes start, fonts and caches warm.
    const Drawn warmStation = stationChart(context, from, end);
    const QString stationScript = drawScript(warmStation.options);
    double construction = 0;
    const Drawn warmOverview = overview(context, &construction);
    const QString overviewScript = drawScript(warmOverview.options);
    (void)bare(warmStation.size, stationScript);
    (void)bare(warmOverview.size, overviewScript);
    std::printf("dashboard_bench: warm-up: station %.3f s, overview %.3f s; station chart %dx%d, overview "
                "%dx%d, station option %lld KiB of JSON\n",
                warmStation.seconds, warmOverview.seconds, warmStation.size.width(),
                warmStation.size.height(), warmOverview.size.width(), warmOverview.size.height(),
                static_cast<long long>(stationScript.size() / 1024));

    std::vector<double> station, stationBare, overviewOurs, overviewBare, constructions;
    for (int round = 0; round < runs; ++round) {
        // Alternating which side goes first, so neither always meets a just-busy renderer.
        if (round % 2 == 1)
            stationBare.push_back(bare(warmStation.size, stationScript));
        station.push_back(stationChart(context, from, end).seconds);
        if (round % 2 == 0)
            stationBare.push_back(bare(warmStation.size, stationScript));
        if (round % 2 == 1)
            overviewBare.push_back(bare(warmOverview.size, overviewScript));
        overviewOurs.push_back(overview(context, &construction).seconds);
        constructions.push_back(construction);
        if (round % 2 == 0)
            overviewBare.push_back(bare(warmOverview.size, overviewScript));
    }
    std::printf("dashboard_bench: overview: the page's queries and tables %.3f s of %.3f s (median)\n",
                median(constructions), median(overviewOurs));
    Bench::report(QStringLiteral("dashboard_first_paint_station_s"), median(station), median(stationBare));
    Bench::report(QStringLiteral("dashboard_first_paint_overview_s"), median(overviewOurs),
                  median(overviewBare));
    Bench::report(QStringLiteral("dashboard_first_paint_s"), median(station) + median(overviewOurs),
                  median(stationBare) + median(overviewBare));
    return 0;
}
