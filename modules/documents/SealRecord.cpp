#include "SealRecord.h"

#include "DocumentCanonicalForm.h"

#include <QJsonArray>

namespace GovDesk::Documents {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool isHex(const QString &text, qsizetype size)
{
    if (text.size() != size)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

QJsonObject SealRecord::toJson() const
{
    QJsonArray referenceArray;
    for (const SealPartDigest &reference : references)
        referenceArray.append(
            QJsonObject{{key("part"), reference.part}, {key("checkValue"), reference.checkValue}});
    const QJsonObject property{{key("type"), OrganisationSeal},
                               {key("name"), sealName},
                               {key("organisation"), organisationId},
                               {key("validStart"), timeText(validStart)},
                               {key("validEnd"), timeText(validEnd)}};
    const QJsonObject eseal{
        {key("header"),
         QJsonObject{{key("id"), key("ES")}, {key("version"), Version}, {key("vid"), key("GovDesk")}}},
        {key("esID"), sealId},
        {key("property"), property}};
    return {{key("version"), Version},
            {key("eseal"), eseal},
            {key("timeInfo"), timeText(signedAt)},
            {key("dataHash"), dataHash},
            {key("propertyInfo"), propertyInfo},
            {key("references"), referenceArray},
            {key("signer"), QJsonObject{{key("userId"), signerUserId}, {key("name"), signerName}}},
            {key("cert"), QString::fromLatin1(certificatePem)},
            {key("signatureAlgID"), signatureAlgorithm},
            {key("digestAlgID"), digestAlgorithm},
            {key("signature"), QString::fromLatin1(signature.toBase64())}};
}

Core::Result<SealRecord> SealRecord::fromJson(const QJsonObject &json)
{
    const auto damaged = [](const QString &what) {
        return Core::fail(Core::ErrorCode::Corrupt, tr("The seal data of this document is damaged."), what);
    };
    if (json.value(key("version")).toInt() != Version)
        return damaged(QStringLiteral("version %1").arg(json.value(key("version")).toVariant().toString()));
    const QJsonObject eseal = json.value(key("eseal")).toObject();
    const QJsonObject property = eseal.value(key("property")).toObject();
    SealRecord record;
    record.sealId = eseal.value(key("esID")).toString();
    record.sealName = property.value(key("name")).toString();
    record.organisationId = property.value(key("organisation")).toString();
    record.validStart = timeOf(property.value(key("validStart")));
    record.validEnd = timeOf(property.value(key("validEnd")));
    record.signedAt = timeOf(json.value(key("timeInfo")));
    record.dataHash = json.value(key("dataHash")).toString();
    record.propertyInfo = json.value(key("propertyInfo")).toString();
    for (const QJsonValue &value : json.value(key("references")).toArray()) {
        const QJsonObject reference = value.toObject();
        record.references.append(
            {reference.value(key("part")).toString(), reference.value(key("checkValue")).toString()});
        if (record.references.last().part.isEmpty() || !isHex(record.references.last().checkValue, 64))
            return damaged(QStringLiteral("reference %1").arg(record.references.size()));
    }
    const QJsonObject signer = json.value(key("signer")).toObject();
    record.signerUserId = signer.value(key("userId")).toString();
    record.signerName = signer.value(key("name")).toString();
    record.certificatePem = json.value(key("cert")).toString().toLatin1();
    record.signatureAlgorithm = json.value(key("signatureAlgID")).toString();
    record.digestAlgorithm = json.value(key("digestAlgID")).toString();
    record.signature = QByteArray::fromBase64(json.value(key("signature")).toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);

    if (record.sealId.isEmpty() || !record.signedAt.isValid() || !isHex(record.dataHash, 64)
        || record.references.isEmpty() || record.certificatePem.isEmpty() || record.signature.isEmpty())
        return damaged(QStringLiteral("missing field"));
    return record;
}

QByteArray SealRecord::toBeSigned() const
{
    const auto encode = [](const char *id, const QString &value) {
        return DocumentCanonicalForm::encode(QString::fromLatin1(id), value.toUtf8());
    };
    QByteArray bytes = "GovDesk-TBS_Sign/1\n";
    bytes += encode("version", QString::number(Version));
    bytes += encode("esID", sealId);
    bytes += encode("sealName", sealName);
    bytes += encode("organisation", organisationId);
    bytes += encode("validStart", timeText(validStart));
    bytes += encode("validEnd", timeText(validEnd));
    bytes += encode("timeInfo", timeText(signedAt));
    bytes += encode("signerUserId", signerUserId);
    bytes += encode("signerName", signerName);
    bytes += encode("propertyInfo", propertyInfo);
    bytes += encode("dataHash", dataHash);
    bytes += encode("cert", QString::fromLatin1(certificatePem));
    bytes += encode("signatureAlgID", signatureAlgorithm);
    bytes += encode("digestAlgID", digestAlgorithm);
    for (const SealPartDigest &reference : references)
        bytes += DocumentCanonicalForm::encode(QStringLiteral("reference.") + reference.part,
                                               reference.checkValue.toLatin1());
    return bytes;
}

} // namespace GovDesk::Documents
