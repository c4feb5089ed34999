// Tests the county indicators against figures worked by hand: 森林覆盖率, stock per hectare, 亩
// and 公顷, a region's total and the year-on-year change.
#include "ForestIndicators.h"

#include <QTest>

using namespace GovDesk::Forestry;

namespace {
const QString Qingling = QStringLiteral("青岭县");
const QString Baishi = QStringLiteral("白石县");

CountyIndicators qingling(int year, double forest)
{
    return {.county = Qingling,
            .year = year,
            .landAreaHa = 186000,
            .forestLandAreaHa = 132000,
            .forestAreaHa = forest,
            .stockM3 = forest * 80.0};
}
} // namespace

class TestForestIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coverageIsForestOverLand()
    {
        const CountyIndicators row = qingling(2026, 117924);
        QCOMPARE(row.coverage(), 0.634); // 117 924 / 186 000
        QCOMPARE(row.stockPerHectare(), 80.0);
        QCOMPARE(CountyIndicators{}.coverage(), 0.0); // no land area: nothing, not a division by zero
        QCOMPARE(CountyIndicators{}.stockPerHectare(), 0.0);
    }

    void muAndHectares()
    {
        QCOMPARE(toHectares(15, AreaUnit::Mu), 1.0);
        QCOMPARE(toHectares(1768860, AreaUnit::Mu), 117924.0);
        QCOMPARE(fromHectares(2.5, AreaUnit::Mu), 37.5);
        QCOMPARE(toHectares(7, AreaUnit::Hectare), 7.0);
        QCOMPARE(AreaUnits::parse(QStringLiteral(" 亩 ")), AreaUnit::Mu);
        QCOMPARE(AreaUnits::parse(QStringLiteral("公顷")), AreaUnit::Hectare);
        QCOMPARE(AreaUnits::parse(QStringLiteral("HA")), AreaUnit::Hectare);
        QCOMPARE(AreaUnits::parse(QString()), AreaUnit::Hectare);
        QVERIFY(!AreaUnits::parse(QStringLiteral("平方米")));
    }

    void yearOnYear()
    {
        const ForestIndicatorSeries series({qingling(2025, 116000), qingling(2026, 117924)});
        const auto change = series.change(Qingling, 2026, ForestIndicatorSeries::Measure::ForestArea);
        QVERIFY(change);
        QCOMPARE(change->difference(), 1924.0);
        QVERIFY(qFuzzyCompare(*change->ratio(), 1924.0 / 116000.0)); // +1.66 %
        const auto coverage = series.change(Qingling, 2026, ForestIndicatorSeries::Measure::Coverage);
        QVERIFY(qFuzzyCompare(coverage->difference(), 1924.0 / 186000.0)); // +1.03 percentage points
        QVERIFY(!series.change(Qingling, 2025, ForestIndicatorSeries::Measure::ForestArea)); // no 2024
        QVERIFY(!series.change(Baishi, 2026, ForestIndicatorSeries::Measure::ForestArea));
        QVERIFY(!(YearOnYear{5, 0}.ratio()));
    }

    void regionTotal()
    {
        const ForestIndicatorSeries series({qingling(2026, 117924),
                                            {.county = Baishi,
                                             .year = 2026,
                                             .landAreaHa = 94000,
                                             .forestLandAreaHa = 60000,
                                             .forestAreaHa = 50000,
                                             .stockM3 = 3500000},
                                            qingling(2025, 116000)});
        QCOMPARE(series.latestYear(), 2026);
        QCOMPARE(series.counties(), (QStringList{Baishi, Qingling})); // 白 U+767D before 青 U+9752
        const CountyIndicators total = series.total(2026);
        QCOMPARE(total.landAreaHa, 280000.0);
        QCOMPARE(total.forestAreaHa, 167924.0);
        QVERIFY(
            qFuzzyCompare(total.coverage(), 167924.0 / 280000.0)); // 59.97 %, not the mean of 63.4 and 53.2
        QCOMPARE(total.stockM3, 117924.0 * 80 + 3500000);
    }
};

QTEST_GUILESS_MAIN(TestForestIndicators)
#include "tst_forestindicators.moc"
