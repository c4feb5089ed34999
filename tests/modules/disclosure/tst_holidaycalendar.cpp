// Tests the working-day calendar on the shipped notices (2025, 2026): holidays, 调休 Saturdays and
// Sundays, whole-year counts worked out by hand, provisional answers where a year has no data, and
// an organisation's overrides (merge, replacement, refusal with a clear reason).
#include "HolidayCalendar.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

HolidayCalendar shippedCalendar()
{
    auto calendar = HolidayCalendar::shipped();
    if (!calendar)
        qFatal("%s", qPrintable(calendar.error().message));
    return *calendar;
}

// A made-up year for the override tests — not a real notice.
QByteArray testYear2027(const QString &workday = QStringLiteral("2027-02-20"))
{
    return QStringLiteral(R"({"format": 1, "years": [{"year": 2027,
        "notice": {"title": "测试用通知（非真实）", "published": "2026-11-20"},
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
                     {"name": "春节", "from": "2027-02-06", "to": "2027-02-13"}],
        "workdays": [{"date": "%1", "holiday": "春节"}]}]})")
        .arg(workday)
        .toUtf8();
}

} // namespace

class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedYears()
    {
        const HolidayCalendar calendar = shippedCalendar();
        QCOMPARE(calendar.years(), (QList<int>{2025, 2026}));
        QVERIFY(!calendar.hasYear(2027));
        QCOMPARE(calendar.year(2026)->notice.number, QStringLiteral("国办发明电〔2025〕7号"));
        QVERIFY(!calendar.year(2024));
    }

    void springFestival2026()
    {
        const HolidayCalendar calendar = shippedCalendar();
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 13))); // Friday
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 14))); // Saturday, 调休上班
        QVERIFY(calendar.isMakeupWorkday(QDate(2026, 2, 14)));
        QCOMPARE(calendar.holidayName(QDate(2026, 2, 14)), QStringLiteral("春节"));
        for (QDate day(2026, 2, 15); day <= QDate(2026, 2, 23); day = day.addDays(1)) {
            QVERIFY2(!calendar.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(calendar.holidayName(day), QStringLiteral("春节"));
        }
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 24)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 28))); // Saturday, 调休上班
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 1))); // an ordinary Sunday
        QVERIFY(calendar.holidayName(QDate(2026, 3, 2)).isEmpty());

        QCOMPARE(calendar.addWorkingDays(QDate(2026, 2, 13), 1).date, QDate(2026, 2, 14));
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 2, 14), 1).date, QDate(2026, 2, 24));
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 2, 24), -1).date, QDate(2026, 2, 14));
        QCOMPARE(calendar.workingDaysBetween(QDate(2026, 2, 12), QDate(2026, 2, 24)).days, 3);
        QCOMPARE(calendar.workingDaysBetween(QDate(2026, 2, 24), QDate(2026, 2, 12)).days, -3);
    }

    void nationalDay()
    {
        const HolidayCalendar calendar = shippedCalendar();
        // 2025: 国庆节、中秋节 1–8 October, 9-28 (Sunday) and 10-11 (Saturday) worked.
        QVERIFY(calendar.isWorkingDay(QDate(2025, 9, 28)));
        QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 8)));
        QVERIFY(calendar.isWorkingDay(QDate(2025, 10, 11)));
        QCOMPARE(calendar.addWorkingDays(QDate(2025, 9, 30), 1).date, QDate(2025, 10, 9));
        // 2026: 中秋节 25–27 September apart from 国庆节 1–7 October; 9-20 and 10-10 worked.
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 9, 25)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 9, 20)));
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 9, 30), 1).date, QDate(2026, 10, 8));
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 9, 30), 3).date, QDate(2026, 10, 10));
    }

    void wholeYearsByHand()
    {
        const HolidayCalendar calendar = shippedCalendar();
        // 2025: 261 weekdays, 18 of them off, 5 调休 weekend days worked (= 261 − 13 statutory days).
        const WorkingDayCount y2025 = calendar.workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31));
        QCOMPARE(y2025.days, 248);
        QVERIFY(!y2025.provisional);
        // 2026: 261 weekdays, 19 off, 6 worked. Its last week waits for the 2027 notice.
        const WorkingDayCount y2026 = calendar.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31));
        QCOMPARE(y2026.days, 248);
        QVERIFY(y2026.provisional);
        QVERIFY(!calendar.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 24)).provisional);
    }

    void provisionalBeyondKnownYears()
    {
        const HolidayCalendar calendar = shippedCalendar();
        QVERIFY(calendar.isCovered(QDate(2026, 12, 24)));
        QVERIFY(!calendar.isCovered(QDate(2026, 12, 25)));
        QVERIFY(!calendar.isCovered(QDate(2027, 1, 4)));
        QVERIFY(calendar.isCovered(QDate(2025, 12, 31))); // the 2026 notice is known
        QVERIFY(!calendar.isCovered(QDate(2024, 6, 3)));

        // Weekends only in 2027: 1 January (a Friday) counts, and the answer says it may be wrong.
        const WorkingDate late = calendar.addWorkingDays(QDate(2026, 12, 18), 10);
        QCOMPARE(late.date, QDate(2027, 1, 1));
        QVERIFY(late.provisional);
        const WorkingDate early = calendar.addWorkingDays(QDate(2026, 12, 4), 10);
        QCOMPARE(early.date, QDate(2026, 12, 18));
        QVERIFY(!early.provisional);

        const HolidayCalendar empty;
        QVERIFY(!empty.isCovered(QDate(2026, 2, 16)));
        QVERIFY(empty.isWorkingDay(QDate(2026, 2, 16)));
        QVERIFY(!empty.isWorkingDay(QDate(2026, 2, 14)));
        QVERIFY(empty.addWorkingDays(QDate(2026, 2, 13), 1).provisional);
    }

    void overridesAddAndReplaceYears()
    {
        const HolidayCalendar calendar = shippedCalendar();
        const auto merged = calendar.withOverrides(testYear2027());
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        QCOMPARE(merged->years(), (QList<int>{2025, 2026, 2027}));
        QVERIFY(merged->isCovered(QDate(2026, 12, 28)));
        const WorkingDate late = merged->addWorkingDays(QDate(2026, 12, 18), 10);
        QCOMPARE(late.date, QDate(2027, 1, 4));
        QVERIFY(!late.provisional);
        QVERIFY(merged->isWorkingDay(QDate(2027, 2, 20)));

        // A year given again replaces the whole year: here 2026 without its 2-28 调休.
        HolidayYear corrected = *calendar.year(2026);
        corrected.workdays.removeIf([](const MakeupWorkday &w) { return w.date == QDate(2026, 2, 28); });
        const auto replaced = merged->withOverrides(QList<HolidayYear>{corrected});
        QVERIFY(replaced);
        QVERIFY(!replaced->isWorkingDay(QDate(2026, 2, 28)));
        QVERIFY(replaced->isWorkingDay(QDate(2026, 2, 14)));
        QVERIFY(replaced->hasYear(2027));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 28))); // the original is untouched
    }

    void overridesRefusedWithReason()
    {
        const HolidayCalendar calendar = shippedCalendar();
        const auto weekday = calendar.withOverrides(testYear2027(QStringLiteral("2027-02-15"))); // a Monday
        QVERIFY(!weekday);
        QVERIFY2(weekday.error().message.contains(QStringLiteral("2027-02-15")),
                 qPrintable(weekday.error().message));

        const auto broken = calendar.withOverrides(QByteArray("not json"));
        QVERIFY(!broken);

        // Two notices arranging the same day differently.
        HolidayYear y2026 = *calendar.year(2026);
        y2026.holidays.append({QStringLiteral("元旦"), QDate(2026, 12, 31), QDate(2026, 12, 31)});
        HolidayYear y2027{
            .year = 2027,
            .notice = {.title = QStringLiteral("测试用通知（非真实）"), .published = QDate(2026, 11, 20)},
            .holidays = {{QStringLiteral("元旦"), QDate(2026, 12, 31), QDate(2027, 1, 2)}}};
        const auto conflict = HolidayCalendar::fromYears({y2026, y2027});
        QVERIFY(!conflict);
        QVERIFY(conflict.error().message.contains(QStringLiteral("2026-12-31")));
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
