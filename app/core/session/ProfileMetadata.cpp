#include "ProfileMetadata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace GovDesk::Core {

namespace {
const QString FormatTag = QStringLiteral("govdesk-profile");

QString toText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QString ProfileMetadata::databaseFileName() const
{
    return QStringLiteral("store-%1.gddb").arg(generation);
}

QJsonObject ProfileMetadata::toJson() const
{
    QJsonArray unrecorded;
    for (const QDateTime &time : unrecordedFailedUnlocks)
        unrecorded.append(toText(time));
    return {{QStringLiteral("format"), FormatTag},
            {QStringLiteral("formatVersion"), FormatVersion},
            {QStringLiteral("id"), id},
            {QStringLiteral("kind"), isDemo() ? QStringLiteral("demo") : QStringLiteral("regular")},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("serverUrl"), serverUrl},
            {QStringLiteral("createdAt"), toText(createdAt)},
            {QStringLiteral("lastUsedAt"), toText(lastUsedAt)},
            {QStringLiteral("kdf"), kdf.toJson()},
            {QStringLiteral("keyCheck"), QString::fromLatin1(keyCheck.toBase64())},
            {QStringLiteral("generation"), generation},
            {QStringLiteral("failedUnlocks"), failedUnlocks},
            {QStringLiteral("lastFailedUnlockAt"), toText(lastFailedUnlockAt)},
            {QStringLiteral("unrecordedFailedUnlocks"), unrecorded},
            {QStringLiteral("autoLockMinutes"), autoLockMinutes},
            {QStringLiteral("auditAnchor"),
             QJsonObject{{QStringLiteral("sequence"), auditAnchorSequence},
                         {QStringLiteral("hash"), QString::fromLatin1(auditAnchorHash)}}}};
}

Result<ProfileMetadata> ProfileMetadata::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != FormatTag)
        return fail(ErrorCode::NotGovDeskDatabase, tr("This is not a GovDesk profile."));
    if (json.value(QStringLiteral("formatVersion")).toInt() > FormatVersion)
        return fail(ErrorCode::NotGovDeskDatabase,
                    tr("This profile was written by a newer GovDesk; please update GovDesk."));
    auto kdf = KdfParameters::fromJson(json.value(QStringLiteral("kdf")).toObject());
    if (!kdf)
        return std::unexpected(kdf.error());
    ProfileMetadata m;
    m.id = json.value(QStringLiteral("id")).toString();
    m.kind = json.value(QStringLiteral("kind")).toString() == QStringLiteral("demo") ? ProfileKind::Demo
                                                                                    : ProfileKind::Regular;
    m.displayName = json.value(QStringLiteral("displayName")).toString();
    m.organisation = json.value(QStringLiteral("organisation")).toString();
    m.serverUrl = json.value(QStringLiteral("serverUrl")).toString();
    m.createdAt = fromText(json.value(QStringLiteral("createdAt")));
    m.lastUsedAt = fromText(json.value(QStringLiteral("lastUsedAt")));
    m.kdf = *kdf;
    m.keyCheck = QByteArray::fromBase64(json.value(QStringLiteral("keyCheck")).toString().toLatin1());
    m.generation = json.value(QStringLiteral("generation")).toInt(1);
    m.failedUnlocks = json.value(QStringLiteral("failedUnlocks")).toInt();
    m.lastFailedUnlockAt = fromText(json.value(QStringLiteral("lastFailedUnlockAt")));
    for (const QJsonValue &value : json.value(QStringLiteral("unrecordedFailedUnlocks")).toArray())
        m.unrecordedFailedUnlocks.append(fromText(value));
    m.autoLockMinutes = json.value(QStringLiteral("autoLockMinutes")).toInt(10);
    const QJsonObject anchor = json.value(QStringLiteral("auditAnchor")).toObject();
    m.auditAnchorSequence = anchor.value(QStringLiteral("sequence")).toInteger();
    m.auditAnchorHash = anchor.value(QStringLiteral("hash")).toString().toLatin1();
    if (m.id.isEmpty() || m.keyCheck.size() != 32 || m.generation < 1)
        return fail(ErrorCode::Corrupt, tr("The profile description is damaged."),
                    QStringLiteral("missing id, key check or generation"));
    return m;
}

Result<ProfileMetadata> ProfileMetadata::load(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The profile description %1 cannot be read.").arg(filePath),
                    file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(ErrorCode::Corrupt, tr("The profile description is damaged."), parseError.errorString());
    return fromJson(document.object());
}

Result<> ProfileMetadata::save(const QString &filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The profile description cannot be written."), file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("The profile description cannot be written."), file.errorString());
    return {};
}

} // namespace GovDesk::Core
