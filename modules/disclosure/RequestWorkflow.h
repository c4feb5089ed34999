// RequestWorkflow: the steps of a 依申请公开 request — 登记 (serial per organisation and year), 承办,
// 补正, 延期 (once, at most 20 working days, approved), 征求第三方意见 sent and answered, 答复 — each
// checked against the regulation and written into the request's history. Pure: it returns the new
// request; the caller saves the record.
#pragma once

#include "DisclosureRequest.h"

namespace GovDesk::Disclosure {

// Who acts; recorded in the history.
struct RequestActor
{
    QString userId;
    QString name;
};

class RequestWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::RequestWorkflow)
public:
    // The next 登记号 of `year` after the organisation's `existingSerials` ("2026-0012" → "2026-0013").
    [[nodiscard]] static QString nextSerial(int year, const QStringList &existingSerials);

    // 登记: the received date from the channel (Art. 31), a serial of that year, status registered.
    [[nodiscard]] static Core::Result<DisclosureRequest> registerRequest(DisclosureRequest draft,
                                                                         const QStringList &existingSerials,
                                                                         const RequestActor &actor,
                                                                         QDateTime at);
    // 承办: handed to a department; registered → in_progress.
    [[nodiscard]] static Core::Result<DisclosureRequest>
    assign(DisclosureRequest request, const QString &department, const RequestActor &actor, QDateTime at);
    // 补正 (Art. 30): the completed request arrived; the time limit counts from it. Once.
    [[nodiscard]] static Core::Result<DisclosureRequest> correct(DisclosureRequest request, QDate correctedOn,
                                                                 const RequestActor &actor, QDateTime at);
    // 延期 (Art. 33): once, 1–20 working days, approved within the first limit by a named head.
    [[nodiscard]] static Core::Result<DisclosureRequest> extend(DisclosureRequest request,
                                                                const RequestExtension &extension,
                                                                const HolidayCalendar &calendar,
                                                                const RequestActor &actor, QDateTime at);
    // 征求第三方意见 (Art. 32) sent; the clock stops until the answer (at most 15 working days).
    [[nodiscard]] static Core::Result<DisclosureRequest> consult(DisclosureRequest request,
                                                                 const QString &thirdParty, QDate sentOn,
                                                                 const HolidayCalendar &calendar,
                                                                 const RequestActor &actor, QDateTime at);
    // The third party's answer to consultation `index`.
    [[nodiscard]] static Core::Result<DisclosureRequest> consultationAnswered(DisclosureRequest request,
                                                                              int index, QDate answeredOn,
                                                                              const RequestActor &actor,
                                                                              QDateTime at);
    // 答复: type and the reasons the regulation requires, dated no earlier than the request (or its
    // 补正); closes the request.
    [[nodiscard]] static Core::Result<DisclosureRequest> reply(DisclosureRequest request, RequestReply reply,
                                                               const RequestActor &actor, QDateTime at);
};

} // namespace GovDesk::Disclosure
