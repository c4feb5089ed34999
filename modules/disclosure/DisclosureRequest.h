// DisclosureRequest: one 依申请公开 request, the `disclosure.request` payload of the record contract
// (docs in /work/briefs/disclosure-records.md, schema 1): reading, writing and checking it.
#pragma once

#include "ApplicantType.h"
#include "ReplyType.h"
#include "RequestDeadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace GovDesk::Disclosure {

inline constexpr char RequestCollection[] = "disclosure.request";

// For comparing requests (RequestDeadline declares the struct without one).
[[nodiscard]] inline bool operator==(const RequestReceipt &a, const RequestReceipt &b)
{
    return a.channel == b.channel && a.handedInOn == b.handedInOn && a.signedForOn == b.signedForOn
           && a.confirmedOn == b.confirmedOn;
}

// registered: 登记; in_progress: 承办 (a department works on it); answered: 已答复 (closed).
enum class RequestStatus { Registered, InProgress, Answered };

// One line of the request's history, as the items' history (contract): `from`/`to` are statuses.
struct RequestHistoryEntry
{
    QString action; // register, assign, correct, extend, consult, consult_answer, reply
    QString from;
    QString to;
    QString by; // user id
    QString byName;
    QDateTime at; // UTC
    QString opinion;

    [[nodiscard]] bool operator==(const RequestHistoryEntry &) const = default;
};

struct RequestExtension
{
    QDate approvedOn;
    int workingDays = RequestDeadline::MaxExtension;
    QString approvedBy; // the head of the disclosure office who approved it (Art. 33)

    [[nodiscard]] bool operator==(const RequestExtension &) const = default;
};

struct RequestConsultation
{
    QString thirdParty;
    QDate sentOn;
    std::optional<QDate> answeredOn;

    [[nodiscard]] bool operator==(const RequestConsultation &) const = default;
};

struct RequestReply
{
    ReplyType type = ReplyType::Granted;
    QList<ReplyReason> reasons;
    QDate on;
    QString text;
    // [{sha256, name, size}], as items' attachments (AttachmentLists converts); toJson() repeats
    // them as the payload's top-level "attachments" so that the sync carries their bytes.
    QJsonArray attachments;

    [[nodiscard]] bool operator==(const RequestReply &) const = default;
};

struct DisclosureRequest
{
    static constexpr int Schema = 1;

    QString serial; // 登记号 "2026-0012"; empty until registered
    ApplicantType applicantType = ApplicantType::NaturalPerson;
    QString applicantName;
    QString contact;
    RequestReceipt receipt; // receipt.channel is the request's channel
    QString content;        // 所需信息内容描述
    QString purpose;
    QDate receivedOn; // Art. 31, RequestDeadline::receivedOn(receipt)
    std::optional<QDate> correctedOn;
    std::optional<RequestExtension> extension;
    QList<RequestConsultation> consultations;
    QString department; // 承办部门
    RequestStatus status = RequestStatus::Registered;
    std::optional<RequestReply> reply;
    std::optional<int> carriedFromYear;
    QList<RequestHistoryEntry> history;

    [[nodiscard]] RequestChannel channel() const { return receipt.channel; }
    [[nodiscard]] bool isOpen() const { return status != RequestStatus::Answered; }
    // What RequestDeadline judges.
    [[nodiscard]] RequestTimeline timeline() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool operator==(const DisclosureRequest &) const = default;
};

class DisclosureRequests
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosureRequests)
public:
    // Reads and checks a payload; a refusal names the field in Chinese (Error::detail: its key).
    [[nodiscard]] static Core::Result<DisclosureRequest> fromJson(const QJsonObject &json);
    // The rules every stored request keeps (see fromJson); a refusal names the field.
    [[nodiscard]] static Core::Result<> validate(const DisclosureRequest &request);

    [[nodiscard]] static QString statusKey(RequestStatus status);
    [[nodiscard]] static std::optional<RequestStatus> statusFromKey(QStringView key);
    [[nodiscard]] static QString channelKey(RequestChannel channel);
    [[nodiscard]] static std::optional<RequestChannel> channelFromKey(QStringView key);
    // The field's Chinese label (申请人, 收到申请日期 …) for refusals and the conflict dialog.
    [[nodiscard]] static QString fieldLabel(const QString &key);
};

} // namespace GovDesk::Disclosure
