// Tests the 成文日期/印发日期 forms of GB/T 9704-2012: 「2014年4月16日」, no leading zeros.
#include "ChineseDate.h"

#include <QTest>

using namespace GovDesk::Documents;

class TestChineseDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsWithoutLeadingZeros_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("standard's example") << QDate(2014, 4, 16) << QStringLiteral("2014年4月16日");
        QTest::newRow("single digits") << QDate(2026, 3, 5) << QStringLiteral("2026年3月5日");
        QTest::newRow("two digits") << QDate(2025, 12, 31) << QStringLiteral("2025年12月31日");
    }

    void formatsWithoutLeadingZeros()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QCOMPARE(formatChineseDate(date), text);
        QCOMPARE(parseChineseDate(text), date);
    }

    void readsLeadingZerosButNothingElse()
    {
        QCOMPARE(parseChineseDate(QStringLiteral("2014年04月06日")), QDate(2014, 4, 6));
        QVERIFY(!parseChineseDate(QStringLiteral("2014-04-16")).isValid());
        QVERIFY(!parseChineseDate(QStringLiteral("二〇一四年四月十六日")).isValid());
        QVERIFY(!parseChineseDate(QStringLiteral("2014年2月30日")).isValid());
        QVERIFY(!parseChineseDate(QStringLiteral("14年4月16日")).isValid());
        QVERIFY(formatChineseDate(QDate()).isEmpty());
    }

    void printsThePrintedLine()
    {
        QCOMPARE(formatPrintedLine(QStringLiteral("广西壮族自治区人民政府办公厅"), QDate(2014, 4, 18)),
                 QStringLiteral("广西壮族自治区人民政府办公厅 2014年4月18日印发"));
        QVERIFY(formatPrintedLine(QString(), QDate(2014, 4, 18)).isEmpty());
        QVERIFY(formatPrintedLine(QStringLiteral("柳州市人民政府办公室"), QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChineseDate)
#include "tst_chinesedate.moc"
