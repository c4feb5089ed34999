// DeliveryStatus: what the sender sees per recipient organisation — 待发送, 已送达, 已签收, 已退回.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace GovDesk::Documents {

// 已发送 of the exchange standard is not a state of its own here: govdesk-syncd routes a record to
// its recipients in the transaction that accepts the push, so acknowledged means delivered.
enum class DeliveryState {
    Pending,   // 待发送: waiting in the outbox (offline, or not yet synced)
    Delivered, // 已送达: the server accepted it and routed it to the recipient
    SignedFor, // 已签收: the recipient's 回执 (time, person)
    SentBack,  // 已退回: the recipient returned it (reason)
};

[[nodiscard]] QString deliveryStateName(DeliveryState state);

// A 回执, as the recipient writes it into documents.receipt (docs/sync-protocol.md):
// {"documentId": …, "status": "received" | "returned", "receivedAt": ISO, "by": "陈静", "reason": …}.
// The organisation is the receipt record's owner, which the server sets.
struct Receipt
{
    QString documentId;
    QString organisation;
    bool returned = false;
    QDateTime at;
    QString by;
    QString reason;

    [[nodiscard]] QJsonObject toPayload() const;
    // nullopt for a payload that is not a receipt (no document, unknown status).
    [[nodiscard]] static std::optional<Receipt> fromPayload(const QJsonObject &payload, const QString &owner);
};

struct RecipientDelivery
{
    QString organisation;     // id
    QString organisationName; // as the directory names it (DocumentHandling::deliveries)
    DeliveryState state = DeliveryState::Pending;
    QDateTime at;   // 签收 or 退回 time
    QString person; // who signed for it or sent it back
    QString reason; // 退回

    [[nodiscard]] bool operator==(const RecipientDelivery &) const = default;
};

// One entry per recipient, in the record's order. `acknowledged`: the server has the record
// (a revision, no change waiting). A receipt counts only for the organisation that wrote it;
// the latest receipt of an organisation wins (签收 after an earlier 退回 of a corrected copy).
[[nodiscard]] QList<RecipientDelivery> deliveryStates(const QString &documentId,
                                                      const QStringList &recipients, bool acknowledged,
                                                      const QList<Receipt> &receipts);

} // namespace GovDesk::Documents
