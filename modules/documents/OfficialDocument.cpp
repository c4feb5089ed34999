#include "OfficialDocument.h"

#include "DocumentsLogging.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace GovDesk::Documents {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            list.append(item.toString());
    }
    return list;
}

void insertIfSet(QJsonObject &payload, const char *name, const QString &value)
{
    if (!value.isEmpty())
        payload.insert(key(name), value);
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

std::expected<DocumentNumber, DocumentNumberError> OfficialDocument::number() const
{
    if (isPendingNumber())
        return DocumentNumber();
    return DocumentNumber::parse(documentNumber);
}

QStringList OfficialDocument::recipientIds() const
{
    QStringList all = mainRecipientIds + copyToIds;
    all.removeDuplicates();
    return all;
}

QStringList OfficialDocument::organisations() const
{
    QStringList all = mainRecipients + copyTo;
    all.removeDuplicates();
    return all;
}

QJsonObject OfficialDocument::toPayload() const
{
    QJsonObject payload{
        {key("classification"), securityLevelName(classification)},
        {key("urgency"), urgencyName(urgency)},
        {key("issuerMark"), issuerMark},
        {key("documentNumber"), documentNumber.trimmed()},
        {key("signers"), toArray(signers)},
        {key("type"), typeName(type)},
        {key("title"), title},
        {key("mainRecipients"), toArray(mainRecipients)},
        {key("body"), body},
        {key("attachmentNotes"), toArray(attachmentNotes)},
        {key("issuerName"), issuerName},
        {key("remark"), remark},
        {key("copyTo"), toArray(copyTo)},
        {key("printedBy"), printedBy},
    };
    if (!mainRecipientIds.isEmpty())
        payload.insert(key("mainRecipientIds"), toArray(mainRecipientIds));
    if (!copyToIds.isEmpty())
        payload.insert(key("copyToIds"), toArray(copyToIds));
    insertIfSet(payload, "copyNumber", copyNumber);
    insertIfSet(payload, "attendees", attendees);
    insertIfSet(payload, "onLeave", onLeave);
    insertIfSet(payload, "observers", observers);
    insertIfSet(payload, "secrecyPeriod", secrecyPeriod.toString());
    if (direction && *direction != directionOf(type))
        payload.insert(key("direction"), directionName(*direction));
    if (issuedOn.isValid())
        payload.insert(key("issuedOn"), issuedOn.toString(Qt::ISODate));
    if (printedOn.isValid())
        payload.insert(key("printedOn"), printedOn.toString(Qt::ISODate));
    if (seal.sealed || !seal.sealId.isEmpty()) {
        QJsonObject sealObject{{key("sealed"), seal.sealed}, {key("sealId"), seal.sealId}};
        if (!seal.signature.isEmpty())
            sealObject.insert(key("signature"), seal.signature);
        payload.insert(key("seal"), sealObject);
    }
    QJsonArray attachmentArray;
    for (const Core::AttachmentRef &attachment : attachments) {
        QJsonObject entry{{key("sha256"), attachment.sha256}, {key("name"), attachment.name}};
        if (attachment.size >= 0)
            entry.insert(key("size"), attachment.size);
        attachmentArray.append(entry);
    }
    payload.insert(key("attachments"), attachmentArray);
    return payload;
}

OfficialDocument OfficialDocument::fromPayload(const QJsonObject &payload)
{
    OfficialDocument document;
    document.copyNumber = payload.value(key("copyNumber")).toString();
    const QString level = payload.value(key("classification")).toString();
    if (auto parsed = securityLevelFromName(level))
        document.classification = *parsed;
    else
        qCWarning(lcDocuments) << "unknown classification in payload:" << level;
    const QString period = payload.value(key("secrecyPeriod")).toString();
    if (auto parsed = SecrecyPeriod::fromString(period))
        document.secrecyPeriod = *parsed;
    else
        qCWarning(lcDocuments) << "unreadable secrecy period in payload:" << period;
    const QString urgency = payload.value(key("urgency")).toString();
    if (auto parsed = urgencyFromName(urgency))
        document.urgency = *parsed;
    else
        qCWarning(lcDocuments) << "unknown urgency in payload:" << urgency;
    document.issuerMark = payload.value(key("issuerMark")).toString();
    document.documentNumber = payload.value(key("documentNumber")).toString();
    document.signers = toList(payload.value(key("signers")));
    const QString type = payload.value(key("type")).toString();
    if (auto parsed = typeFromName(type))
        document.type = *parsed;
    else if (!type.isEmpty())
        qCWarning(lcDocuments) << "unknown document type in payload:" << type;
    if (payload.contains(key("direction")))
        document.direction = directionFromName(payload.value(key("direction")).toString());

    document.title = payload.value(key("title")).toString();
    document.mainRecipients = toList(payload.value(key("mainRecipients")));
    document.body = payload.value(key("body")).toString();
    document.attachmentNotes = toList(payload.value(key("attachmentNotes")));
    document.issuerName = payload.value(key("issuerName")).toString();
    document.issuedOn = dateOf(payload.value(key("issuedOn")));
    const QJsonObject seal = payload.value(key("seal")).toObject();
    document.seal = {.sealed = seal.value(key("sealed")).toBool(),
                     .sealId = seal.value(key("sealId")).toString(),
                     .signature = seal.value(key("signature")).toObject()};
    document.remark = payload.value(key("remark")).toString();
    document.attendees = payload.value(key("attendees")).toString();
    document.onLeave = payload.value(key("onLeave")).toString();
    document.observers = payload.value(key("observers")).toString();
    document.attachments = Core::BlobReferences::of(payload);

    document.copyTo = toList(payload.value(key("copyTo")));
    document.printedBy = payload.value(key("printedBy")).toString();
    document.printedOn = dateOf(payload.value(key("printedOn")));
    document.mainRecipientIds = toList(payload.value(key("mainRecipientIds")));
    document.copyToIds = toList(payload.value(key("copyToIds")));
    return document;
}

QJsonObject OfficialDocument::upgradePayload(const QJsonObject &payload, int fromVersion)
{
    if (fromVersion != 1)
        return payload;
    QJsonObject upgraded = payload;
    // Version 1 held 主送机关 as the line printed on the page. Organisations are separated by
    // commas there; 、 stays, as it joins parts of one name (「各县、区人民政府」).
    const QJsonValue recipients = payload.value(key("mainRecipients"));
    if (recipients.isString()) {
        static const QRegularExpression commas(QStringLiteral("[，,；;]"));
        QStringList names = recipients.toString().split(commas, Qt::SkipEmptyParts);
        for (QString &name : names)
            name = name.trimmed();
        names.removeAll(QString());
        upgraded.insert(key("mainRecipients"), QJsonArray::fromStringList(names));
    }
    if (payload.contains(key("signer"))) {
        const QString signer = payload.value(key("signer")).toString().trimmed();
        upgraded.insert(key("signers"), signer.isEmpty() ? QJsonArray() : QJsonArray{signer});
        upgraded.remove(key("signer"));
    }
    // Version 1 knew no 文种: every demo document was a 通知 or a 报告, and the title says which.
    if (!payload.contains(key("type"))) {
        const QString title = payload.value(key("title")).toString();
        DocumentType guessed = DocumentType::Notice;
        for (DocumentType type : allDocumentTypes()) {
            if (title.endsWith(typeName(type)))
                guessed = type;
        }
        upgraded.insert(key("type"), typeName(guessed));
    }
    return upgraded;
}

bool OfficialDocument::operator==(const OfficialDocument &other) const
{
    const auto sameAttachments = [&] {
        if (attachments.size() != other.attachments.size())
            return false;
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const auto &a = attachments.at(i);
            const auto &b = other.attachments.at(i);
            if (a.sha256 != b.sha256 || a.name != b.name || a.size != b.size)
                return false;
        }
        return true;
    };
    return copyNumber == other.copyNumber && classification == other.classification
           && secrecyPeriod == other.secrecyPeriod && urgency == other.urgency
           && issuerMark == other.issuerMark && documentNumber == other.documentNumber
           && signers == other.signers && type == other.type
           && effectiveDirection() == other.effectiveDirection() && title == other.title
           && mainRecipients == other.mainRecipients && body == other.body
           && attachmentNotes == other.attachmentNotes && issuerName == other.issuerName
           && issuedOn == other.issuedOn && seal == other.seal && remark == other.remark && sameAttachments()
           && attendees == other.attendees && onLeave == other.onLeave && observers == other.observers
           && copyTo == other.copyTo && printedBy == other.printedBy && printedOn == other.printedOn
           && mainRecipientIds == other.mainRecipientIds && copyToIds == other.copyToIds;
}

} // namespace GovDesk::Documents
