#include "DeliveryStatus.h"

namespace GovDesk::Documents {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("待发送");
    case DeliveryState::Delivered:
        return QStringLiteral("已送达");
    case DeliveryState::SignedFor:
        return QStringLiteral("已签收");
    case DeliveryState::SentBack:
        return QStringLiteral("已退回");
    }
    return {};
}

QJsonObject Receipt::toPayload() const
{
    QJsonObject payload{{key("documentId"), documentId},
                        {key("status"), returned ? key("returned") : key("received")},
                        {key("receivedAt"), at.toUTC().toString(Qt::ISODate)},
                        {key("by"), by}};
    if (!reason.isEmpty())
        payload.insert(key("reason"), reason);
    return payload;
}

std::optional<Receipt> Receipt::fromPayload(const QJsonObject &payload, const QString &owner)
{
    Receipt receipt;
    receipt.documentId = payload.value(key("documentId")).toString();
    const QString status = payload.value(key("status")).toString();
    if (receipt.documentId.isEmpty()
        || (status != QLatin1String("received") && status != QLatin1String("returned")))
        return std::nullopt;
    receipt.organisation = owner;
    receipt.returned = status == QLatin1String("returned");
    receipt.at = QDateTime::fromString(payload.value(key("receivedAt")).toString(), Qt::ISODate);
    receipt.by = payload.value(key("by")).toString();
    receipt.reason = payload.value(key("reason")).toString();
    return receipt;
}

QList<RecipientDelivery> deliveryStates(const QString &documentId, const QStringList &recipients,
                                        bool acknowledged, const QList<Receipt> &receipts)
{
    QList<RecipientDelivery> states;
    for (const QString &organisation : recipients) {
        RecipientDelivery delivery{.organisation = organisation,
                                   .state = acknowledged ? DeliveryState::Delivered : DeliveryState::Pending};
        const Receipt *latest = nullptr;
        for (const Receipt &receipt : receipts) {
            if (receipt.documentId != documentId || receipt.organisation != organisation)
                continue;
            if (!latest || receipt.at > latest->at)
                latest = &receipt;
        }
        if (latest) {
            delivery.state = latest->returned ? DeliveryState::SentBack : DeliveryState::SignedFor;
            delivery.at = latest->at;
            delivery.person = latest->by;
            delivery.reason = latest->reason;
        }
        states.append(delivery);
    }
    return states;
}

} // namespace GovDesk::Documents
