// DeadlineClock: a time limit in working days on the holiday calendar, counted from the day after an
// event, with days that do not count (征求意见) set aside — and where it stands on a given day for
// 电子监察 (green / yellow / red). RequestDeadline and PublicationDeadline put the regulation's rules on it.
#pragma once

#include "HolidayCalendar.h"

#include <QSet>

namespace GovDesk::Disclosure {

// 电子监察: 正常 (green), 预警 (yellow, approaching), 超期 (red, overdue).
enum class SupervisionStatus { Green, Yellow, Red };

struct DeadlineState
{
    QDate startedOn;          // the event: counting starts the next day
    QDate dueDate;            // the last working day of the limit
    int allowedDays = 0;      // working days allowed (20, or 40 with an extension)
    int daysUsed = 0;         // counted working days up to the day judged
    int daysLeft = 0;         // allowedDays − daysUsed: 0 on the due date, negative once overdue
    int excludedDays = 0;     // working days set aside up to the day judged (征求意见)
    bool paused = false;      // the clock stands still on the day judged
    bool closed = false;      // answered / published: judged on that day
    bool provisional = false; // a day counted lies in a year without holiday data
    SupervisionStatus status = SupervisionStatus::Green;
};

class DeadlineClock
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DeadlineClock)
public:
    DeadlineClock(const HolidayCalendar &calendar, QDate startedOn, int allowedDays)
        : m_calendar(calendar)
        , m_startedOn(startedOn)
        , m_allowedDays(allowedDays)
    {
    }

    // Working days in (after, through] stop the clock. Returns the working days newly set aside.
    int exclude(QDate after, QDate through);
    [[nodiscard]] bool isExcluded(QDate day) const { return m_excluded.contains(day); }

    // The day the limit runs out, with the excluded days skipped.
    [[nodiscard]] WorkingDate dueDate() const;
    // Where the clock stands at the end of `asOf`; `closedOn` (answered, published) stops it there.
    // Yellow once `approachingDays` or fewer are left (0: only on the due date itself).
    [[nodiscard]] DeadlineState stateAt(QDate asOf, std::optional<QDate> closedOn, int approachingDays) const;

    static QString statusName(SupervisionStatus status);

private:
    const HolidayCalendar &m_calendar;
    QDate m_startedOn;
    int m_allowedDays;
    QSet<QDate> m_excluded;
};

} // namespace GovDesk::Disclosure
