// Tests SecurityLevel and SecrecyPeriod: 密级和保密期限 and the 版头 mark 「机密★1年」.
#include "SecurityLevel.h"

#include <QTest>

using namespace GovDesk::Documents;

class TestSecurityLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySecretConfidentialAndTopSecretAreClassified()
    {
        QVERIFY(!isClassified(SecurityLevel::Public));
        QVERIFY(!isClassified(SecurityLevel::Internal));
        QVERIFY(isClassified(SecurityLevel::Secret));
        QVERIFY(isClassified(SecurityLevel::Confidential));
        QVERIFY(isClassified(SecurityLevel::TopSecret));
    }

    void namesRoundTrip()
    {
        for (SecurityLevel level : {SecurityLevel::Public, SecurityLevel::Internal, SecurityLevel::Secret,
                                    SecurityLevel::Confidential, SecurityLevel::TopSecret})
            QCOMPARE(securityLevelFromName(securityLevelName(level)), level);
        QCOMPARE(securityLevelName(SecurityLevel::TopSecret), QStringLiteral("绝密"));
        QCOMPARE(securityLevelFromName(QString()), SecurityLevel::Public); // no mark
        QVERIFY(!securityLevelFromName(QStringLiteral("保密")));
    }

    void periodsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("amount");
        QTest::newRow("years") << QStringLiteral("1年") << int(SecrecyPeriod::Unit::Years) << 1;
        QTest::newRow("months") << QStringLiteral("6个月") << int(SecrecyPeriod::Unit::Months) << 6;
        QTest::newRow("long term") << QStringLiteral("长期") << int(SecrecyPeriod::Unit::LongTerm) << 0;
        QTest::newRow("unset") << QString() << int(SecrecyPeriod::Unit::None) << 0;
    }

    void periodsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, unit);
        QFETCH(int, amount);
        auto period = SecrecyPeriod::fromString(text);
        QVERIFY(period);
        QCOMPARE(int(period->unit), unit);
        QCOMPARE(period->amount, amount);
        QCOMPARE(period->toString(), text);
    }

    void refusesOtherPeriods()
    {
        QVERIFY(!SecrecyPeriod::fromString(QStringLiteral("0年")));
        QVERIFY(!SecrecyPeriod::fromString(QStringLiteral("01年")));
        QVERIFY(!SecrecyPeriod::fromString(QStringLiteral("一年")));
        QVERIFY(!SecrecyPeriod::fromString(QStringLiteral("年")));
        QVERIFY(!SecrecyPeriod::fromString(QStringLiteral("3周")));
    }

    void marksTheHeader()
    {
        const SecrecyPeriod oneYear{.unit = SecrecyPeriod::Unit::Years, .amount = 1};
        QCOMPARE(classificationMark(SecurityLevel::Confidential, oneYear), QStringLiteral("机密★1年"));
        QCOMPARE(classificationMark(SecurityLevel::Secret, {}), QStringLiteral("秘密"));
        QCOMPARE(classificationMark(SecurityLevel::TopSecret, {.unit = SecrecyPeriod::Unit::LongTerm}),
                 QStringLiteral("绝密★长期"));
        QVERIFY(classificationMark(SecurityLevel::Internal, oneYear).isEmpty());
        QVERIFY(classificationMark(SecurityLevel::Public, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecurityLevel)
#include "tst_securitylevel.moc"
