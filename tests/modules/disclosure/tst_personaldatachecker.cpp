// Tests the personal-data checker: 居民身份证号码 (18 digits with the MOD 11-2 check digit, X, and
// the old 15-digit form) and 手机号码 in plain, full-width and grouped forms, with their places and
// masks — and silence on numbers that only look alike: failed check digits, 发文字号, 索引号,
// 统一社会信用代码, dates, amounts, account and order numbers.
#include "PersonalDataChecker.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

const QDate Today(2026, 12, 5);

QStringList masks(const QString &text)
{
    QStringList result;
    for (const PersonalDataFinding &finding : PersonalDataChecker::scan(text, Today))
        result.append(finding.masked);
    return result;
}

} // namespace

class TestPersonalDataChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit()
    {
        // GB 11643-1999's own example.
        QCOMPARE(PersonalDataChecker::idCheckCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(PersonalDataChecker::idCheckCharacter(u"11010519900307123"), QChar(u'9'));
        QVERIFY(PersonalDataChecker::idCheckCharacter(u"1101051990030712").isNull());
        QVERIFY(PersonalDataChecker::isIdCardNumber(u"11010519491231002X", Today));
        QVERIFY(PersonalDataChecker::isIdCardNumber(u"11010519491231002x", Today));
        QVERIFY(!PersonalDataChecker::isIdCardNumber(u"110105194912310021", Today));
        QVERIFY(!PersonalDataChecker::isIdCardNumber(u"990105194912310023", Today)); // no province 99
        QVERIFY(!PersonalDataChecker::isIdCardNumber(u"110105202701011238", Today)); // born after today
        QVERIFY(PersonalDataChecker::isIdCardNumber(u"110105202701011238", QDate(2027, 6, 1)));
    }

    void findsWithPlaceAndMask()
    {
        const QString text
            = QStringLiteral("关于张某某申请信息公开的答复\n"
                             "申请人：张某某，身份证号码11010519491231002X，联系电话13800138000。\n"
                             "代理人：李某，身份证号：440301198506152345");
        const QList<PersonalDataFinding> findings = PersonalDataChecker::scan(text, Today);
        QCOMPARE(findings.size(), 3);

        const PersonalDataFinding &id = findings.at(0);
        QCOMPARE(id.kind, PersonalDataKind::IdCardNumber);
        QCOMPARE(text.mid(id.offset, id.length), QStringLiteral("11010519491231002X"));
        QCOMPARE(id.line, 2);
        QCOMPARE(id.column, 14); // after the 13 characters of 「申请人：张某某，身份证号码」
        QCOMPARE(id.masked, QStringLiteral("110105********002X"));

        const PersonalDataFinding &mobile = findings.at(1);
        QCOMPARE(mobile.kind, PersonalDataKind::MobileNumber);
        QCOMPARE(text.mid(mobile.offset, mobile.length), QStringLiteral("13800138000"));
        QCOMPARE(mobile.line, 2);
        QCOMPARE(mobile.masked, QStringLiteral("138****8000"));

        QCOMPARE(findings.at(2).line, 3);
        QCOMPARE(findings.at(2).column, 13);
        QCOMPARE(findings.at(2).masked, QStringLiteral("440301********2345"));
        QVERIFY(!PersonalDataChecker::kindName(PersonalDataKind::MobileNumber).isEmpty());
    }

    void otherForms()
    {
        // Old 15-digit number (born 1990-03-07), lower-case x, full-width digits, CRLF lines.
        QCOMPARE(masks(QStringLiteral("旧身份证110105900307123。")),
                 QStringList{QStringLiteral("110105*****7123")});
        QCOMPARE(masks(QStringLiteral("证号45010219781104567x")),
                 QStringList{QStringLiteral("450102********567X")});
        QCOMPARE(masks(QStringLiteral("手机：１３８００１３８０００")),
                 QStringList{QStringLiteral("138****8000")});
        const auto crlf
            = PersonalDataChecker::scan(QStringLiteral("第一行\r\n第二行\r\n电话13912345678"), Today);
        QCOMPARE(crlf.size(), 1);
        QCOMPARE(crlf.first().line, 3);
        QCOMPARE(crlf.first().column, 3);
    }

    void groupedAndInternationalMobiles()
    {
        QCOMPARE(masks(QStringLiteral("电话 138 0013 8000 或 139-1234-5678")),
                 (QStringList{QStringLiteral("138****8000"), QStringLiteral("139****5678")}));
        const QString text = QStringLiteral("+8613800138000，+86 13912345678，+86-15012345678");
        const QList<PersonalDataFinding> findings = PersonalDataChecker::scan(text, Today);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(text.mid(findings.at(0).offset, findings.at(0).length), QStringLiteral("13800138000"));
        QCOMPARE(findings.at(2).masked, QStringLiteral("150****5678"));
        // Mixed separators are not one number.
        QVERIFY(masks(QStringLiteral("138 0013-8000")).isEmpty());
    }

    void quietOnLookAlikes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("check digit fails") << QStringLiteral("身份证号110105199003071234");
        QTest::newRow("no such province") << QStringLiteral("990105194912310023");
        QTest::newRow("15 digits, month 13") << QStringLiteral("110105901307123");
        QTest::newRow("not a mobile prefix") << QStringLiteral("编码12345678901");
        QTest::newRow("bank account") << QStringLiteral("账户6222021234567890123");
        QTest::newRow("longer run") << QStringLiteral("138001380001");
        QTest::newRow("inside a code") << QStringLiteral("ABC11010519491231002X");
        QTest::newRow("X then digits") << QStringLiteral("11010519491231002X5");
        QTest::newRow("发文字号") << QStringLiteral("国办发明电〔2024〕12号、桂政发〔2014〕12号");
        QTest::newRow("索引号") << QStringLiteral("索引号：000014349-0201-2026-0012");
        QTest::newRow("索引号 with a credit code") << QStringLiteral("11450200MB1234567X/2026-00012");
        QTest::newRow("credit code") << QStringLiteral("统一社会信用代码91110108MA01C2XY3K");
        QTest::newRow("dates") << QStringLiteral("2026年12月5日、20261205、2026-12-05、2026.12.05");
        QTest::newRow("amount in 元") << QStringLiteral("预算13800138000元");
        QTest::newRow("amount with ¥") << QStringLiteral("合计¥13800138000");
        QTest::newRow("decimal amount") << QStringLiteral("13800138000.00");
        QTest::newRow("fraction digits") << QStringLiteral("0.13800138000");
        QTest::newRow("thousands") << QStringLiteral("1,380,013,800");
        QTest::newRow("order number") << QStringLiteral("订单号：13800138000");
        QTest::newRow("registration number") << QStringLiteral("注册号：110105900307123");
        QTest::newRow("joined by a hyphen") << QStringLiteral("2026-13800138000");
    }

    void quietOnLookAlikes()
    {
        QFETCH(QString, text);
        const QList<PersonalDataFinding> findings = PersonalDataChecker::scan(text, Today);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().masked));
    }

    void labelsOnlyNearby()
    {
        // 订单号 on the line before does not hide a mobile number on this one.
        QCOMPARE(masks(QStringLiteral("订单号：A1\n13800138000")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataChecker)
#include "tst_personaldatachecker.moc"
