// Tests the holiday calendar dialog under offscreen: a year added and filled in the tables is saved
// for the organisation; a date that does not read keeps the year shown, as entered, with the row
// named, and nothing is stored; undoing an added year removes it. Screenshot on request.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "HolidayCalendarDialog.h"
#include "RequestsStore.h"
#include "Screenshots.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

void setCells(QTableWidget *table, int row, const QStringList &cells)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

class TestHolidayCalendarDialog : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;
    GovDesk::Test::ScreenshotLanguage m_language;

private slots:
    void initTestCase()
    {
        m_language.install();
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(OrganisationCalendar::declare(*m_context));
    }

    void aYearAddedInTheTablesIsSaved()
    {
        HolidayCalendarDialog dialog(*m_context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addYear(2027);
        QCOMPARE(dialog.noticeTitle()->text(), QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知"));
        setCells(dialog.holidays(), 0, {QStringLiteral("元旦"), QStringLiteral("2027-01-01"), QStringLiteral("2027-01-03")});
        setCells(dialog.holidays(), 1, {QStringLiteral("春节"), QStringLiteral("2027-02-05"), QStringLiteral("2027-02-12")});
        setCells(dialog.workdays(), 0, {QStringLiteral("2027-02-13"), QStringLiteral("春节")});
        QVERIFY(GovDesk::Test::saveScreenshot(dialog, QStringLiteral("disclosure-holiday-calendar")));
        GD_VERIFY(dialog.save());
        const HolidayCalendar calendar = RequestsStore::calendar(*m_context);
        QVERIFY(calendar.isCovered(QDate(2027, 2, 8)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 2, 8)));
    }

    void aDateThatDoesNotReadKeepsTheYearAsEntered()
    {
        HolidayCalendarDialog dialog(*m_context);
        dialog.show();
        dialog.selectYear(2027);
        QCOMPARE(dialog.holidays()->rowCount(), 2);
        setCells(dialog.holidays(), 2, {QStringLiteral("清明节"), QStringLiteral("2027年4月3日"), QStringLiteral("2027-04-05")});
        // Switching to another year is refused: the form keeps what was typed.
        dialog.selectYear(2026);
        QCOMPARE(dialog.holidays()->rowCount(), 3);
        QCOMPARE(dialog.holidays()->item(2, 1)->text(), QStringLiteral("2027年4月3日"));
        auto saved = dialog.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("2027")), qPrintable(saved.error().message));
        auto stored = OrganisationCalendar::overrides(*m_context);
        GD_VERIFY(stored);
        QCOMPARE(stored->at(0).holidays.size(), 2); // nothing stored
        dialog.holidays()->item(2, 1)->setText(QStringLiteral("2027-04-03"));
        GD_VERIFY(dialog.save());
        QCOMPARE(OrganisationCalendar::overrides(*m_context)->at(0).holidays.size(), 3);
    }

    void undoingAnAddedYearRemovesIt()
    {
        HolidayCalendarDialog dialog(*m_context);
        dialog.selectYear(2027);
        dialog.dropOrganisationYear();
        GD_VERIFY(dialog.save());
        QVERIFY(OrganisationCalendar::overrides(*m_context)->isEmpty());
        QVERIFY(!RequestsStore::calendar(*m_context).hasYear(2027));
    }
};

QTEST_MAIN(TestHolidayCalendarDialog)
#include "tst_holidaycalendardialog.moc"
