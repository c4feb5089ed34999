// Tests the organisation's holiday calendar on a real encrypted profile: without a record the
// shipped notices; a year added (2027, as its notice would list it) makes its days settled and
// counts in the requests' calendar; a shipped year restated replaces it; a year that does not hold
// is refused and nothing is stored; the record is a synced one.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "OrganisationCalendar.h"
#include "RequestsStore.h"
#include "module/ModuleRecords.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

HolidayYear year2027()
{
    HolidayYear year;
    year.year = 2027;
    year.notice = {.title = QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知"),
                   .number = QString(),
                   .published = QDate(2026, 11, 10),
                   .source = QString()};
    year.holidays = {{QStringLiteral("元旦"), QDate(2027, 1, 1), QDate(2027, 1, 3)},
                     {QStringLiteral("春节"), QDate(2027, 2, 5), QDate(2027, 2, 12)}};
    year.workdays = {{QDate(2027, 2, 13), QStringLiteral("春节")}};
    return year;
}

} // namespace

class TestOrganisationCalendar : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(OrganisationCalendar::declare(*m_context));
    }

    void shippedUntilTheOrganisationAddsAYear()
    {
        auto overrides = OrganisationCalendar::overrides(*m_context);
        GD_VERIFY(overrides);
        QVERIFY(overrides->isEmpty());
        const HolidayCalendar before = RequestsStore::calendar(*m_context);
        QVERIFY(!before.hasYear(2027));
        QVERIFY(!before.isCovered(QDate(2027, 2, 8)));

        GD_VERIFY(OrganisationCalendar::save(*m_context, {year2027()}));
        const HolidayCalendar after = RequestsStore::calendar(*m_context);
        QVERIFY(after.hasYear(2027));
        QVERIFY(after.hasYear(2026)); // the shipped years stay
        QVERIFY(after.isCovered(QDate(2027, 2, 8)));
        QVERIFY(!after.isWorkingDay(QDate(2027, 2, 8)));  // 春节
        QVERIFY(after.isWorkingDay(QDate(2027, 2, 13)));  // a Saturday worked in exchange
        QCOMPARE(after.holidayName(QDate(2027, 1, 2)), QStringLiteral("元旦"));
        // Stored as a synced record of the organisation.
        GovDesk::Core::RecordQuery query;
        query.collection = QString::fromLatin1(CalendarCollection);
        QCOMPARE(*m_context->records().count(query), 1);
    }

    void aYearThatDoesNotHoldIsRefusedAndNothingStored()
    {
        HolidayYear broken = year2027();
        broken.workdays = {{QDate(2027, 2, 10), QStringLiteral("春节")}}; // a Wednesday inside the holiday
        auto saved = OrganisationCalendar::save(*m_context, {broken});
        QVERIFY(!saved);
        QVERIFY(!saved.error().message.isEmpty());
        auto stored = OrganisationCalendar::overrides(*m_context);
        GD_VERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).workdays.at(0).date, QDate(2027, 2, 13)); // as before
    }

    void aShippedYearRestatedReplacesIt()
    {
        auto shipped = HolidayCalendar::shipped();
        GD_VERIFY(shipped);
        HolidayYear restated = *shipped->year(2026);
        QVERIFY(!restated.holidays.isEmpty());
        const HolidayRange first = restated.holidays.takeFirst(); // 元旦 taken out, say
        GD_VERIFY(OrganisationCalendar::save(*m_context, {year2027(), restated}));
        const HolidayCalendar calendar = RequestsStore::calendar(*m_context);
        QCOMPARE(calendar.holidayName(first.from), QString());
        // Back to the shipped notice for 2026.
        GD_VERIFY(OrganisationCalendar::save(*m_context, {year2027()}));
        QCOMPARE(RequestsStore::calendar(*m_context).holidayName(first.from), first.name);
    }
};

QTEST_MAIN(TestOrganisationCalendar)
#include "tst_organisationcalendar.moc"
