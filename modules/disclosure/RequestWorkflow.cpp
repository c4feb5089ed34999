#include "RequestWorkflow.h"

#include <QRegularExpression>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

void record(DisclosureRequest &request, const QString &action, RequestStatus to, const RequestActor &actor,
            const QDateTime &at, const QString &opinion = {})
{
    request.history.append({.action = action,
                            .from = DisclosureRequests::statusKey(request.status),
                            .to = DisclosureRequests::statusKey(to),
                            .by = actor.userId,
                            .byName = actor.name,
                            .at = at.toUTC(),
                            .opinion = opinion});
    request.status = to;
}

// Every step after 登记 is on an open request: an answered one is closed for good.
Core::Result<> requireOpen(const DisclosureRequest &request)
{
    if (!request.isOpen())
        //: 申请 %1 已答复办结，不能再办理。
        return fail(ErrorCode::InvalidArgument,
                    RequestWorkflow::tr("Request %1 has been answered and is closed.").arg(request.serial));
    return {};
}

// The step keeps the timeline one RequestDeadline accepts (extension within the first limit, a
// consultation after counting started …).
Core::Result<> requireValidTimeline(const DisclosureRequest &request, const HolidayCalendar &calendar)
{
    GD_TRY(RequestDeadline::evaluate(calendar, request.timeline(), request.receivedOn));
    return {};
}

RequestStatus working(const DisclosureRequest &request)
{
    return request.status == RequestStatus::Registered && !request.department.isEmpty()
               ? RequestStatus::InProgress
               : request.status;
}

} // namespace

QString RequestWorkflow::nextSerial(int year, const QStringList &existingSerials)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    int last = 0;
    for (const QString &serial : existingSerials) {
        const auto match = pattern.match(serial);
        if (match.hasMatch() && match.captured(1).toInt() == year)
            last = std::max(last, match.captured(2).toInt());
    }
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(last + 1, 4, 10, QLatin1Char('0'));
}

Core::Result<DisclosureRequest> RequestWorkflow::registerRequest(DisclosureRequest draft,
                                                                 const QStringList &existingSerials,
                                                                 const RequestActor &actor, QDateTime at)
{
    if (!draft.serial.isEmpty() || !draft.history.isEmpty())
        //: 申请 %1 已经登记。
        return fail(ErrorCode::AlreadyExists, tr("Request %1 is registered already.").arg(draft.serial));
    const auto received = RequestDeadline::receivedOn(draft.receipt);
    if (!received)
        return std::unexpected(received.error());
    draft.receivedOn = *received;
    draft.status = RequestStatus::Registered;
    draft.reply.reset();
    GD_TRY(DisclosureRequests::validate(draft));
    draft.serial = nextSerial(draft.receivedOn.year(), existingSerials);
    record(draft, QStringLiteral("register"), RequestStatus::Registered, actor, at);
    return draft;
}

Core::Result<DisclosureRequest> RequestWorkflow::assign(DisclosureRequest request, const QString &department,
                                                        const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    if (department.trimmed().isEmpty())
        //: 承办部门不能为空。
        return fail(ErrorCode::InvalidArgument, tr("The department handling the request is missing."),
                    "department");
    request.department = department.trimmed();
    record(request, QStringLiteral("assign"), RequestStatus::InProgress, actor, at, request.department);
    return request;
}

Core::Result<DisclosureRequest> RequestWorkflow::correct(DisclosureRequest request, QDate correctedOn,
                                                         const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    if (request.correctedOn)
        //: 补正只能一次（条例第三十条），本申请已于 %1 补正。
        return fail(ErrorCode::AlreadyExists,
                    tr("A request is completed (补正) once (Art. 30); this one was "
                       "on %1.")
                        .arg(request.correctedOn->toString(Qt::ISODate)),
                    "correctedOn");
    if (!correctedOn.isValid() || correctedOn < request.receivedOn)
        //: 补正日期早于收到申请日期。
        return fail(ErrorCode::InvalidArgument,
                    tr("The completed request is dated before the request was received."), "correctedOn");
    if (request.extension || !request.consultations.isEmpty())
        //: 已延期或已征求第三方意见的申请不能再要求补正。
        return fail(ErrorCode::InvalidArgument,
                    tr("A request already extended or sent for consultation cannot be "
                       "completed any more: 补正 comes first."),
                    "correctedOn");
    request.correctedOn = correctedOn;
    record(request, QStringLiteral("correct"), working(request), actor, at);
    return request;
}

Core::Result<DisclosureRequest> RequestWorkflow::extend(DisclosureRequest request,
                                                        const RequestExtension &extension,
                                                        const HolidayCalendar &calendar,
                                                        const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    if (request.extension)
        //: 延期只能一次（条例第三十三条），本申请已于 %1 延期。
        return fail(ErrorCode::AlreadyExists,
                    tr("A request is extended once (Art. 33); this one was on %1.")
                        .arg(request.extension->approvedOn.toString(Qt::ISODate)),
                    "extension");
    request.extension = extension;
    GD_TRY(DisclosureRequests::validate(request));
    GD_TRY(requireValidTimeline(request, calendar));
    record(request, QStringLiteral("extend"), working(request), actor, at,
           //: 经%1批准，延长答复期限%2个工作日
           tr("Extended by %2 working days, approved by %1.")
               .arg(extension.approvedBy)
               .arg(extension.workingDays));
    return request;
}

Core::Result<DisclosureRequest> RequestWorkflow::consult(DisclosureRequest request, const QString &thirdParty,
                                                         QDate sentOn, const HolidayCalendar &calendar,
                                                         const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    request.consultations.append({.thirdParty = thirdParty.trimmed(), .sentOn = sentOn, .answeredOn = {}});
    GD_TRY(DisclosureRequests::validate(request));
    GD_TRY(requireValidTimeline(request, calendar));
    record(request, QStringLiteral("consult"), working(request), actor, at, thirdParty.trimmed());
    return request;
}

Core::Result<DisclosureRequest> RequestWorkflow::consultationAnswered(DisclosureRequest request, int index,
                                                                      QDate answeredOn,
                                                                      const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    if (index < 0 || index >= request.consultations.size())
        //: 没有这次征求第三方意见。
        return fail(ErrorCode::NotFound, tr("There is no such third-party consultation."), "consultations");
    RequestConsultation &consultation = request.consultations[index];
    if (consultation.answeredOn)
        //: %1 已于 %2 答复。
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 answered on %2 already.")
                        .arg(consultation.thirdParty, consultation.answeredOn->toString(Qt::ISODate)),
                    "consultations.answeredOn");
    consultation.answeredOn = answeredOn;
    GD_TRY(DisclosureRequests::validate(request));
    record(request, QStringLiteral("consult_answer"), working(request), actor, at, consultation.thirdParty);
    return request;
}

Core::Result<DisclosureRequest> RequestWorkflow::reply(DisclosureRequest request, RequestReply reply,
                                                       const RequestActor &actor, QDateTime at)
{
    GD_TRY(requireOpen(request));
    const QDate start = request.correctedOn.value_or(request.receivedOn);
    if (reply.on.isValid() && reply.on < start)
        //: 答复日期（%1）早于收到申请（或补正）的日期 %2。
        return fail(ErrorCode::InvalidArgument,
                    tr("The reply is dated %1, before the request (or its completion) "
                       "was received on %2.")
                        .arg(reply.on.toString(Qt::ISODate), start.toString(Qt::ISODate)),
                    "reply.on");
    for (const RequestConsultation &consultation : request.consultations) {
        if (reply.on.isValid() && reply.on < consultation.sentOn)
            //: 答复日期早于征求第三方意见的日期。
            return fail(ErrorCode::InvalidArgument,
                        tr("The reply is dated before a third party was consulted."), "reply.on");
    }
    std::sort(reply.reasons.begin(), reply.reasons.end());
    reply.reasons.erase(std::unique(reply.reasons.begin(), reply.reasons.end()), reply.reasons.end());
    const QString opinion = ReplyTypes::name(reply.type);
    const RequestStatus before = request.status;
    request.reply = std::move(reply);
    request.status = RequestStatus::Answered;
    GD_TRY(DisclosureRequests::validate(request));
    request.status = before; // for the history's `from`
    record(request, QStringLiteral("reply"), RequestStatus::Answered, actor, at, opinion);
    return request;
}

} // namespace GovDesk::Disclosure
