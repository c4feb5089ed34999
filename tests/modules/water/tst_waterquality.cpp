// Tests WaterQuality against GB 3838-2002 Table 1 by hand: each limit is inclusive, 溶解氧 is a
// floor, 总磷 is stricter in lakes and reservoirs, 总氮 counts only there, and the worst measured
// parameter decides the class and is named.
#include "WaterQuality.h"

#include <QTest>

using namespace GovDesk::Water;

Q_DECLARE_METATYPE(QualityParameter)
Q_DECLARE_METATYPE(WaterBody)
Q_DECLARE_METATYPE(QualityClass)

class TestWaterQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneParameter_data()
    {
        QTest::addColumn<QualityParameter>("parameter");
        QTest::addColumn<WaterBody>("body");
        QTest::addColumn<double>("value");
        QTest::addColumn<QualityClass>("expected");
        const auto river = WaterBody::River;
        const auto lake = WaterBody::LakeOrReservoir;
        QTest::newRow("DO 7.5 is I") << QualityParameter::DissolvedOxygen << river << 7.5 << QualityClass::I;
        QTest::newRow("DO 6.9 is II")
            << QualityParameter::DissolvedOxygen << river << 6.9 << QualityClass::II;
        QTest::newRow("DO 2.0 is V") << QualityParameter::DissolvedOxygen << river << 2.0 << QualityClass::V;
        QTest::newRow("DO 1.9 is worse than V")
            << QualityParameter::DissolvedOxygen << river << 1.9 << QualityClass::WorseThanV;
        QTest::newRow("NH3-N 0.5 is II")
            << QualityParameter::AmmoniaNitrogen << river << 0.5 << QualityClass::II;
        QTest::newRow("NH3-N 0.51 is III")
            << QualityParameter::AmmoniaNitrogen << river << 0.51 << QualityClass::III;
        QTest::newRow("COD 15 is I (I and II share it)")
            << QualityParameter::Cod << river << 15.0 << QualityClass::I;
        QTest::newRow("CODMn 10 is IV")
            << QualityParameter::PermanganateIndex << river << 10.0 << QualityClass::IV;
        QTest::newRow("BOD5 4 is III") << QualityParameter::Bod5 << river << 4.0 << QualityClass::III;
        QTest::newRow("TP 0.25 in a river is IV")
            << QualityParameter::TotalPhosphorus << river << 0.25 << QualityClass::IV;
        QTest::newRow("TP 0.25 in a lake is worse than V")
            << QualityParameter::TotalPhosphorus << lake << 0.25 << QualityClass::WorseThanV;
        QTest::newRow("TP 0.025 in a lake is II")
            << QualityParameter::TotalPhosphorus << lake << 0.025 << QualityClass::II;
        QTest::newRow("TN 1.2 in a lake is IV")
            << QualityParameter::TotalNitrogen << lake << 1.2 << QualityClass::IV;
    }

    void oneParameter()
    {
        QFETCH(QualityParameter, parameter);
        QFETCH(WaterBody, body);
        QFETCH(double, value);
        QFETCH(QualityClass, expected);
        const auto quality = WaterQuality::classOf({parameter, value}, body);
        QVERIFY(quality);
        QCOMPARE(*quality, expected);
    }

    void nitrogenIsNotClassedInARiver()
    {
        QVERIFY(!WaterQuality::classOf({QualityParameter::TotalNitrogen, 1.2}, WaterBody::River));
        QVERIFY(!WaterQuality::classify({{QualityParameter::TotalNitrogen, 1.2}}, WaterBody::River));
    }

    void theWorstParameterDecidesAndIsNamed()
    {
        const auto verdict = WaterQuality::classify({{QualityParameter::DissolvedOxygen, 6.5},
                                                     {QualityParameter::PermanganateIndex, 5.0},
                                                     {QualityParameter::AmmoniaNitrogen, 1.2},
                                                     {QualityParameter::TotalPhosphorus, 0.3}},
                                                    WaterBody::River);
        QVERIFY(verdict);
        QCOMPARE(verdict->quality, QualityClass::IV);
        QCOMPARE(verdict->deciding, (QList<QualityParameter>{QualityParameter::AmmoniaNitrogen,
                                                             QualityParameter::TotalPhosphorus}));
    }

    void negativeReadingsAndNothingMeasuredGiveNoClass()
    {
        QVERIFY(!WaterQuality::classify({}, WaterBody::River));
        QVERIFY(!WaterQuality::classify({{QualityParameter::Cod, -1.0}}, WaterBody::River));
        const auto verdict = WaterQuality::classify(
            {{QualityParameter::Cod, -1.0}, {QualityParameter::Cod, 18.0}}, WaterBody::River);
        QVERIFY(verdict);
        QCOMPARE(verdict->quality, QualityClass::III);
    }
};

QTEST_GUILESS_MAIN(TestWaterQuality)
#include "tst_waterquality.moc"
