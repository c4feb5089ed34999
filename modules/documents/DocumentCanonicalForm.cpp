#include "DocumentCanonicalForm.h"

#include <utility>

namespace GovDesk::Documents {

namespace {

QByteArray listValue(const QStringList &items)
{
    QByteArray value;
    for (const QString &item : items) {
        const QByteArray utf8 = item.toUtf8();
        value += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return value;
}

QByteArray dateValue(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

QByteArray attachmentValue(const Core::AttachmentRef &attachment)
{
    return "sha256:" + attachment.sha256.toUtf8() + "\nname:" + attachment.name.toUtf8()
           + "\nsize:" + QByteArray::number(attachment.size);
}

} // namespace

QList<CanonicalPart> DocumentCanonicalForm::parts(const OfficialDocument &document)
{
    const auto text = [](const QString &value) {
        return value.toUtf8();
    };
    QList<CanonicalPart> parts{
        {QStringLiteral("copyNumber"), text(document.copyNumber)},
        {QStringLiteral("classification"), text(securityLevelName(document.classification))},
        {QStringLiteral("secrecyPeriod"), text(document.secrecyPeriod.toString())},
        {QStringLiteral("urgency"), text(urgencyName(document.urgency))},
        {QStringLiteral("issuerMark"), text(document.issuerMark)},
        {QStringLiteral("documentNumber"), text(document.documentNumber.trimmed())},
        {QStringLiteral("signers"), listValue(document.signers)},
        {QStringLiteral("type"), text(typeName(document.type))},
        {QStringLiteral("direction"), text(directionName(document.effectiveDirection()))},
        {QStringLiteral("title"), text(document.title)},
        {QStringLiteral("mainRecipients"), listValue(document.mainRecipients)},
        {QStringLiteral("body"), text(document.body)},
        {QStringLiteral("attachmentNotes"), listValue(document.attachmentNotes)},
        {QStringLiteral("issuerName"), text(document.issuerName)},
        {QStringLiteral("issuedOn"), dateValue(document.issuedOn)},
        {QStringLiteral("remark"), text(document.remark)},
        {QStringLiteral("copyTo"), listValue(document.copyTo)},
        {QStringLiteral("printedBy"), text(document.printedBy)},
        {QStringLiteral("printedOn"), dateValue(document.printedOn)},
    };
    // The 纪要's lists came later: only when present, so every form made before is unchanged.
    for (const auto &[id, value] : {std::pair{QStringLiteral("attendees"), document.attendees},
                                    std::pair{QStringLiteral("onLeave"), document.onLeave},
                                    std::pair{QStringLiteral("observers"), document.observers}}) {
        if (!value.isEmpty())
            parts.append({id, text(value)});
    }
    for (qsizetype i = 0; i < document.attachments.size(); ++i)
        parts.append({QLatin1String(AttachmentPrefix) + QString::number(i + 1),
                      attachmentValue(document.attachments.at(i))});
    return parts;
}

QByteArray DocumentCanonicalForm::encode(const QString &id, const QByteArray &value)
{
    return id.toUtf8() + ':' + QByteArray::number(value.size()) + '\n' + value + '\n';
}

QByteArray DocumentCanonicalForm::bytes(const OfficialDocument &document)
{
    QByteArray form = QByteArray(Version) + '\n';
    for (const CanonicalPart &part : parts(document))
        form += encode(part.id, part.value);
    return form;
}

int DocumentCanonicalForm::attachmentNumber(const QString &id)
{
    if (!id.startsWith(QLatin1String(AttachmentPrefix)))
        return 0;
    bool ok = false;
    const int number = id.mid(qsizetype(sizeof AttachmentPrefix) - 1).toInt(&ok);
    return ok && number > 0 ? number : 0;
}

} // namespace GovDesk::Documents
