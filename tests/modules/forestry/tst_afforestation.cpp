// Tests 营造林 progress against plan: the season's pro-rata share on a date, counted by hand for
// a season of 1 March – 30 May 2026 (91 days), and when a task is behind.
#include "Afforestation.h"

#include <QTest>

using namespace GovDesk::Forestry;

namespace {
AfforestationTask spring(double completed, const QDate &reportedOn)
{
    return {.county = QStringLiteral("青岭县"),
            .year = 2026,
            .type = AfforestationType::Planting,
            .plannedHa = 1200,
            .completedHa = completed,
            .seasonStart = QDate(2026, 3, 1),
            .seasonEnd = QDate(2026, 5, 30),
            .reportedOn = reportedOn};
}
} // namespace

class TestAfforestation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedShareIsTheSeasonElapsed()
    {
        const AfforestationTask task = spring(0, {});
        QCOMPARE(task.expectedShare(QDate(2026, 2, 28)), 0.0);
        QCOMPARE(task.expectedShare(QDate(2026, 3, 1)), 1.0 / 91);
        QCOMPARE(task.expectedShare(QDate(2026, 4, 15)), 46.0 / 91); // 31 days of March + 15
        QCOMPARE(task.expectedShare(QDate(2026, 5, 30)), 1.0);
        QCOMPARE(task.expectedShare(QDate(2026, 7, 1)), 1.0);
        QCOMPARE(task.expectedHa(QDate(2026, 4, 15)), 1200.0 * 46 / 91); // 606.6 ha
        AfforestationTask undated = task;
        undated.seasonEnd = QDate(2026, 2, 1); // ends before it starts
        QCOMPARE(undated.expectedShare(QDate(2026, 4, 15)), 0.0);
    }

    void behindWhenTrailingByMoreThanTheTolerance()
    {
        // 15 April: 50.5 % due; 420 ha = 35.0 % trails by 15.5 points → behind by 606.6 − 420 ha.
        const PlanProgress late = progressOf(spring(420, QDate(2026, 4, 15)), QDate(2026, 4, 15));
        QVERIFY(late.behind);
        QCOMPARE(late.completion, 0.35);
        QVERIFY(qFuzzyCompare(late.shortfallHa, 1200.0 * 46 / 91 - 420));
        // 500 ha = 41.7 % trails by 8.9 points: within the tolerance of 10.
        QVERIFY(!progressOf(spring(500, QDate(2026, 4, 15)), QDate(2026, 4, 15)).behind);
        // A tighter rule catches it.
        QVERIFY(progressOf(spring(500, QDate(2026, 4, 15)), QDate(2026, 4, 15), {.tolerance = 0.05}).behind);
        // Before the season nothing is due; done beyond plan is never behind.
        QVERIFY(!progressOf(spring(0, QDate(2026, 2, 20)), QDate(2026, 2, 20)).behind);
        QVERIFY(!progressOf(spring(1300, QDate(2026, 5, 30)), QDate(2026, 5, 30)).behind);
        QCOMPARE(spring(1300, {}).completion(), 1300.0 / 1200);
    }

    void typesByTheirStatisticalNames()
    {
        QCOMPARE(AfforestationTypes::all().size(), 6);
        for (AfforestationType type : AfforestationTypes::all())
            QCOMPARE(AfforestationTypes::parse(AfforestationTypes::standardName(type)), type);
        QCOMPARE(AfforestationTypes::parse(QStringLiteral("封山（沙）育林")),
                 AfforestationType::ClosureForNature);
        QCOMPARE(AfforestationTypes::parse(QStringLiteral("封山(沙)育林")),
                 AfforestationType::ClosureForNature);
        QCOMPARE(AfforestationTypes::parse(QStringLiteral(" 退耕还林 ")), AfforestationType::GrainForGreen);
        QVERIFY(!AfforestationTypes::parse(QStringLiteral("植树")));
    }
};

QTEST_GUILESS_MAIN(TestAfforestation)
#include "tst_afforestation.moc"
