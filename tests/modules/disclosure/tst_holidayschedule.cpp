// Tests reading and checking the holiday notices' JSON: the shipped file as published, a round trip,
// and each mistake an administrator can make refused with a message naming the year and the date.
#include "HolidaySchedule.h"

#include <QFile>
#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

HolidayYear year2026()
{
    return {.year = 2026,
            .notice = {.title = QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知"),
                       .number = QStringLiteral("国办发明电〔2025〕7号"),
                       .published = QDate(2025, 11, 4)},
            .holidays = {{QStringLiteral("春节"), QDate(2026, 2, 15), QDate(2026, 2, 23)},
                         {QStringLiteral("国庆节"), QDate(2026, 10, 1), QDate(2026, 10, 7)}},
            .workdays
            = {{QDate(2026, 2, 14), QStringLiteral("春节")}, {QDate(2026, 9, 20), QStringLiteral("国庆节")}}};
}

QString errorOf(const HolidayYear &year)
{
    const auto result = HolidaySchedule::validate(year);
    return result ? QString() : result.error().message;
}

} // namespace

class TestHolidaySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedNoticesAsPublished()
    {
        QFile file(QStringLiteral(":/disclosure/holidays-cn.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto years = HolidaySchedule::parse(file.readAll());
        QVERIFY2(years, qPrintable(years ? QString() : years.error().message));
        QCOMPARE(years->size(), 2);

        const HolidayYear &y2025 = years->at(0);
        QCOMPARE(y2025.year, 2025);
        QCOMPARE(y2025.notice.number, QStringLiteral("国办发明电〔2024〕12号"));
        QCOMPARE(y2025.notice.published, QDate(2024, 11, 12));
        QCOMPARE(y2025.holidays.size(), 6); // 中秋 falls within 国庆 in 2025: one range of 8 days
        QCOMPARE(y2025.holidays.at(5).from, QDate(2025, 10, 1));
        QCOMPARE(y2025.holidays.at(5).to, QDate(2025, 10, 8));
        QCOMPARE(y2025.workdays.size(), 5);

        const HolidayYear &y2026 = years->at(1);
        QCOMPARE(y2026.notice.title, QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知"));
        QCOMPARE(y2026.notice.published, QDate(2025, 11, 4));
        QCOMPARE(y2026.holidays.size(), 7);
        QCOMPARE(y2026.holidays.at(1).name, QStringLiteral("春节"));
        QCOMPARE(y2026.holidays.at(1).from.daysTo(y2026.holidays.at(1).to) + 1, 9); // 共9天
        QCOMPARE(y2026.workdays.size(), 6);
        // Each 调休 workday on the weekday the notice names (周日 / 周六).
        const QList<int> named
            = {Qt::Sunday, Qt::Saturday, Qt::Saturday, Qt::Saturday, Qt::Sunday, Qt::Saturday};
        for (int i = 0; i < named.size(); ++i)
            QCOMPARE(y2026.workdays.at(i).date.dayOfWeek(), named.at(i));
    }

    void roundTrip()
    {
        const QByteArray json = HolidaySchedule::toJson({year2026()});
        const auto years = HolidaySchedule::parse(json);
        QVERIFY(years);
        QCOMPARE(years->size(), 1);
        QCOMPARE(years->first().notice.number, QStringLiteral("国办发明电〔2025〕7号"));
        QCOMPARE(years->first().holidays.at(1).to, QDate(2026, 10, 7));
        QCOMPARE(years->first().workdays.at(1).date, QDate(2026, 9, 20));
        QCOMPARE(HolidaySchedule::toJson(*years), json);
    }

    void refusesMistakes()
    {
        QVERIFY(HolidaySchedule::validate(year2026()));

        HolidayYear weekday = year2026();
        weekday.workdays.append({QDate(2026, 3, 2), QStringLiteral("春节")}); // a Monday
        QVERIFY(errorOf(weekday).contains(QStringLiteral("2026-03-02")));

        HolidayYear inside = year2026();
        inside.workdays.append({QDate(2026, 2, 21), QStringLiteral("春节")}); // Saturday within 春节
        QVERIFY(errorOf(inside).contains(QStringLiteral("春节")));

        HolidayYear overlap = year2026();
        overlap.holidays.append({QStringLiteral("中秋节"), QDate(2026, 10, 5), QDate(2026, 10, 8)});
        QVERIFY(errorOf(overlap).contains(QStringLiteral("中秋节")));

        HolidayYear reversed = year2026();
        reversed.holidays[0].to = QDate(2026, 2, 1);
        QVERIFY(!errorOf(reversed).isEmpty());

        HolidayYear tooLong = year2026();
        tooLong.holidays[1].to = QDate(2026, 12, 7); // 2026-10-01 to 12-07: a typo for 10-07
        QVERIFY(errorOf(tooLong).contains(QStringLiteral("68")));

        HolidayYear elsewhere = year2026();
        elsewhere.holidays[0] = {QStringLiteral("春节"), QDate(2027, 2, 6), QDate(2027, 2, 8)};
        QVERIFY(!errorOf(elsewhere).isEmpty());

        HolidayYear untitled = year2026();
        untitled.notice.title.clear();
        QVERIFY(errorOf(untitled).contains(QStringLiteral("2026")));

        // The 2018 notice began 元旦 on 2017-12-30: late December of the year before is allowed.
        HolidayYear spill = year2026();
        spill.holidays.prepend({QStringLiteral("元旦"), QDate(2025, 12, 30), QDate(2026, 1, 1)});
        QVERIFY(HolidaySchedule::validate(spill));
    }

    void refusesBadFiles()
    {
        const auto notJson = HolidaySchedule::parse("{ \"format\": 1, ");
        QVERIFY(!notJson);
        QCOMPARE(notJson.error().code, GovDesk::Core::ErrorCode::InvalidArgument);
        QVERIFY(!HolidaySchedule::parse(R"({"format": 2, "years": []})"));
        QVERIFY(!HolidaySchedule::parse(R"({"format": 1})"));

        QByteArray twice = HolidaySchedule::toJson({year2026(), year2026()});
        const auto duplicate = HolidaySchedule::parse(twice);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("2026")));

        QVERIFY(!HolidaySchedule::parse(
            R"({"format": 1, "years": [{"year": 2026, "notice": {"title": "t", "published": "2025-11-04"},
                "holidays": [{"name": "春节", "from": "2026-02-31", "to": "2026-03-01"}]}]})"));
    }
};

QTEST_GUILESS_MAIN(TestHolidaySchedule)
#include "tst_holidayschedule.moc"
