// courts_bench: what a 审判管理办公室 analyst waits for on the demo province (about 50,000 cases
// and their events over two years, 25 courts).
//   courts_bench [--quick]
// Prints
//   bench courts_indicators_s value=<every indicator of every court for the last twelve months, from
//                                    the encrypted profile: the cases and events read as the page
//                                    reads them (CourtsAnalysis::load), then CaseIndicators per court>
//                             baseline=<the same aggregates written as plain SQL (GROUP BY court) on
//                                       a plain copy of the tables>
//   bench courts_bulletin_open_s value=<the 通报 of a period on loaded data, as the page opens it:
//                                       both periods ranked, the monthly trend, the HTML it shows>
//                                baseline=<the plain SQL aggregates of the period and the year before>
// (median of 7 runs, 3 with --quick and a tenth of the cases; a first run warms caches and is not
// counted; the databases are opened anew for each run, as when the page first opens).
#include "BenchCheck.h"
#include "BenchReport.h"
#include "BulletinExport.h"
#include "CourtsAnalysis.h"
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "ModuleTestProfile.h"
#include "store/Database.h"
#include "sync/RecordStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace GovDesk;
using namespace GovDesk::Courts;

namespace {

using GovDesk::Bench::check;

double medianSeconds(int runs, const std::function<void()> &work)
{
    work(); // caches warm
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    return Bench::percentile(seconds, 50);
}

// The case aggregates of CaseIndicators::compute for one period, per court, as one GROUP BY: the
// closing base, closings within the 审限, trial days, 调撤, the first instance's appeals and
// reversals, execution amounts, 文书上网, 电子卷宗, 录入完整 and the long-pending counts.
const char *const CaseAggregates = R"(
SELECT court,
  SUM(filed_on BETWEEN ?1 AND ?2 OR (filed_on < ?1 AND (closed_on IS NULL OR closed_on >= ?1))),
  SUM(closed_on BETWEEN ?1 AND ?2),
  SUM(closed_on BETWEEN ?1 AND ?2 AND julianday(closed_on) <= julianday(filed_on,
      '+' || (limit_months + extension_months) || ' months', '+' || deducted_days || ' days')),
  SUM(CASE WHEN closed_on BETWEEN ?1 AND ?2 THEN julianday(closed_on) - julianday(filed_on) END),
  SUM(closed_on BETWEEN ?1 AND ?2 AND closing IN ('调解', '撤诉')),
  SUM(closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '初') > 0),
  SUM(closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '初') > 0 AND appealed = 0 AND retrial_sought = 0),
  SUM(closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '初') > 0 AND appealed = 1),
  SUM(closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '初') > 0 AND appeal_outcome IN ('改判', '发回重审')),
  SUM(CASE WHEN closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '执') > 0 THEN execution_recovered END),
  SUM(CASE WHEN closed_on BETWEEN ?1 AND ?2 AND instr(case_number, '执') > 0 THEN execution_applied END),
  SUM(closed_on BETWEEN ?1 AND ?2 AND publishable = 1),
  SUM(closed_on BETWEEN ?1 AND ?2 AND publishable = 1 AND published = 1),
  SUM(filed_on BETWEEN ?1 AND ?2),
  SUM(filed_on BETWEEN ?1 AND ?2 AND electronic_file = 1),
  SUM(filed_on BETWEEN ?1 AND ?2 OR closed_on BETWEEN ?1 AND ?2),
  SUM((filed_on BETWEEN ?1 AND ?2 OR closed_on BETWEEN ?1 AND ?2) AND fields_complete = 1),
  SUM(filed_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2) AND filed_on <= date(?2, '-12 months')),
  SUM(filed_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2) AND filed_on <= date(?2, '-18 months')),
  SUM(filed_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2) AND filed_on <= date(?2, '-36 months'))
FROM courts_cases GROUP BY court)";

// 录入及时率: the period's events entered within three days, per court.
const char *const EventAggregates = R"(
SELECT c.court, COUNT(*),
  SUM(e.entered_on IS NOT NULL AND julianday(e.entered_on) - julianday(e.occurred_on) <= 3)
FROM courts_events e JOIN courts_cases c ON c.case_number = e.case_number
WHERE e.occurred_on BETWEEN ?1 AND ?2 GROUP BY c.court)";

// 均衡结案率: closings per month, per court (the evenness is worked out from them below).
const char *const MonthlyClosings = R"(
SELECT court, substr(closed_on, 1, 7) AS month, COUNT(*)
FROM courts_cases WHERE closed_on BETWEEN ?1 AND ?2 GROUP BY court, month)";

// Runs the three queries for `period`; the number of values read (so nothing is optimised away).
double plainAggregates(Core::Database &db, const Period &period)
{
    double sum = 0;
    for (const char *sql : {CaseAggregates, EventAggregates}) {
        auto statement = check(db.prepare(QString::fromUtf8(sql)), "prepare");
        statement.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
        while (check(statement.step(), "step"))
            for (int column = 1; column < statement.columnCount(); ++column)
                sum += statement.real(column);
    }
    auto monthly = check(db.prepare(QString::fromUtf8(MonthlyClosings)), "prepare");
    monthly.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    QHash<QString, std::vector<double>> months;
    while (check(monthly.step(), "step"))
        months[monthly.text(0)].push_back(monthly.real(2));
    for (const std::vector<double> &counts : std::as_const(months)) {
        double mean = 0;
        for (double count : counts)
            mean += count / double(counts.size());
        double variance = 0;
        for (double count : counts)
            variance += (count - mean) * (count - mean) / double(counts.size());
        sum += std::max(0.0, 1 - std::sqrt(variance) / mean);
    }
    return sum;
}

// Every indicator of every court for `period`, from loaded cases.
qsizetype indicatorsOfEveryCourt(const CourtsData &data, const Period &period)
{
    QHash<QString, QList<CourtCase>> byCourt;
    for (const CourtCase &c : data.cases)
        byCourt[c.court()].append(c);
    qsizetype figures = 0;
    for (auto it = byCourt.cbegin(); it != byCourt.cend(); ++it)
        figures += CaseIndicators::compute(it.value(), period, data.settings).size();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    // The 通报's HTML names the installed official faces: fonts need a GUI application, not a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    const int runs = quick ? 3 : 7;
    const QDate today(2026, 12, 6);

    // The encrypted profile, filled through the module's own import; a plain copy of it.
    Test::ModuleTestProfile profile;
    check(profile.create(), "profile");
    Core::ModuleContext &context = profile.context(QStringLiteral("courts"));
    check(CourtsDatasets::install(context), "install");
    const QList<DemoFile> files = CourtsDemoData::generate(today, quick ? 0.1 : 1.0);
    QElapsedTimer timer;
    timer.start();
    for (const DemoFile &file : files) {
        const QString path = profile.dir->filePath(file.fileName);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
            return 1;
        out.close();
        const DatasetStatus status{.recordId = Core::RecordStore::newRecordId(),
                                   .kind = CourtsSchema::kindCode(file.kind),
                                   .title = file.title,
                                   .fileName = file.fileName,
                                   .sha256 = QString(64, u'0')};
        if (check(CourtsDatasets::importLocal(context.database(), status, path), "import").state
            != DatasetState::Applied)
            return 1;
    }
    const double imported = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    // An empty file is a new database: the profile's connection may not create one.
    const QString plainPath = profile.dir->filePath(QStringLiteral("plain.db"));
    if (QFile empty(plainPath); !empty.open(QIODevice::WriteOnly))
        return 1;
    check(context.database().execute(
              QStringLiteral(
                  "ATTACH DATABASE '%1' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH plain;")
                  .arg(plainPath)),
          "plain copy");

    auto loaded = check(CourtsAnalysis::load(context.database(), {}), "load");
    const PeriodChoice twelveMonths = loaded->periods.first();
    std::printf("courts_bench: %lld cases of %lld courts imported in %.1f s; period %s\n",
                static_cast<long long>(loaded->cases.size()),
                static_cast<long long>(loaded->directory.courts().size()), imported,
                qPrintable(twelveMonths.name));

    double loading = 0;
    const double ours = medianSeconds(runs, [&] {
        QElapsedTimer step;
        step.start();
        auto db = check(context.openWorkerDatabase(), "open");
        auto data = check(CourtsAnalysis::load(*db, {}), "load");
        loading = static_cast<double>(step.nsecsElapsed()) / 1e9;
        if (indicatorsOfEveryCourt(*data, twelveMonths.period) == 0)
            std::exit(1);
    });
    const double plain = medianSeconds(runs, [&] {
        auto db = check(Core::Database::open(plainPath, {}, {.checkApplicationId = false}), "plain open");
        if (plainAggregates(*db, twelveMonths.period) <= 0)
            std::exit(1);
    });
    // Where the rest goes: the same reading from the plain copy (no page decrypted).
    const double loadingPlain = medianSeconds(runs, [&] {
        auto db = check(Core::Database::open(plainPath, {}, {.checkApplicationId = false}), "plain open");
        (void)check(CourtsAnalysis::load(*db, {}), "load");
    });
    std::printf(
        "courts_bench: reading the cases and events takes %.3f s of it (%.3f s from the plain copy)\n",
        loading, loadingPlain);
    Bench::report(QStringLiteral("courts_indicators_s"), ours, plain);

    const double bulletin = medianSeconds(runs, [&] {
        auto analysed
            = check(CourtsAnalysis::analyse(loaded, twelveMonths, {Indicator::ClosingRate}), "analyse");
        if (BulletinExport::html(analysed.bulletin, loaded->directory).isEmpty())
            std::exit(1);
    });
    const double bulletinPlain = medianSeconds(runs, [&] {
        auto db = check(Core::Database::open(plainPath, {}, {.checkApplicationId = false}), "plain open");
        if (plainAggregates(*db, twelveMonths.period) + plainAggregates(*db, twelveMonths.previous) <= 0)
            std::exit(1);
    });
    Bench::report(QStringLiteral("courts_bulletin_open_s"), bulletin, bulletinPlain);
    return 0;
}
