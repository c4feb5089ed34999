// Tests the Art. 26 limit for proactive disclosure: published within 20 working days of creation or
// change, counted by hand across 中秋 and 国庆 2026; a change restarts it; colours for 电子监察.
#include "PublicationDeadline.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestPublicationDeadline : public QObject
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

    void acrossMidAutumnAndNationalDay()
    {
        // Made on 23 Sep 2026: 24 Sep (1), 28–30 Sep (4), 8–9 Oct (6), 10 Oct 调休 (7), … 28 Oct (20).
        const auto state = PublicationDeadline::evaluate(m_calendar, QDate(2026, 9, 23), std::nullopt,
                                                         QDate(2026, 10, 12));
        QVERIFY(state);
        QCOMPARE(state->dueDate, QDate(2026, 10, 28));
        QCOMPARE(state->daysUsed, 8);
        QCOMPARE(state->status, SupervisionStatus::Green);
        QVERIFY(!state->closed);
    }

    void publishedOrOverdue()
    {
        const QDate made(2026, 9, 23);
        const auto onTime
            = PublicationDeadline::evaluate(m_calendar, made, QDate(2026, 10, 28), QDate(2026, 12, 1));
        QVERIFY(onTime);
        QVERIFY(onTime->closed);
        QCOMPARE(onTime->status, SupervisionStatus::Green);
        const auto unpublished
            = PublicationDeadline::evaluate(m_calendar, made, std::nullopt, QDate(2026, 10, 29));
        QCOMPARE(unpublished->status, SupervisionStatus::Red);
        QCOMPARE(unpublished->daysLeft, -1);
        const auto approaching
            = PublicationDeadline::evaluate(m_calendar, made, std::nullopt, QDate(2026, 10, 26), 3);
        QCOMPARE(approaching->daysLeft, 2);
        QCOMPARE(approaching->status, SupervisionStatus::Yellow);
    }

    void changeRestarts()
    {
        // Changed on 20 Oct: a new limit from then, the old one no longer matters.
        const auto changed = PublicationDeadline::evaluate(m_calendar, QDate(2026, 10, 20), std::nullopt,
                                                           QDate(2026, 10, 29));
        QVERIFY(changed);
        QCOMPARE(changed->dueDate, QDate(2026, 11, 17));
        QCOMPARE(changed->status, SupervisionStatus::Green);
    }

    void refusesImpossibleDates()
    {
        QVERIFY(!PublicationDeadline::evaluate(m_calendar, QDate(), std::nullopt, QDate(2026, 10, 1)));
        const auto before = PublicationDeadline::evaluate(m_calendar, QDate(2026, 9, 23), QDate(2026, 9, 22),
                                                          QDate(2026, 10, 1));
        QVERIFY(!before);
        QVERIFY(before.error().message.contains(QStringLiteral("2026-09-22")));
    }
};

QTEST_GUILESS_MAIN(TestPublicationDeadline)
#include "tst_publicationdeadline.moc"
