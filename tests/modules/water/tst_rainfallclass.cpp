// Tests RainScale at every boundary of GB/T 28592-2012 (24 h, 12 h) and of the hydrological 1 h
// scale: the lower bound belongs to the class above it.
#include "RainfallClass.h"

#include <QTest>

using namespace GovDesk::Water;

Q_DECLARE_METATYPE(RainClass)

class TestRainfallClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<double>("amount");
        QTest::addColumn<RainClass>("expected");
        const QList<std::tuple<int, double, RainClass>> cases{
            {24, 0.05, RainClass::None},        {24, 0.1, RainClass::Light},
            {24, 9.9, RainClass::Light},        {24, 10.0, RainClass::Moderate},
            {24, 24.9, RainClass::Moderate},    {24, 25.0, RainClass::Heavy},
            {24, 49.9, RainClass::Heavy},       {24, 50.0, RainClass::Storm},
            {24, 99.9, RainClass::Storm},       {24, 100.0, RainClass::HeavyStorm},
            {24, 249.9, RainClass::HeavyStorm}, {24, 250.0, RainClass::Torrential},
            {12, 4.9, RainClass::Light},        {12, 30.0, RainClass::Storm},
            {12, 140.0, RainClass::Torrential}, {1, 2.5, RainClass::Light},
            {1, 2.6, RainClass::Moderate},      {1, 8.0, RainClass::Moderate},
            {1, 8.1, RainClass::Heavy},         {1, 15.9, RainClass::Heavy},
            {1, 16.0, RainClass::Storm},        {1, 80.0, RainClass::Storm}, // the 1 h scale stops at 暴雨
        };
        for (const auto &[hours, amount, expected] : cases)
            QTest::addRow("%d h %.2f mm", hours, amount) << hours << amount << expected;
    }

    void boundaries()
    {
        QFETCH(int, hours);
        QFETCH(double, amount);
        QFETCH(RainClass, expected);
        const RainScale scale = hours == 1    ? RainScale::oneHour()
                                : hours == 12 ? RainScale::twelveHours()
                                              : RainScale::twentyFourHours();
        QCOMPARE(scale.classify(amount), expected);
    }

    void lowerBoundsDrawThresholdLines()
    {
        QCOMPARE(RainScale::twentyFourHours().lowerBound(RainClass::Storm), 50.0);
        QCOMPARE(RainScale::oneHour().lowerBound(RainClass::Storm), 16.0);
        QVERIFY(qIsInf(RainScale::oneHour().lowerBound(RainClass::HeavyStorm)));
    }
};

QTEST_GUILESS_MAIN(TestRainfallClass)
#include "tst_rainfallclass.moc"
