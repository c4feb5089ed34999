// Tests the forestry warning list: 高火险 at levels 4–5 only, pests by the spreading rule,
// afforestation judged at its report date; stable keys and the ranking.
#include "ForestryWarnings.h"

#include <QTest>

using namespace GovDesk::Forestry;

class TestForestryWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fireRiskFromLevelFour()
    {
        const QDate day(2026, 3, 12);
        const QList<ForestryWarning> warnings
            = ForestryWarnings::fireRisk({{QStringLiteral("青岭县"), QStringLiteral("东岭林场"), day, 3},
                                          {QStringLiteral("青岭县"), QStringLiteral("西坡乡"), day, 4},
                                          {QStringLiteral("白石县"), QStringLiteral("石门林场"), day, 5}});
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).severity, ForestryWarningSeverity::Warning);
        QCOMPARE(warnings.at(1).severity, ForestryWarningSeverity::Danger);
        QCOMPARE(warnings.at(0).key(), QStringLiteral("fire:青岭县:西坡乡"));
        QVERIFY(warnings.at(0).reason.contains(QStringLiteral("西坡乡")));
        // The next day at the same level is the same warning (one to-do, not one a day).
        const auto nextDay = ForestryWarnings::fireRisk(
            {{QStringLiteral("青岭县"), QStringLiteral("西坡乡"), day.addDays(1), 4}});
        QCOMPARE(nextDay.first().key(), warnings.at(0).key());
    }

    void pestsAndAfforestation()
    {
        const auto pests = ForestryWarnings::pests({{.county = QStringLiteral("青岭县"),
                                                     .species = QStringLiteral("美国白蛾"),
                                                     .reportedOn = QDate(2026, 3, 31),
                                                     .occurrenceHa = 80},
                                                    {.county = QStringLiteral("青岭县"),
                                                     .species = QStringLiteral("美国白蛾"),
                                                     .reportedOn = QDate(2026, 4, 30),
                                                     .occurrenceHa = 200}});
        QCOMPARE(pests.size(), 1);
        QCOMPARE(pests.first().severity, ForestryWarningSeverity::Warning); // +150 %
        QVERIFY2(pests.first().reason.contains(QStringLiteral("200")), qPrintable(pests.first().reason));

        AfforestationTask task{.county = QStringLiteral("白石县"),
                               .year = 2026,
                               .type = AfforestationType::AerialSeeding,
                               .plannedHa = 1000,
                               .completedHa = 300,
                               .seasonStart = QDate(2026, 4, 1),
                               .seasonEnd = QDate(2026, 4, 30),
                               .reportedOn = QDate(2026, 4, 15)};
        // 15 of 30 days: 50 % due, 30 % done → 200 ha short.
        auto behind = ForestryWarnings::afforestation({task});
        QCOMPARE(behind.size(), 1);
        QCOMPARE(behind.first().key(), QStringLiteral("plan:白石县:飞播造林:2026"));
        QVERIFY2(behind.first().reason.contains(QStringLiteral("200")), qPrintable(behind.first().reason));
        task.completedHa = 420;
        QVERIFY(ForestryWarnings::afforestation({task}).isEmpty());
    }

    void rankedBySeverity()
    {
        QList<ForestryWarning> warnings{
            {.severity = ForestryWarningSeverity::Attention, .county = QStringLiteral("A")},
            {.severity = ForestryWarningSeverity::Danger, .county = QStringLiteral("B")},
            {.severity = ForestryWarningSeverity::Warning, .county = QStringLiteral("C")},
            {.severity = ForestryWarningSeverity::Danger, .county = QStringLiteral("A")},
        };
        ForestryWarnings::rank(warnings);
        QCOMPARE(warnings.at(0).county, QStringLiteral("A"));
        QCOMPARE(warnings.at(1).county, QStringLiteral("B"));
        QCOMPARE(warnings.at(2).county, QStringLiteral("C"));
        QCOMPARE(warnings.at(3).severity, ForestryWarningSeverity::Attention);
    }
};

QTEST_GUILESS_MAIN(TestForestryWarnings)
#include "tst_forestrywarnings.moc"
