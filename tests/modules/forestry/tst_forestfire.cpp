// Tests the 森林火灾 classes of 《森林防火条例》 第四十条 at each boundary (「以上」 includes the
// figure) and the 火险等级 names.
#include "ForestFire.h"

#include <QTest>

using namespace GovDesk::Forestry;

Q_DECLARE_METATYPE(FireClass)

class TestForestFire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byDamagedForest_data()
    {
        QTest::addColumn<double>("hectares");
        QTest::addColumn<FireClass>("expected");
        QTest::newRow("0.99") << 0.99 << FireClass::Ordinary;
        QTest::newRow("1") << 1.0 << FireClass::Larger;
        QTest::newRow("99.9") << 99.9 << FireClass::Larger;
        QTest::newRow("100") << 100.0 << FireClass::Major;
        QTest::newRow("999.9") << 999.9 << FireClass::Major;
        QTest::newRow("1000") << 1000.0 << FireClass::Extraordinary;
    }

    void byDamagedForest()
    {
        QFETCH(double, hectares);
        QFETCH(FireClass, expected);
        QCOMPARE(FireClasses::byDamagedForest(hectares), expected);
    }

    void casualtiesRaiseTheClass()
    {
        FireIncident fire{.damagedForestHa = 0.5};
        QCOMPARE(fire.fireClass(), FireClass::Ordinary);
        fire.deaths = 2;
        QCOMPARE(fire.fireClass(), FireClass::Ordinary);
        fire.deaths = 3;
        QCOMPARE(fire.fireClass(), FireClass::Larger);
        fire = {.damagedForestHa = 0.5, .seriousInjuries = 50};
        QCOMPARE(fire.fireClass(), FireClass::Major);
        fire = {.damagedForestHa = 150, .deaths = 30};
        QCOMPARE(fire.fireClass(), FireClass::Extraordinary);
        fire = {.damagedForestHa = 150, .seriousInjuries = 9};
        QCOMPARE(fire.fireClass(), FireClass::Major); // the area decides
    }

    void dangerLevels()
    {
        QVERIFY(!FireDanger::isValid(0));
        QVERIFY(!FireDanger::isValid(6));
        QVERIFY(!FireDanger::isHigh(3));
        QVERIFY(FireDanger::isHigh(4));
        QVERIFY(FireDanger::isHigh(5));
        QCOMPARE(FireDanger::standardName(4), QStringLiteral("四级"));
        QVERIFY(FireDanger::name(5).contains(QLatin1Char('5')));
        QVERIFY(FireDanger::name(6).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForestFire)
#include "tst_forestfire.moc"
