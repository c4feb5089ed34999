// Tests the court directory: levels and parents from the 代字, lookups, and every refusal.
#include "CourtDirectory.h"
#include "CourtSamples.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Courts;

class TestCourtDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAProvince()
    {
        auto directory = CourtDirectory::fromJson(GovDesk::Test::hainanCourts());
        GD_VERIFY(directory);
        QCOMPARE(directory->courts().size(), 6);
        QCOMPARE(directory->atLevel(CourtLevel::Intermediate).size(), 2);
        QCOMPARE(directory->atLevel(CourtLevel::Basic).size(), 3);
        QCOMPARE(directory->court(QStringLiteral("琼0105"))->parent, QStringLiteral("琼01"));
        QCOMPARE(directory->court(QStringLiteral("琼"))->level, CourtLevel::High);
        QCOMPARE(directory->nameOf(QStringLiteral("琼0202")), QStringLiteral("三亚市城郊人民法院"));
        QCOMPARE(directory->nameOf(QStringLiteral("琼9999")), QStringLiteral("琼9999"));
        auto again = CourtDirectory::fromJson(directory->toJson());
        GD_VERIFY(again);
        QCOMPARE(again->courts().size(), 6);
    }

    void aCityAloneIsADirectory()
    {
        // A 中院 with its 基层法院, without the 高院: the top of the directory needs no parent.
        QJsonArray city = GovDesk::Test::hainanCourts();
        city.removeFirst();      // 琼
        city.removeAt(1);        // 琼02 …
        city.removeLast();       // … and its 琼0202
        GD_VERIFY(CourtDirectory::fromJson(city));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonArray>("courts");
        QTest::addColumn<QString>("field");
        QJsonArray badCode = GovDesk::Test::hainanCourts();
        badCode.append(QJsonObject{{"code", "琼123"}, {"name", "某法院"}});
        QTest::newRow("code") << badCode << QStringLiteral("code");
        QJsonArray noName = GovDesk::Test::hainanCourts();
        noName.append(QJsonObject{{"code", "琼0107"}, {"name", " "}});
        QTest::newRow("name") << noName << QStringLiteral("name");
        QJsonArray twice = GovDesk::Test::hainanCourts();
        twice.append(twice.at(2));
        QTest::newRow("twice") << twice << QStringLiteral("code");
        QJsonArray orphan = GovDesk::Test::hainanCourts();
        orphan.append(QJsonObject{{"code", "琼0301"}, {"name", "儋州某法院"}}); // no 琼03
        QTest::newRow("orphan") << orphan << QStringLiteral("parent");
    }

    void refusals()
    {
        QFETCH(QJsonArray, courts);
        QFETCH(QString, field);
        auto directory = CourtDirectory::fromJson(courts);
        QVERIFY(!directory);
        QCOMPARE(directory.error().detail, field);
    }
};

QTEST_GUILESS_MAIN(TestCourtDirectory)
#include "tst_courtdirectory.moc"
