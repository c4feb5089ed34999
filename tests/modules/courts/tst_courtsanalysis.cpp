// Tests what the 审判 page works out off the UI thread, on a real encrypted profile holding a small
// demo province: load() reads every case once and offers the periods the data cover; analyse()
// composes the 通报 that CourtBulletin composes for the same cases and options (the 高院's office
// as issuer, the 达标线 of the settings) and the indicator's trend over whole months; both report
// progress and stop when cancelled.
#include "CourtsAnalysis.h"
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "CourtsStore.h"
#include "ModuleTestProfile.h"
#include "import/DatasetApplier.h"

#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

class TestCourtsAnalysis : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    const QDate m_today = QDate(2026, 12, 6);

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(*m_context));
        GD_VERIFY(CourtsDemoData::seed(*m_context, CourtsDemoData::generate(m_today, 0.05)));
        QVERIFY(QTest::qWaitFor(
            [this] {
                return CourtsDatasets::waitingCount(m_context->database()).value_or(-1) == 0
                       && !m_context->datasets()->isBusy();
            },
            60'000));
    }

    void cleanupTestCase()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void loadReadsEveryCaseAndItsPeriods()
    {
        QList<int> percents;
        auto data = CourtsAnalysis::load(m_context->database(), {},
                                         [&](int percent, const QString &) { percents << percent; });
        GD_VERIFY(data);
        const CourtsStore store(m_context->database());
        QCOMPARE((*data)->cases.size(), store.caseCount().value_or(-1));
        QVERIFY((*data)->cases.size() > 1500);
        QCOMPARE((*data)->directory.courts().size(), 25);
        QVERIFY(!percents.isEmpty());
        // The twelve months to the data's last day first; 2025 is a whole year of the data.
        const auto [first, last] = CourtsPeriods::extent((*data)->cases);
        QVERIFY(last <= m_today && last >= m_today.addDays(-7));
        QCOMPARE((*data)->first, first);
        QCOMPARE((*data)->last, last);
        QCOMPARE((*data)->periods.first().period.to, last);
        bool wholeYear = false;
        for (const PeriodChoice &choice : (*data)->periods)
            wholeYear = wholeYear || choice.name == QStringLiteral("2025年");
        QVERIFY(wholeYear);
        // A court's cases are those whose 案号 names it.
        const QList<CourtCase> haikou = (*data)->casesOf(QStringLiteral("琼0105"));
        QVERIFY(!haikou.isEmpty());
        for (const CourtCase &c : haikou)
            QCOMPARE(c.court(), QStringLiteral("琼0105"));
    }

    void analyseComposesTheBulletinOfThePeriod()
    {
        auto data = CourtsAnalysis::load(m_context->database(), {});
        GD_VERIFY(data);
        const PeriodChoice choice = (*data)->periods.at(1); // a whole year
        QList<int> percents;
        auto result = CourtsAnalysis::analyse(*data, choice, {Indicator::EntryTimelinessRate},
                                              [&](int percent, const QString &) { percents << percent; });
        GD_VERIFY(result);
        QCOMPARE(result->choice, choice);
        QCOMPARE(result->trendChoice.indicator, Indicator::EntryTimelinessRate);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);

        const BulletinOptions options = CourtsAnalysis::options(**data, choice);
        QCOMPARE(options.issuer, QStringLiteral("海南省高级人民法院审判管理办公室"));
        QCOMPARE(options.periodName, choice.name);
        QCOMPARE(options.previous, choice.previous);
        QCOMPARE(options.settings.thresholds.value(Indicator::WithinLimitRate), 90.0);
        auto composed = CourtBulletin::compose((*data)->directory, (*data)->cases, options);
        GD_VERIFY(composed);
        QCOMPARE(result->bulletin.title, composed->title);
        QCOMPARE(result->bulletin.received, composed->received);
        QCOMPARE(result->bulletin.closed, composed->closed);
        QCOMPARE(result->bulletin.sections.size(), CaseIndicators::all().size());
        for (qsizetype i = 0; i < composed->sections.size(); ++i)
            QCOMPARE(result->bulletin.sections.at(i).province, composed->sections.at(i).province);

        // Whole months, from the first the data cover to the last.
        const auto [first, last] = CourtsPeriods::extent((*data)->cases);
        QVERIFY(result->trend.size() >= 20);
        for (const TrendPoint &point : std::as_const(result->trend)) {
            QCOMPARE(point.period.period.from.day(), 1);
            QVERIFY(point.period.period.from >= first && point.period.period.to <= last);
            QVERIFY(point.province.has_value());
        }
    }

    void yearToDateTrendCoversWholeYearsFromJanuary()
    {
        auto data = CourtsAnalysis::load(m_context->database(), {});
        GD_VERIFY(data);
        const QList<TrendPoint> monthly = CourtsAnalysis::trend(**data, {Indicator::ClosingRate});
        const QList<TrendPoint> cumulative = CourtsAnalysis::trend(**data, {Indicator::ClosingRate, true});
        QVERIFY(!cumulative.isEmpty());
        QVERIFY(cumulative.size() <= monthly.size());
        for (const TrendPoint &point : cumulative) {
            // From 1 January, and only in years the data cover from January.
            QCOMPARE(point.period.period.from, QDate(point.period.period.to.year(), 1, 1));
            QVERIFY(point.period.period.from >= (*data)->first);
        }
        // January's 年内累计 is January; December's is the whole year's figure.
        const TrendPoint &january = cumulative.first();
        QCOMPARE(january.period.period.from.month(), 1);
        QCOMPARE(january.period.period.to.month(), 1);
        const auto sameMonth = std::find_if(monthly.cbegin(), monthly.cend(), [&](const TrendPoint &point) {
            return point.period.period == january.period.period;
        });
        QVERIFY(sameMonth != monthly.cend());
        QCOMPARE(january.province, sameMonth->province);
        const auto december
            = std::find_if(cumulative.cbegin(), cumulative.cend(),
                           [](const TrendPoint &point) { return point.period.period.to.month() == 12; });
        if (december != cumulative.cend()) {
            const int year = december->period.period.to.year();
            const QList<TrendPoint> whole = CourtTrend::compute(
                (*data)->directory, (*data)->cases, Indicator::ClosingRate,
                CourtTrend::periods(QDate(year, 1, 1), QDate(year, 12, 31), CourtTrend::Step::Year),
                (*data)->settings);
            QCOMPARE(december->province, whole.first().province);
        }
    }

    void cancelledWorkStops()
    {
        std::atomic_bool cancel = true;
        auto loaded = CourtsAnalysis::load(m_context->database(), {}, {}, &cancel);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Cancelled);
        auto data = CourtsAnalysis::load(m_context->database(), {});
        GD_VERIFY(data);
        auto analysed
            = CourtsAnalysis::analyse(*data, (*data)->periods.first(), {Indicator::ClosingRate}, {}, &cancel);
        QVERIFY(!analysed);
        QCOMPARE(analysed.error().code, ErrorCode::Cancelled);
    }

    void noCasesNoPeriods()
    {
        Test::ModuleTestProfile empty;
        GD_VERIFY(empty.create());
        ModuleContext &context = empty.context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(context));
        auto data = CourtsAnalysis::load(context.database(), {});
        GD_VERIFY(data);
        QVERIFY((*data)->cases.isEmpty());
        QVERIFY((*data)->periods.isEmpty());
        QVERIFY(CourtsAnalysis::trend(**data, {Indicator::ClosingRate}).isEmpty());
        QVERIFY(CourtsAnalysis::trend(**data, {Indicator::ClosingRate, true}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCourtsAnalysis)
#include "tst_courtsanalysis.moc"
