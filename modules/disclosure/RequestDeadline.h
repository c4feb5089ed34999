// RequestDeadline: when a 依申请公开 request must be answered under the 2019 《政府信息公开条例》, and
// where it stands on a given day.
//
// How the rules are read (the regulation's articles, and the counting rule 期间开始之日不计算在内):
//  - Art. 31, the day the request counts as received: 当面提交 — the day it is handed in; 邮寄 — the day
//    the office signs for it (平常信函 with nothing to sign: the day receipt is confirmed with the
//    applicant); 互联网 / 传真 — the day both sides confirm it.
//  - Art. 30, 补正: a request that has to be completed counts from the receipt of the completed
//    request; the time before does not count at all.
//  - Art. 33: answer within 20 working days, counted from the working day after receipt (a request
//    received on a holiday or weekend therefore starts on the next working day). One extension of
//    at most 20 working days, approved by the head of the disclosure office and notified to the
//    applicant before the first limit runs out.
//  - Art. 32–33, 征求第三方意见: the working days after the consultation is sent, up to and including
//    the day the answer arrives, do not count; the third party has 15 working days (counted here from
//    the day after sending, the earliest it can have received it), and time beyond them counts again
//    — the office then decides on its own (Art. 32). Consultations that overlap stop the clock once.
#pragma once

#include "DeadlineClock.h"

namespace GovDesk::Disclosure {

// 申请方式 (Art. 31).
enum class RequestChannel { InPerson, Post, PlainLetter, Online, Fax };

// What happened to the request on its way in; only the date its channel needs is read.
struct RequestReceipt
{
    RequestChannel channel = RequestChannel::InPerson;
    QDate handedInOn;  // 当面提交
    QDate signedForOn; // 邮寄: 签收
    QDate confirmedOn; // 平常信函, 互联网, 传真: 确认
};

// 征求第三方意见 (or another office's, Art. 33 ¶2).
struct ThirdPartyConsultation
{
    QDate sentOn;
    std::optional<QDate> answeredOn; // none: still waiting
};

// 延期答复: approved on a day, for up to 20 working days.
struct DeadlineExtension
{
    QDate approvedOn;
    int workingDays = 20; // RequestDeadline::MaxExtension
};

struct RequestTimeline
{
    QDate receivedOn;                 // Art. 31, see RequestDeadline::receivedOn()
    std::optional<QDate> correctedOn; // 补正: the completed request received (Art. 30)
    std::optional<DeadlineExtension> extension;
    QList<ThirdPartyConsultation> consultations;
    std::optional<QDate> answeredOn; // 答复: closes the request
};

class RequestDeadline
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::RequestDeadline)
public:
    static constexpr int AnswerLimit = 20;     // Art. 33
    static constexpr int MaxExtension = 20;    // Art. 33
    static constexpr int ThirdPartyLimit = 15; // Art. 32
    static constexpr int DefaultApproachingDays = 5;

    // The 收到申请之日 of Art. 31 for the request's channel; an error names the date that is missing.
    [[nodiscard]] static Core::Result<QDate> receivedOn(const RequestReceipt &receipt);

    // The due date and the state at the end of `asOf`. Refuses timelines the regulation rules out:
    // an extension approved after the first limit or longer than 20 days, a consultation sent before
    // counting starts, an answer dated before its question.
    [[nodiscard]] static Core::Result<DeadlineState> evaluate(const HolidayCalendar &calendar,
                                                              const RequestTimeline &timeline, QDate asOf,
                                                              int approachingDays = DefaultApproachingDays);
};

} // namespace GovDesk::Disclosure
