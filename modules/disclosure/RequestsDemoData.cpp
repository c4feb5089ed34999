#include "RequestsDemoData.h"

#include "RequestWorkflow.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"
#include "module/ProjectionRunner.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QRandomGenerator>

namespace GovDesk::Disclosure {

namespace {

const QStringList Departments{QStringLiteral("办公室"), QStringLiteral("发展改革科"),
                              QStringLiteral("自然资源科"), QStringLiteral("住房城乡建设科"),
                              QStringLiteral("财政科")};

const QStringList Contents{
    QStringLiteral("柳北区某地块国有土地使用权出让的批准文件"),
    QStringLiteral("2025年度城市道路维修工程的招标及验收材料"),
    QStringLiteral("本人房屋所在片区的征收补偿方案及评估报告"),
    QStringLiteral("市区公共租赁住房分配的审核名单"),
    QStringLiteral("某建设项目环境影响评价批复文件"),
    QStringLiteral("2026年度市级财政专项资金的分配明细"),
    QStringLiteral("城区内涝治理项目的可行性研究报告"),
    QStringLiteral("某企业行政处罚决定书及执法案卷"),
    QStringLiteral("农村集体土地征收的安置补偿标准"),
    QStringLiteral("老旧小区改造项目的资金使用情况"),
};

const QStringList Surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                           QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("黄"),
                           QStringLiteral("覃"), QStringLiteral("韦")};

QString applicantName(ApplicantType type, int i)
{
    switch (type) {
    case ApplicantType::NaturalPerson:
        return Surnames.at(i % Surnames.size()) + QStringLiteral("某");
    case ApplicantType::Commercial:
        return QStringLiteral("柳州某建设工程有限公司（%1）").arg(i);
    case ApplicantType::Research:
        return QStringLiteral("某大学城市规划研究所");
    case ApplicantType::SocialWelfare:
        return QStringLiteral("某环保公益协会");
    case ApplicantType::LegalService:
        return QStringLiteral("广西某律师事务所");
    case ApplicantType::Other:
        return QStringLiteral("某村民委员会");
    }
    return {};
}

// The reply of request i: the first ones walk every reason (and 予以公开, 部分公开) once, the rest
// are mostly granted, as in a real year.
RequestReply replyFor(int i, QRandomGenerator &random)
{
    const QList<ReplyReason> reasons = ReplyTypes::allReasons();
    if (i < reasons.size())
        return {.type = ReplyTypes::typeOf(reasons.at(i)), .reasons = {reasons.at(i)}};
    if (i == reasons.size())
        return {.type = ReplyType::Partial,
                .reasons = {ReplyReason::ThirdPartyPrivacy, ReplyReason::ProcessInformation}};
    const int roll = int(random.bounded(100));
    if (roll < 55)
        return {.type = ReplyType::Granted};
    if (roll < 70)
        return {.type = ReplyType::Partial, .reasons = {ReplyReason::ThirdPartyPrivacy}};
    if (roll < 80)
        return {.type = ReplyType::Unavailable, .reasons = {ReplyReason::NotHeld}};
    if (roll < 88)
        return {.type = ReplyType::Refused, .reasons = {ReplyReason::ProcessInformation}};
    if (roll < 95)
        return {.type = ReplyType::NotProcessed, .reasons = {ReplyReason::Repeated}};
    return {.type = ReplyType::Other, .reasons = {ReplyReason::OverdueCorrection}};
}

} // namespace

Core::Result<QList<DisclosureRequest>> RequestsDemoData::generate(const HolidayCalendar &calendar, QDate asOf,
                                                                  quint32 seed)
{
    QRandomGenerator random(seed);
    const RequestActor clerk{QStringLiteral("u-demo-clerk"), QStringLiteral("覃丽")};
    const RequestActor head{QStringLiteral("u-demo-head"), QStringLiteral("韦东")};
    const QDate firstDay(asOf.year() - 1, 12, 1);
    const int span = int(firstDay.daysTo(asOf));
    QList<DisclosureRequest> requests;
    QStringList serials;
    for (int i = 0; i < Count; ++i) {
        // Spread over the span: the first ones early in the year (answered by `asOf`, so that every
        // reply type appears), every 20th in the last days of the year before (carried over).
        const QDate yearStart(asOf.year(), 1, 1);
        QDate received;
        if (i < 30)
            received = yearStart.addDays(random.bounded(std::max<qint64>(1, yearStart.daysTo(asOf) / 2)));
        else if (i % 20 == 10)
            received = QDate(asOf.year() - 1, 12, 18).addDays(random.bounded(10));
        else
            received = firstDay.addDays(random.bounded(std::max(1, span)));
        // Every 13th is still open on the day: an office's backlog is recent, from a couple of
        // weeks (green, yellow) to a few working days past the limit (red).
        const bool leftOpen = i > ReplyTypes::allReasons().size() && i % 13 == 7;
        if (leftOpen)
            received = calendar.addWorkingDays(asOf, -(12 + i % 17)).date;
        received = calendar.addWorkingDays(received, 1).date;
        if (received > asOf)
            received = calendar.addWorkingDays(asOf, -1).date;
        const ApplicantType type
            = i < 6 ? ApplicantType(i) : ApplicantType(random.bounded(100) < 60 ? 0 : random.bounded(6));
        DisclosureRequest draft{.applicantType = type,
                                .applicantName = applicantName(type, i),
                                .contact = QStringLiteral("0772-%1").arg(2800000 + i * 37),
                                .content = Contents.at(i % Contents.size()),
                                .purpose = QStringLiteral("自身生产、生活需要")};
        draft.receipt.channel = RequestChannel(random.bounded(5));
        draft.receipt.handedInOn = draft.receipt.signedForOn = draft.receipt.confirmedOn = received;
        if (received.year() < asOf.year())
            draft.carriedFromYear = received.year();
        QDateTime at(received, QTime(9, 30), Qt::UTC);
        auto request = RequestWorkflow::registerRequest(draft, serials, clerk, at);
        if (!request)
            return std::unexpected(request.error());
        serials.append(request->serial);
        request = RequestWorkflow::assign(*request, Departments.at(i % Departments.size()), clerk, at);
        if (!request)
            return std::unexpected(request.error());
        QDate lastAction = received;
        if (i % 11 == 3
            && calendar.addWorkingDays(received, 3).date <= asOf) { // 征求第三方意见, answered after a week
            const QDate sent = calendar.addWorkingDays(received, 3).date;
            auto consulted = RequestWorkflow::consult(*request, QStringLiteral("柳州某房地产开发有限公司"),
                                                      sent, calendar, clerk, at.addDays(3));
            if (!consulted)
                return std::unexpected(consulted.error());
            const QDate answered = calendar.addWorkingDays(sent, 7).date;
            if (answered <= asOf) {
                consulted
                    = RequestWorkflow::consultationAnswered(*consulted, 0, answered, clerk, at.addDays(10));
                if (!consulted)
                    return std::unexpected(consulted.error());
                lastAction = answered;
            }
            *request = *consulted;
        }
        const bool extended = i % 9 == 4;
        if (extended) {
            const QDate approved = calendar.addWorkingDays(received, 15).date;
            if (approved <= asOf) {
                auto done = RequestWorkflow::extend(*request, {approved, 15, head.name}, calendar, head,
                                                    QDateTime(approved, QTime(10, 0), Qt::UTC));
                if (!done)
                    return std::unexpected(done.error());
                *request = *done;
                lastAction = std::max(lastAction, approved);
            }
        }
        // Most are answered within the limit, every 17th a few days late; the newest wait.
        const auto state = RequestDeadline::evaluate(calendar, request->timeline(), received);
        if (!state)
            return std::unexpected(state.error());
        const int used = i % 17 == 16 ? state->allowedDays + 3 : 3 + int(random.bounded(15));
        DeadlineClock clock(calendar, received, used);
        for (const RequestConsultation &consultation : request->consultations) {
            clock.exclude(consultation.sentOn, consultation.answeredOn.value_or(
                                                   calendar.addWorkingDays(consultation.sentOn, 15).date));
        }
        QDate replyOn = std::max(clock.dueDate().date, lastAction);
        if (!leftOpen && replyOn <= asOf) {
            RequestReply reply = replyFor(i, random);
            reply.on = replyOn;
            reply.text = QStringLiteral("经审查，现将办理结果告知如下。");
            auto answered
                = RequestWorkflow::reply(*request, reply, clerk, QDateTime(replyOn, QTime(15, 0), Qt::UTC));
            if (!answered)
                return std::unexpected(answered.error());
            *request = *answered;
        }
        requests.append(*request);
    }
    return requests;
}

Core::Result<int> RequestsDemoData::seed(Core::ModuleContext &context, const HolidayCalendar &calendar,
                                         QDate asOf)
{
    const auto requests = generate(calendar, asOf);
    if (!requests)
        return std::unexpected(requests.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const DisclosureRequest &request : *requests)
        GD_TRY(RequestsStore::save(context, Core::RecordStore::newRecordId(), request));
    GD_TRY(transaction->commit());
    // The records' notices wait for the event loop: the tables are level when seeding returns.
    GD_TRY(context.projections().catchUp());
    return int(requests->size());
}

} // namespace GovDesk::Disclosure
