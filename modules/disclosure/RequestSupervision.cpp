#include "RequestSupervision.h"

namespace GovDesk::Disclosure {

Core::Result<DeadlineState> RequestSupervision::stateOf(const DisclosureRequest &request, QDate asOf) const
{
    return RequestDeadline::evaluate(m_calendar, request.timeline(), asOf, m_approachingDays);
}

Core::Result<QList<SupervisedRequest>>
RequestSupervision::openRequests(const QMap<QString, DisclosureRequest> &requests, QDate asOf) const
{
    QList<SupervisedRequest> open;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        const DisclosureRequest &request = it.value();
        if (!request.receivedOn.isValid() || request.receivedOn > asOf)
            continue;
        if (request.reply && request.reply->on <= asOf)
            continue;
        // The reply lies after the day judged: the request was still open then.
        DisclosureRequest then = request;
        then.reply.reset();
        auto state = stateOf(then, asOf);
        if (!state)
            return std::unexpected(state.error());
        open.append({it.key(), request.serial, request.department, *state});
    }
    std::stable_sort(open.begin(), open.end(), [](const SupervisedRequest &a, const SupervisedRequest &b) {
        if (a.state.status != b.state.status)
            return int(a.state.status) > int(b.state.status);
        return a.state.daysLeft < b.state.daysLeft;
    });
    return open;
}

Core::Result<QList<DepartmentTimeliness>>
RequestSupervision::timeliness(const QList<DisclosureRequest> &requests, QDate from, QDate to) const
{
    QMap<QString, DepartmentTimeliness> byDepartment;
    QMap<QString, int> daysUsed;
    for (const DisclosureRequest &request : requests) {
        const QString department = request.department.isEmpty() ? unassignedDepartment() : request.department;
        if (request.reply && request.reply->on >= from && request.reply->on <= to) {
            auto state = stateOf(request, request.reply->on);
            if (!state)
                return std::unexpected(state.error());
            DepartmentTimeliness &figures = byDepartment[department];
            ++figures.answered;
            if (state->status != SupervisionStatus::Red)
                ++figures.answeredInTime;
            daysUsed[department] += state->daysUsed;
        } else if (request.receivedOn.isValid() && request.receivedOn <= to
                   && (!request.reply || request.reply->on > to)) {
            DisclosureRequest then = request;
            then.reply.reset();
            auto state = stateOf(then, to);
            if (!state)
                return std::unexpected(state.error());
            if (state->status == SupervisionStatus::Red)
                ++byDepartment[department].overdueOpen;
            else
                byDepartment[department]; // listed, with nothing against it
        }
    }
    QList<DepartmentTimeliness> figures;
    for (auto it = byDepartment.begin(); it != byDepartment.end(); ++it) {
        it->department = it.key();
        if (it->answered > 0)
            it->averageDaysUsed = double(daysUsed.value(it.key())) / it->answered;
        figures.append(*it);
    }
    return figures;
}

QString RequestSupervision::todoTitle(const QString &serial, const QString &applicant,
                                      const DeadlineState &state)
{
    if (state.daysLeft < 0)
        //: 依申请公开 %1（%2）：已超期 %3 个工作日
        return tr("Disclosure request %1 (%2): %3 working day(s) overdue")
            .arg(serial, applicant)
            .arg(-state.daysLeft);
    if (state.status == SupervisionStatus::Red)
        //: 依申请公开 %1（%2）：已超过答复期限
        return tr("Disclosure request %1 (%2): past its time limit").arg(serial, applicant);
    //: 依申请公开 %1（%2）：还剩 %3 个工作日
    return tr("Disclosure request %1 (%2): %3 working day(s) left")
        .arg(serial, applicant)
        .arg(state.daysLeft);
}

QString RequestSupervision::unassignedDepartment()
{
    //: 承办部门：未分配
    return tr("Unassigned");
}

} // namespace GovDesk::Disclosure
