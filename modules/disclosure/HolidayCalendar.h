// HolidayCalendar: working days in China — weekends, 法定节假日 and 调休 workdays of each year as its
// State Council notice publishes them (shipped data plus an organisation's overrides). A day in a
// year without data counts by weekends only and is reported as provisional, never silently right.
#pragma once

#include "HolidaySchedule.h"

#include <QMap>
#include <optional>

namespace GovDesk::Disclosure {

// A date reached by counting working days; `provisional` when a day counted lacked calendar data.
struct WorkingDate
{
    QDate date;
    bool provisional = false;
};

struct WorkingDayCount
{
    int days = 0;
    bool provisional = false;
};

class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::HolidayCalendar)
public:
    HolidayCalendar() = default; // no data: weekends only, every day provisional

    // The notices shipped with GovDesk (:/disclosure/holidays-cn.json).
    [[nodiscard]] static Core::Result<HolidayCalendar> shipped();
    // Years that contradict each other on a date (a notice reaching into December before) are refused.
    [[nodiscard]] static Core::Result<HolidayCalendar> fromYears(const QList<HolidayYear> &years);
    // An organisation's overrides (HolidaySchedule JSON): each year given replaces the same year here
    // entirely — correcting a notice means restating it — and new years are added.
    [[nodiscard]] Core::Result<HolidayCalendar> withOverrides(const QByteArray &overridesJson) const;
    [[nodiscard]] Core::Result<HolidayCalendar> withOverrides(const QList<HolidayYear> &overrides) const;

    [[nodiscard]] QList<int> years() const { return m_years.keys(); }
    [[nodiscard]] bool hasYear(int year) const { return m_years.contains(year); }
    [[nodiscard]] std::optional<HolidayYear> year(int year) const;
    [[nodiscard]] QList<HolidayYear> allYears() const { return m_years.values(); }

    // Whether `day` is settled by the data: its year's notice is known, and from 25 December on
    // also the next year's (whose 元旦 arrangement has reached back to 29–31 December).
    [[nodiscard]] bool isCovered(QDate day) const;
    [[nodiscard]] bool isWorkingDay(QDate day) const;
    // The holiday `day` belongs to, or the holiday a 调休 workday pays for; empty for ordinary days.
    [[nodiscard]] QString holidayName(QDate day) const;
    [[nodiscard]] bool isMakeupWorkday(QDate day) const;

    // The n-th working day after `from` (n > 0), or before it (n < 0); `from` itself is not counted
    // (期间开始之日不计算在内). n == 0 gives `from`.
    [[nodiscard]] WorkingDate addWorkingDays(QDate from, int n) const;
    // Working days in (a, b] — for a working day b, the n with addWorkingDays(a, n) == b; when b < a,
    // minus the count in (b, a].
    [[nodiscard]] WorkingDayCount workingDaysBetween(QDate a, QDate b) const;

    static constexpr int NextYearReachDay = 25; // from 25 December, see isCovered()

private:
    enum class DayKind { Holiday, Workday };
    struct Day
    {
        DayKind kind;
        QString name;
        int year; // the notice that says so
    };

    [[nodiscard]] Core::Result<> index(const HolidayYear &year);

    QMap<int, HolidayYear> m_years;
    QMap<QDate, Day> m_days;
};

} // namespace GovDesk::Disclosure
