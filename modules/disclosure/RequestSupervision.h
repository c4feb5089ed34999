// RequestSupervision: 电子监察 of 依申请公开 requests — where each open request stands against its
// Art. 33 time limit (green / yellow / red, yellow from a configurable number of working days left)
// and each department's timeliness over a period (绩效考核: answered in time of answered, overdue
// open, average working days used).
#pragma once

#include "DisclosureRequest.h"

#include <QMap>

namespace GovDesk::Disclosure {

struct SupervisedRequest
{
    QString recordId;
    QString serial;
    QString department;
    DeadlineState state;
};

struct DepartmentTimeliness
{
    QString department;
    int answered = 0;           // answered within the period
    int answeredInTime = 0;     // of those, on or before their due date
    int overdueOpen = 0;        // open at the period's end and past their due date
    double averageDaysUsed = 0; // working days used by the answered ones (excluded days not counted)

    // Answered in time of answered; 1 when nothing was answered (nothing late either).
    [[nodiscard]] double onTimeRate() const
    {
        return answered == 0 ? 1.0 : double(answeredInTime) / answered;
    }
};

class RequestSupervision
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::RequestSupervision)
public:
    // `approachingDays`: yellow once this many working days or fewer are left (the officer's setting).
    RequestSupervision(const HolidayCalendar &calendar,
                       int approachingDays = RequestDeadline::DefaultApproachingDays)
        : m_calendar(calendar)
        , m_approachingDays(approachingDays)
    {
    }

    [[nodiscard]] int approachingDays() const { return m_approachingDays; }

    // The request's state at the end of `asOf` (answered ones judged on their reply date).
    [[nodiscard]] Core::Result<DeadlineState> stateOf(const DisclosureRequest &request, QDate asOf) const;

    // Every request open at the end of `asOf` (received by then, not answered by then), most
    // pressing first (red, then yellow, then fewest days left). Keyed input: record id → request.
    [[nodiscard]] Core::Result<QList<SupervisedRequest>>
    openRequests(const QMap<QString, DisclosureRequest> &requests, QDate asOf) const;

    // Per department (承办部门; 未分配 for none), in department order, over [from, to]: answered =
    // reply dated in the period; overdue open = received by `to`, unanswered at `to`, past due.
    [[nodiscard]] Core::Result<QList<DepartmentTimeliness>>
    timeliness(const QList<DisclosureRequest> &requests, QDate from, QDate to) const;

    // The to-do text of a yellow or red request: 「依申请公开 2026-0012：还剩 3 个工作日」 /
    // 「……：已超期 2 个工作日」.
    [[nodiscard]] static QString todoTitle(const QString &serial, const QString &applicant,
                                           const DeadlineState &state);
    // The department under which requests without one are counted.
    [[nodiscard]] static QString unassignedDepartment();

private:
    const HolidayCalendar &m_calendar;
    int m_approachingDays;
};

} // namespace GovDesk::Disclosure
