#include "DisclosureRequest.h"

#include <QRegularExpression>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

std::optional<QDate> optionalDate(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty())
        return std::nullopt;
    return QDate::fromString(text, Qt::ISODate);
}

void putDate(QJsonObject &json, const QString &key, QDate day)
{
    if (day.isValid())
        json.insert(key, iso(day));
}

struct ChannelEntry
{
    RequestChannel channel;
    const char *key;
};

constexpr ChannelEntry Channels[] = {
    {RequestChannel::InPerson, "in_person"},
    {RequestChannel::Post, "post"},
    {RequestChannel::PlainLetter, "plain_letter"},
    {RequestChannel::Online, "online"},
    {RequestChannel::Fax, "fax"},
};

// A refusal naming the field: the Chinese label in the message, the key in the detail.
std::unexpected<Core::Error> refuse(const QString &key, const QString &problem)
{
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("%1：%2").arg(DisclosureRequests::fieldLabel(key), problem), key);
}

QJsonObject historyEntryToJson(const RequestHistoryEntry &entry)
{
    QJsonObject json{{"action", entry.action}, {"from", entry.from},
                     {"to", entry.to},         {"by", entry.by},
                     {"byName", entry.byName}, {"at", entry.at.toString(Qt::ISODate)}};
    if (!entry.opinion.isEmpty())
        json.insert("opinion", entry.opinion);
    return json;
}

RequestHistoryEntry historyEntryFromJson(const QJsonObject &json)
{
    return {.action = json.value("action").toString(),
            .from = json.value("from").toString(),
            .to = json.value("to").toString(),
            .by = json.value("by").toString(),
            .byName = json.value("byName").toString(),
            .at = QDateTime::fromString(json.value("at").toString(), Qt::ISODate).toUTC(),
            .opinion = json.value("opinion").toString()};
}

} // namespace

RequestTimeline DisclosureRequest::timeline() const
{
    RequestTimeline timeline{.receivedOn = receivedOn, .correctedOn = correctedOn};
    if (extension)
        timeline.extension = DeadlineExtension{extension->approvedOn, extension->workingDays};
    for (const RequestConsultation &consultation : consultations)
        timeline.consultations.append({consultation.sentOn, consultation.answeredOn});
    if (reply)
        timeline.answeredOn = reply->on;
    return timeline;
}

QJsonObject DisclosureRequest::toJson() const
{
    QJsonObject json{{"schema", Schema},
                     {"serial", serial},
                     {"applicantType", ApplicantTypes::key(applicantType)},
                     {"applicantName", applicantName},
                     {"contact", contact},
                     {"channel", DisclosureRequests::channelKey(receipt.channel)},
                     {"content", content},
                     {"purpose", purpose},
                     {"department", department},
                     {"status", DisclosureRequests::statusKey(status)}};
    QJsonObject receiptJson;
    putDate(receiptJson, "handedInOn", receipt.handedInOn);
    putDate(receiptJson, "signedForOn", receipt.signedForOn);
    putDate(receiptJson, "confirmedOn", receipt.confirmedOn);
    json.insert("receipt", receiptJson);
    putDate(json, "receivedOn", receivedOn);
    if (correctedOn)
        putDate(json, "correctedOn", *correctedOn);
    if (extension) {
        json.insert("extension", QJsonObject{{"approvedOn", iso(extension->approvedOn)},
                                             {"workingDays", extension->workingDays},
                                             {"approvedBy", extension->approvedBy}});
    }
    QJsonArray consultationsJson;
    for (const RequestConsultation &consultation : consultations) {
        QJsonObject entry{{"thirdParty", consultation.thirdParty}, {"sentOn", iso(consultation.sentOn)}};
        if (consultation.answeredOn)
            entry.insert("answeredOn", iso(*consultation.answeredOn));
        consultationsJson.append(entry);
    }
    json.insert("consultations", consultationsJson);
    if (reply) {
        QJsonArray reasons;
        for (ReplyReason reason : reply->reasons)
            reasons.append(ReplyTypes::reasonKey(reason));
        json.insert("reply", QJsonObject{{"type", ReplyTypes::key(reply->type)},
                                         {"reasons", reasons},
                                         {"on", iso(reply->on)},
                                         {"text", reply->text},
                                         {"attachments", reply->attachments}});
        // Also at the top level, where the sync reads a payload's files (Core::BlobReferences):
        // the reply's attachments are uploaded with the record and fetched on the other desks.
        // Read back from the reply only.
        if (!reply->attachments.isEmpty())
            json.insert("attachments", reply->attachments);
    }
    if (carriedFromYear)
        json.insert("carriedFromYear", *carriedFromYear);
    QJsonArray historyJson;
    for (const RequestHistoryEntry &entry : history)
        historyJson.append(historyEntryToJson(entry));
    json.insert("history", historyJson);
    return json;
}

Core::Result<DisclosureRequest> DisclosureRequests::fromJson(const QJsonObject &json)
{
    if (json.value("schema").toInt() != DisclosureRequest::Schema)
        return refuse("schema", tr("version %1 is not understood (expected %2).")
                                    .arg(json.value("schema").toInt())
                                    .arg(DisclosureRequest::Schema));
    DisclosureRequest request;
    request.serial = json.value("serial").toString();
    const auto applicantType = ApplicantTypes::fromKey(json.value("applicantType").toString());
    if (!applicantType)
        //: 不是年度报告的六类申请人之一
        return refuse("applicantType", tr("\"%1\" is not one of the annual report's six kinds of applicant.")
                                           .arg(json.value("applicantType").toString()));
    request.applicantType = *applicantType;
    request.applicantName = json.value("applicantName").toString();
    request.contact = json.value("contact").toString();
    const auto channel = channelFromKey(json.value("channel").toString());
    if (!channel)
        //: 不是条例第三十一条的申请方式
        return refuse("channel",
                      tr("\"%1\" is not a channel of Art. 31.").arg(json.value("channel").toString()));
    const QJsonObject receipt = json.value("receipt").toObject();
    request.receipt
        = {.channel = *channel,
           .handedInOn = QDate::fromString(receipt.value("handedInOn").toString(), Qt::ISODate),
           .signedForOn = QDate::fromString(receipt.value("signedForOn").toString(), Qt::ISODate),
           .confirmedOn = QDate::fromString(receipt.value("confirmedOn").toString(), Qt::ISODate)};
    request.content = json.value("content").toString();
    request.purpose = json.value("purpose").toString();
    request.receivedOn = QDate::fromString(json.value("receivedOn").toString(), Qt::ISODate);
    request.correctedOn = optionalDate(json, "correctedOn");
    if (json.contains("extension")) {
        const QJsonObject extension = json.value("extension").toObject();
        request.extension = RequestExtension{
            .approvedOn = QDate::fromString(extension.value("approvedOn").toString(), Qt::ISODate),
            .workingDays = extension.value("workingDays").toInt(),
            .approvedBy = extension.value("approvedBy").toString()};
    }
    for (const QJsonValue &value : json.value("consultations").toArray()) {
        const QJsonObject consultation = value.toObject();
        request.consultations.append(
            {.thirdParty = consultation.value("thirdParty").toString(),
             .sentOn = QDate::fromString(consultation.value("sentOn").toString(), Qt::ISODate),
             .answeredOn = optionalDate(consultation, "answeredOn")});
    }
    request.department = json.value("department").toString();
    const auto status = statusFromKey(json.value("status").toString());
    if (!status)
        //: 未知的办理状态
        return refuse("status",
                      tr("\"%1\" is not a status of a request.").arg(json.value("status").toString()));
    request.status = *status;
    if (json.contains("reply")) {
        const QJsonObject reply = json.value("reply").toObject();
        const auto type = ReplyTypes::fromKey(reply.value("type").toString());
        if (!type)
            //: 不是条例规定的答复类型
            return refuse(
                "reply.type",
                tr("\"%1\" is not a reply type of the regulation.").arg(reply.value("type").toString()));
        RequestReply parsed{.type = *type,
                            .on = QDate::fromString(reply.value("on").toString(), Qt::ISODate),
                            .text = reply.value("text").toString(),
                            .attachments = reply.value("attachments").toArray()};
        for (const QJsonValue &key : reply.value("reasons").toArray()) {
            const auto reason = ReplyTypes::reasonFromKey(key.toString());
            if (!reason)
                //: 不是条例规定的理由
                return refuse("reply.reasons",
                              tr("\"%1\" is not a reason of the regulation.").arg(key.toString()));
            parsed.reasons.append(*reason);
        }
        request.reply = parsed;
    }
    if (json.contains("carriedFromYear"))
        request.carriedFromYear = json.value("carriedFromYear").toInt();
    for (const QJsonValue &value : json.value("history").toArray())
        request.history.append(historyEntryFromJson(value.toObject()));
    GD_TRY(validate(request));
    return request;
}

Core::Result<> DisclosureRequests::validate(const DisclosureRequest &request)
{
    static const QRegularExpression serialPattern(QStringLiteral("^\\d{4}-\\d{4}$"));
    if (!request.serial.isEmpty() && !serialPattern.match(request.serial).hasMatch())
        //: 登记号应为“年份-四位序号”
        return refuse("serial", tr("\"%1\" is not of the form year-number (2026-0012).").arg(request.serial));
    if (request.applicantName.trimmed().isEmpty())
        //: 不能为空
        return refuse("applicantName", tr("must not be empty."));
    if (request.content.trimmed().isEmpty())
        return refuse("content", tr("must not be empty."));
    const auto received = RequestDeadline::receivedOn(request.receipt);
    if (!received)
        return refuse("receipt", received.error().message);
    if (!request.receivedOn.isValid())
        //: 缺少日期
        return refuse("receivedOn", tr("the date is missing."));
    if (request.receivedOn != *received)
        //: 与申请方式规定的日期（%1）不一致（条例第三十一条）
        return refuse("receivedOn", tr("%1 differs from the date the channel makes it (%2, Art. 31).")
                                        .arg(iso(request.receivedOn), iso(*received)));
    if (request.correctedOn && (!request.correctedOn->isValid() || *request.correctedOn < request.receivedOn))
        //: 早于收到申请日期
        return refuse("correctedOn", tr("is before the request was received."));
    if (request.extension) {
        const RequestExtension &extension = *request.extension;
        if (extension.workingDays < 1 || extension.workingDays > RequestDeadline::MaxExtension)
            //: 延长期限最长不得超过 %1 个工作日
            return refuse("extension.workingDays", tr("%1 working days: at most %2 are allowed.")
                                                       .arg(extension.workingDays)
                                                       .arg(RequestDeadline::MaxExtension));
        if (!extension.approvedOn.isValid() || extension.approvedOn < request.receivedOn)
            //: 批准日期缺失或早于收到申请日期
            return refuse("extension.approvedOn", tr("is missing or before the request was received."));
        if (extension.approvedBy.trimmed().isEmpty())
            //: 延期须经政府信息公开工作机构负责人同意
            return refuse("extension.approvedBy", tr("an extension needs the approval of the head of the "
                                                     "disclosure office (Art. 33)."));
    }
    for (const RequestConsultation &consultation : request.consultations) {
        if (consultation.thirdParty.trimmed().isEmpty())
            return refuse("consultations.thirdParty", tr("must not be empty."));
        if (!consultation.sentOn.isValid() || consultation.sentOn < request.receivedOn)
            return refuse("consultations.sentOn", tr("is missing or before the request was received."));
        if (consultation.answeredOn && *consultation.answeredOn < consultation.sentOn)
            //: 早于征求意见日期
            return refuse("consultations.answeredOn", tr("is before the third party was consulted."));
    }
    if ((request.status == RequestStatus::Answered) != request.reply.has_value())
        //: 已答复的申请必须有答复，未答复的申请不能有答复
        return refuse("reply", tr("an answered request has a reply, an open one has none."));
    if (request.reply) {
        const RequestReply &reply = *request.reply;
        if (!reply.on.isValid() || reply.on < request.receivedOn)
            return refuse("reply.on", tr("is missing or before the request was received."));
        if (ReplyTypes::requiresReason(reply.type) && reply.reasons.isEmpty())
            //: %1须说明理由
            return refuse("reply.reasons",
                          tr("a reply of %1 must give its reason.").arg(ReplyTypes::name(reply.type)));
        const QList<ReplyReason> allowed = ReplyTypes::reasonsOf(reply.type);
        for (ReplyReason reason : reply.reasons) {
            if (!allowed.contains(reason))
                //: “%1”不是“%2”的理由
                return refuse("reply.reasons",
                              tr("\"%1\" is not a reason of %2.")
                                  .arg(ReplyTypes::reasonName(reason), ReplyTypes::name(reply.type)));
        }
    }
    return {};
}

QString DisclosureRequests::statusKey(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Registered:
        return QStringLiteral("registered");
    case RequestStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequestStatus::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

std::optional<RequestStatus> DisclosureRequests::statusFromKey(QStringView key)
{
    for (RequestStatus status :
         {RequestStatus::Registered, RequestStatus::InProgress, RequestStatus::Answered}) {
        if (key == statusKey(status))
            return status;
    }
    return std::nullopt;
}

QString DisclosureRequests::channelKey(RequestChannel channel)
{
    return QString::fromLatin1(Channels[int(channel)].key);
}

std::optional<RequestChannel> DisclosureRequests::channelFromKey(QStringView key)
{
    for (const ChannelEntry &entry : Channels) {
        if (key == QLatin1StringView(entry.key))
            return entry.channel;
    }
    return std::nullopt;
}

QString DisclosureRequests::fieldLabel(const QString &key)
{
    // The regulation's and the report's terms: refusals name fields as the officer knows them.
    static const QHash<QString, QString> labels{
        {"schema", QStringLiteral("数据版本")},
        {"serial", QStringLiteral("登记号")},
        {"applicantType", QStringLiteral("申请人类型")},
        {"applicantName", QStringLiteral("申请人姓名或名称")},
        {"contact", QStringLiteral("联系方式")},
        {"channel", QStringLiteral("申请方式")},
        {"receipt", QStringLiteral("收件信息")},
        {"content", QStringLiteral("所需信息内容描述")},
        {"purpose", QStringLiteral("用途")},
        {"receivedOn", QStringLiteral("收到申请日期")},
        {"correctedOn", QStringLiteral("补正日期")},
        {"extension", QStringLiteral("延期答复")},
        {"extension.approvedOn", QStringLiteral("延期批准日期")},
        {"extension.workingDays", QStringLiteral("延长工作日数")},
        {"extension.approvedBy", QStringLiteral("延期批准人")},
        {"consultations", QStringLiteral("征求第三方意见")},
        {"consultations.thirdParty", QStringLiteral("第三方")},
        {"consultations.sentOn", QStringLiteral("征求意见日期")},
        {"consultations.answeredOn", QStringLiteral("第三方答复日期")},
        {"department", QStringLiteral("承办部门")},
        {"status", QStringLiteral("办理状态")},
        {"reply", QStringLiteral("答复")},
        {"reply.type", QStringLiteral("答复类型")},
        {"reply.reasons", QStringLiteral("答复理由")},
        {"reply.on", QStringLiteral("答复日期")},
        {"reply.text", QStringLiteral("答复内容")},
        {"reply.attachments", QStringLiteral("答复附件")},
        {"carriedFromYear", QStringLiteral("上年结转")},
        {"history", QStringLiteral("办理记录")},
    };
    return labels.value(key);
}

} // namespace GovDesk::Disclosure
