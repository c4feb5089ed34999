// Tests the 案号 parser against valid numbers of every court level and malformed ones, each refusal
// naming the part that is wrong; court levels and parents read from the 代字.
#include "CaseNumber.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Courts;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("court");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("serial");
        QTest::newRow("intermediate, civil first") << QStringLiteral("（2014）琼01民初123号") << 2014
                                                   << QStringLiteral("琼01") << QStringLiteral("民初") << 123;
        QTest::newRow("basic, execution") << QStringLiteral("（2026）琼0105执1号") << 2026 << QStringLiteral("琼0105")
                                          << QStringLiteral("执") << 1;
        QTest::newRow("basic, resumed execution") << QStringLiteral("（2026）琼0105执恢27号") << 2026
                                                  << QStringLiteral("琼0105") << QStringLiteral("执恢") << 27;
        QTest::newRow("high court, criminal appeal") << QStringLiteral("（2025）琼刑终88号") << 2025 << QStringLiteral("琼")
                                                     << QStringLiteral("刑终") << 88;
        QTest::newRow("supreme, civil retrial review") << QStringLiteral("（2024）最高法民申4567号") << 2024
                                                       << QStringLiteral("最高法") << QStringLiteral("民申") << 4567;
        QTest::newRow("three-character type") << QStringLiteral("（2026）桂02行赔初3号") << 2026 << QStringLiteral("桂02")
                                              << QStringLiteral("行赔初") << 3;
        QTest::newRow("specialised court") << QStringLiteral("（2026）京73民初1024号") << 2026 << QStringLiteral("京73")
                                           << QStringLiteral("民初") << 1024;
    }

    void validNumbers()
    {
        QFETCH(QString, text);
        auto number = CaseNumbers::parse(text);
        GD_VERIFY(number);
        QTEST(number->year, "year");
        QTEST(number->court, "court");
        QTEST(number->type, "type");
        QTEST(number->serial, "serial");
        QVERIFY(number->canonical);
        QCOMPARE(number->toString(), text);
    }

    void exportsWithHalfWidthParenthesesAreReadAndNormalised()
    {
        auto number = CaseNumbers::parse(QStringLiteral("(2026) 琼01民终 9号"));
        GD_VERIFY(number);
        QVERIFY(!number->canonical);
        QCOMPARE(number->toString(), QStringLiteral("（2026）琼01民终9号"));
    }

    void malformedNumbersNameThePart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("part");
        QTest::newRow("no year") << QStringLiteral("琼01民初123号") << QStringLiteral("year");
        QTest::newRow("two-digit year") << QStringLiteral("（14）琼01民初123号") << QStringLiteral("year");
        QTest::newRow("六角括号 are for 发文字号") << QStringLiteral("〔2014〕琼01民初123号") << QStringLiteral("year");
        QTest::newRow("no 号") << QStringLiteral("（2014）琼01民初123") << QStringLiteral("ending");
        QTest::newRow("three digits") << QStringLiteral("（2014）琼010民初123号") << QStringLiteral("court");
        QTest::newRow("not a province") << QStringLiteral("（2014）中01民初123号") << QStringLiteral("court");
        QTest::newRow("unknown type") << QStringLiteral("（2014）琼01民复123号") << QStringLiteral("type");
        QTest::newRow("no serial") << QStringLiteral("（2014）琼01民初号") << QStringLiteral("serial");
        QTest::newRow("leading zero") << QStringLiteral("（2014）琼01民初0123号") << QStringLiteral("serial");
        QTest::newRow("zero") << QStringLiteral("（2014）琼01民初0号") << QStringLiteral("serial");
    }

    void malformedNumbersNameThePart()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        auto number = CaseNumbers::parse(text);
        QVERIFY2(!number, qPrintable(text));
        QCOMPARE(number.error().detail, part);
        QVERIFY(number.error().message.contains(text));
    }

    void levelsAndParents()
    {
        QCOMPARE(CaseNumbers::levelOf(QStringLiteral("最高法")), CourtLevel::Supreme);
        QCOMPARE(CaseNumbers::levelOf(QStringLiteral("琼")), CourtLevel::High);
        QCOMPARE(CaseNumbers::levelOf(QStringLiteral("琼01")), CourtLevel::Intermediate);
        QCOMPARE(CaseNumbers::levelOf(QStringLiteral("琼0105")), CourtLevel::Basic);
        QVERIFY(!CaseNumbers::levelOf(QStringLiteral("琼1")));
        QVERIFY(!CaseNumbers::levelOf(QStringLiteral("01")));
        QCOMPARE(CaseNumbers::parentCode(QStringLiteral("琼0105")), QStringLiteral("琼01"));
        QCOMPARE(CaseNumbers::parentCode(QStringLiteral("琼01")), QStringLiteral("琼"));
        QCOMPARE(CaseNumbers::parentCode(QStringLiteral("琼")), QStringLiteral("最高法"));
        QCOMPARE(CaseNumbers::parentCode(QStringLiteral("最高法")), QString());
    }

    void typesCarryCategoryAndStage()
    {
        QCOMPARE(CaseNumbers::type(QStringLiteral("民初"))->stage, CaseStage::First);
        QCOMPARE(CaseNumbers::type(QStringLiteral("刑终"))->stage, CaseStage::Second);
        QCOMPARE(CaseNumbers::type(QStringLiteral("执恢"))->category, CaseCategory::Execution);
        QCOMPARE(CaseNumbers::type(QStringLiteral("行申"))->stage, CaseStage::RetrialReview);
        QVERIFY(!CaseNumbers::type(QStringLiteral("民")));
        QStringList codes;
        for (const CaseType &type : CaseNumbers::types()) {
            QVERIFY2(!codes.contains(type.code), qPrintable(type.code));
            codes << type.code;
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_casenumber.moc"
