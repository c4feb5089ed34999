// Tests a case's 审限 arithmetic: the due date with extensions and deducted days, closed within the
// limit or not, trial days net of deductions, open on a day.
#include "CourtCase.h"

#include <QTest>

using namespace GovDesk::Courts;

class TestCourtCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsExtensionsAndDeductions()
    {
        CourtCase c;
        c.number = {2026, QStringLiteral("琼0105"), QStringLiteral("民初"), 1};
        c.filedOn = QDate(2026, 1, 10);
        c.limitMonths = 6;
        QCOMPARE(c.dueDate(), QDate(2026, 7, 10));
        c.extensionMonths = 6;
        c.deductedDays = 30; // 鉴定
        QCOMPARE(c.dueDate(), QDate(2027, 2, 9));
        QVERIFY(!c.closedWithinLimit()); // still open
        QVERIFY(!c.trialDays());
        c.closedOn = QDate(2027, 2, 9);
        QVERIFY(c.closedWithinLimit());
        c.closedOn = QDate(2027, 2, 10);
        QVERIFY(!c.closedWithinLimit());
        QCOMPARE(*c.trialDays(), 396 - 30);
        QVERIFY(c.isFirstInstance());
    }

    void trialDaysNeverNegative()
    {
        CourtCase c;
        c.number = {2026, QStringLiteral("琼0105"), QStringLiteral("执"), 3};
        c.filedOn = QDate(2026, 3, 1);
        c.closedOn = QDate(2026, 3, 5);
        c.deductedDays = 10;
        QCOMPARE(*c.trialDays(), 0);
        QVERIFY(!c.isFirstInstance());
    }

    void openOnADay()
    {
        CourtCase c;
        c.filedOn = QDate(2026, 3, 1);
        QVERIFY(!c.isOpenOn(QDate(2026, 2, 28)));
        QVERIFY(c.isOpenOn(QDate(2026, 3, 1)));
        c.closedOn = QDate(2026, 3, 31);
        QVERIFY(c.isOpenOn(QDate(2026, 3, 30)));
        QVERIFY(!c.isOpenOn(QDate(2026, 3, 31))); // closed that day
    }
};

QTEST_GUILESS_MAIN(TestCourtCase)
#include "tst_courtcase.moc"
