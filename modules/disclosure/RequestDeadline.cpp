#include "RequestDeadline.h"

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

Core::Result<QDate> RequestDeadline::receivedOn(const RequestReceipt &receipt)
{
    switch (receipt.channel) {
    case RequestChannel::InPerson:
        if (!receipt.handedInOn.isValid())
            //: 当面提交的申请以提交之日为收到申请之日：缺少提交日期。
            return fail(ErrorCode::InvalidArgument, tr("A request handed in counts as received on the day it "
                                                       "is handed in: that date is missing."));
        return receipt.handedInOn;
    case RequestChannel::Post:
        if (!receipt.signedForOn.isValid())
            //: 以邮寄方式提交的申请以签收之日为收到申请之日：缺少签收日期。
            return fail(ErrorCode::InvalidArgument, tr("A request sent by post counts as received on the day "
                                                       "it is signed for: that date is missing."));
        return receipt.signedForOn;
    case RequestChannel::PlainLetter:
    case RequestChannel::Online:
    case RequestChannel::Fax:
        if (!receipt.confirmedOn.isValid())
            //: 以平常信函、互联网或传真提交的申请以双方确认之日为收到申请之日：缺少确认日期。
            return fail(
                ErrorCode::InvalidArgument,
                tr("A request by ordinary letter, online or by fax counts as received on the day its receipt "
                   "is confirmed with the applicant: that date is missing."));
        return receipt.confirmedOn;
    }
    return fail(ErrorCode::InvalidArgument, tr("Unknown channel."));
}

Core::Result<DeadlineState> RequestDeadline::evaluate(const HolidayCalendar &calendar,
                                                      const RequestTimeline &timeline, QDate asOf,
                                                      int approachingDays)
{
    if (!timeline.receivedOn.isValid() || !asOf.isValid())
        //: 缺少收到申请的日期。
        return fail(ErrorCode::InvalidArgument, tr("The date the request was received is missing."));
    if (timeline.correctedOn
        && (!timeline.correctedOn->isValid() || *timeline.correctedOn < timeline.receivedOn))
        //: 收到补正申请的日期（%1）早于收到申请的日期（%2）。
        return fail(ErrorCode::InvalidArgument,
                    tr("The completed request (补正) is dated %1, before the request was received on %2.")
                        .arg(isoDate(timeline.correctedOn.value_or(QDate())), isoDate(timeline.receivedOn)));
    const QDate start = timeline.correctedOn.value_or(timeline.receivedOn);
    if (timeline.answeredOn && *timeline.answeredOn < timeline.receivedOn)
        //: 答复日期（%1）早于收到申请的日期。
        return fail(ErrorCode::InvalidArgument, tr("The answer is dated %1, before the request was received.")
                                                    .arg(isoDate(*timeline.answeredOn)));

    for (const ThirdPartyConsultation &consultation : timeline.consultations) {
        if (!consultation.sentOn.isValid() || consultation.sentOn < start)
            //: 征求第三方意见的日期（%1）早于起算日（%2）。
            return fail(ErrorCode::InvalidArgument,
                        tr("A third-party consultation is dated %1, before the time limit started on %2.")
                            .arg(isoDate(consultation.sentOn), isoDate(start)));
        if (consultation.answeredOn && *consultation.answeredOn < consultation.sentOn)
            //: 第三方意见的收到日期（%1）早于征求意见的日期（%2）。
            return fail(ErrorCode::InvalidArgument,
                        tr("A third party's answer is dated %1, before it was consulted on %2.")
                            .arg(isoDate(*consultation.answeredOn), isoDate(consultation.sentOn)));
    }
    const auto stopForConsultations = [&](DeadlineClock &clock) {
        for (const ThirdPartyConsultation &consultation : timeline.consultations) {
            // Still waiting: the clock is taken as stopped until the third party's time runs out.
            const QDate limit = calendar.addWorkingDays(consultation.sentOn, ThirdPartyLimit).date;
            clock.exclude(consultation.sentOn, std::min(consultation.answeredOn.value_or(limit), limit));
        }
    };

    int allowed = AnswerLimit;
    if (timeline.extension) {
        const DeadlineExtension &extension = *timeline.extension;
        if (extension.workingDays < 1 || extension.workingDays > MaxExtension)
            //: 延长答复期限为 %1 个工作日：最长不得超过 %2 个工作日。
            return fail(ErrorCode::InvalidArgument,
                        tr("An extension of %1 working days: at most %2 are allowed.")
                            .arg(extension.workingDays)
                            .arg(MaxExtension));
        DeadlineClock first(calendar, start, AnswerLimit);
        stopForConsultations(first);
        const QDate firstDue = first.dueDate().date;
        if (!extension.approvedOn.isValid() || extension.approvedOn < start
            || extension.approvedOn > firstDue)
            //: 延期须在答复期限（%1 届满）内经批准并告知申请人，批准日期为 %2。
            return fail(ErrorCode::InvalidArgument,
                        tr("An extension must be approved and notified within the time limit (ending %1); "
                           "it is dated %2.")
                            .arg(isoDate(firstDue), isoDate(extension.approvedOn)));
        allowed += extension.workingDays;
    }

    DeadlineClock clock(calendar, start, allowed);
    stopForConsultations(clock);
    return clock.stateAt(asOf, timeline.answeredOn, approachingDays);
}

} // namespace GovDesk::Disclosure
