// HolidayCalendarDialog: where the 信息公开 领导 keeps the organisation's holiday calendar — every year
// known (shipped with GovDesk, or the organisation's own), a year's notice (title, 文号, date,
// address) with its 放假 ranges and 调休 workdays as tables, a new year added when the State
// Council's notice arrives, and the organisation's version of a year undone. Saved through OrganisationCalendar, which
// refuses anything that does not hold and then stores nothing.
#pragma once

#include "OrganisationCalendar.h"

#include <QDialog>
#include <QMap>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

class HolidayCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HolidayCalendarDialog(Core::ModuleContext &context, QWidget *parent = nullptr);

    // A new year, empty but for its notice's usual title, selected for editing.
    void addYear(int year);
    // The organisation's version of the shown year dropped: a shipped year is as shipped again, an
    // added year is removed.
    void dropOrganisationYear();
    // Selects `year` in the list and shows it (the shown year kept first, as on a click).
    void selectYear(int year);
    // Reads the form, checks every year the organisation gave, and stores them.
    [[nodiscard]] Core::Result<> save();

    [[nodiscard]] QTableWidget *holidays() const { return m_holidays; }
    [[nodiscard]] QTableWidget *workdays() const { return m_workdays; }
    [[nodiscard]] QLineEdit *noticeTitle() const { return m_title; }

private:
    void fillYears();
    void showYear(int year);
    // The form's year as entered; a cell that does not read is refused by row and column.
    [[nodiscard]] Core::Result<HolidayYear> formYear() const;
    // Keeps what the form shows for its year, if it differs from what it was given.
    [[nodiscard]] Core::Result<> keepForm();
    [[nodiscard]] HolidayYear yearOf(int year) const;

    Core::ModuleContext &m_context;
    QMap<int, HolidayYear> m_shipped;
    QMap<int, HolidayYear> m_organisation;
    int m_shown = 0;
    QListWidget *m_years = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_published = nullptr;
    QLineEdit *m_source = nullptr;
    QTableWidget *m_holidays = nullptr;
    QTableWidget *m_workdays = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace GovDesk::Disclosure
