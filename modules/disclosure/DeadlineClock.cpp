#include "DeadlineClock.h"

namespace GovDesk::Disclosure {

namespace {

// No limit of the regulation comes near: a bound against a runaway loop on bad input.
constexpr int MaxDaysWalked = 3660;

} // namespace

int DeadlineClock::exclude(QDate after, QDate through)
{
    int added = 0;
    for (QDate day = after.addDays(1); day <= through; day = day.addDays(1)) {
        if (m_calendar.isWorkingDay(day) && !m_excluded.contains(day)) {
            m_excluded.insert(day);
            ++added;
        }
    }
    return added;
}

WorkingDate DeadlineClock::dueDate() const
{
    WorkingDate due{m_startedOn, false};
    int counted = 0;
    for (int walked = 0; counted < m_allowedDays && walked < MaxDaysWalked; ++walked) {
        due.date = due.date.addDays(1);
        due.provisional = due.provisional || !m_calendar.isCovered(due.date);
        if (m_calendar.isWorkingDay(due.date) && !m_excluded.contains(due.date))
            ++counted;
    }
    return due;
}

DeadlineState DeadlineClock::stateAt(QDate asOf, std::optional<QDate> closedOn, int approachingDays) const
{
    const WorkingDate due = dueDate();
    DeadlineState state{.startedOn = m_startedOn,
                        .dueDate = due.date,
                        .allowedDays = m_allowedDays,
                        .closed = closedOn.has_value() && *closedOn <= asOf,
                        .provisional = due.provisional};
    const QDate judged = state.closed ? *closedOn : asOf;
    for (QDate day = m_startedOn.addDays(1); day <= judged; day = day.addDays(1)) {
        state.provisional = state.provisional || !m_calendar.isCovered(day);
        if (!m_calendar.isWorkingDay(day))
            continue;
        if (m_excluded.contains(day))
            ++state.excludedDays;
        else
            ++state.daysUsed;
    }
    state.daysLeft = m_allowedDays - state.daysUsed;
    // Standing still: the judged day, or the next working day, is set aside.
    state.paused
        = !state.closed
          && (m_excluded.contains(judged) || m_excluded.contains(m_calendar.addWorkingDays(judged, 1).date));
    if (judged > due.date)
        state.status = SupervisionStatus::Red;
    else if (!state.closed && state.daysLeft <= approachingDays)
        state.status = SupervisionStatus::Yellow;
    else
        state.status = SupervisionStatus::Green;
    return state;
}

QString DeadlineClock::statusName(SupervisionStatus status)
{
    switch (status) {
    case SupervisionStatus::Green:
        //: 电子监察状态：正常
        return tr("On time");
    case SupervisionStatus::Yellow:
        //: 电子监察状态：预警（临近期限）
        return tr("Approaching");
    case SupervisionStatus::Red:
        //: 电子监察状态：超期
        return tr("Overdue");
    }
    return {};
}

} // namespace GovDesk::Disclosure
