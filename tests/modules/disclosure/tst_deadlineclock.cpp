// Tests the working-day clock under the deadlines: counting from the day after, days set aside once
// however often they are excluded, standing still while set aside, and the colours' edges.
#include "DeadlineClock.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestDeadlineClock : public QObject
{
    Q_OBJECT

private:
    HolidayCalendar m_calendar;

private Q_SLOTS:
    void initTestCase()
    {
        auto calendar = HolidayCalendar::shipped();
        QVERIFY(calendar);
        m_calendar = *calendar;
    }

    void countsFromTheDayAfter()
    {
        // Mon 2 Nov 2026, 5 working days: 3–6 Nov and 9 Nov.
        const DeadlineClock clock(m_calendar, QDate(2026, 11, 2), 5);
        QCOMPARE(clock.dueDate().date, QDate(2026, 11, 9));
        const DeadlineState start = clock.stateAt(QDate(2026, 11, 2), std::nullopt, 1);
        QCOMPARE(start.daysUsed, 0);
        QCOMPARE(start.daysLeft, 5);
        QCOMPARE(start.status, SupervisionStatus::Green);
    }

    void excludedOnce()
    {
        DeadlineClock clock(m_calendar, QDate(2026, 11, 2), 5);
        QCOMPARE(clock.exclude(QDate(2026, 11, 3), QDate(2026, 11, 9)), 4);  // 4, 5, 6, 9 Nov
        QCOMPARE(clock.exclude(QDate(2026, 11, 5), QDate(2026, 11, 10)), 1); // only 10 Nov is new
        QVERIFY(clock.isExcluded(QDate(2026, 11, 10)));
        QVERIFY(!clock.isExcluded(QDate(2026, 11, 7))); // a Saturday is never a working day to set aside
        // Counted: 3 Nov, then 11, 12, 13, 16 Nov.
        QCOMPARE(clock.dueDate().date, QDate(2026, 11, 16));
        const DeadlineState held = clock.stateAt(QDate(2026, 11, 7), std::nullopt, 0);
        QVERIFY(held.paused);
        QCOMPARE(held.daysUsed, 1);
        QCOMPARE(held.excludedDays, 3);
        QVERIFY(!clock.stateAt(QDate(2026, 11, 11), std::nullopt, 0).paused);
    }

    void statusNames()
    {
        QVERIFY(!DeadlineClock::statusName(SupervisionStatus::Green).isEmpty());
        QVERIFY(DeadlineClock::statusName(SupervisionStatus::Red)
                != DeadlineClock::statusName(SupervisionStatus::Yellow));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineClock)
#include "tst_deadlineclock.moc"
