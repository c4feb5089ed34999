// Tests the 林业有害生物 rates and which species count as spreading, with figures worked by hand.
#include "PestMonitoring.h"

#include <QTest>

using namespace GovDesk::Forestry;

namespace {
PestReport report(const QString &species, int month, double occurrence, double disaster = 0)
{
    return {.county = QStringLiteral("青岭县"),
            .species = species,
            .reportedOn = QDate(2026, month, 28),
            .occurrenceHa = occurrence,
            .disasterHa = disaster,
            .controlledHa = occurrence * 0.8};
}
} // namespace

class TestPestMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates()
    {
        PestReport r{.occurrenceHa = 400, .disasterHa = 12, .controlledHa = 320, .pollutionFreeHa = 288};
        QCOMPARE(*r.controlRate(), 0.8);
        QCOMPARE(*r.pollutionFreeRate(), 0.9);
        QCOMPARE(*r.disasterPerMille(117924), 12.0 / 117924 * 1000); // 0.10 ‰
        r.pollutionFreeHa.reset();
        QVERIFY(!r.pollutionFreeRate());
        QVERIFY(!PestReport{}.controlRate());
        QVERIFY(!r.disasterPerMille(0));
    }

    void spreading()
    {
        const QString webworm = QStringLiteral("美国白蛾");
        const QString wilt = QStringLiteral("松材线虫病");
        const QString borer = QStringLiteral("杨树蛀干害虫");
        const QString moth = QStringLiteral("松毛虫");
        const QList<PestReport> reports{
            report(webworm, 4, 120, 5),
            report(webworm, 3, 80), // +50 %, 120 ha → spreading
            report(wilt, 3, 200),
            report(wilt, 4, 230), // +15 %: below the 20 % rule
            report(borer, 3, 60),
            report(borer, 4, 95), // +58 % but under 100 ha
            report(moth, 3, 150),
            report(moth, 4, 180),                         // exactly +20 %: the rule includes it
            report(QStringLiteral("红脂大小蠹"), 4, 500), // one report: no trend yet
        };
        const QList<PestGrowth> growing = spreadingPests(reports);
        QCOMPARE(growing.size(), 2);
        QCOMPARE(growing.at(0).latest.species, moth); // by county, then species (code points)
        QCOMPARE(growing.at(1).latest.species, webworm);
        QCOMPARE(growing.at(1).ratio(), 0.5);
        QCOMPARE(growing.at(1).previous.reportedOn, QDate(2026, 3, 28)); // order in the input does not matter
        QCOMPARE(spreadingPests(reports, {.growthRatio = 0.1, .minimumHa = 50}).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPestMonitoring)
#include "tst_pestmonitoring.moc"
