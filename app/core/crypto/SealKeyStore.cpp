#include "SealKeyStore.h"

#include "Logging.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2Signature.h"
#include "settings/ProfileSettings.h"

#include <QJsonDocument>

namespace GovDesk::Core {

namespace {

const QString Scope = QStringLiteral("core");
const QString SealKey = QStringLiteral("seal/key");
const QString AuthorityKey = QStringLiteral("seal/authority");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject toJson(const SealKeyMaterial &material)
{
    return {{key("sealId"), material.sealId},
            {key("sealName"), material.sealName},
            {key("organisation"), material.organisationId},
            {key("certificate"), QString::fromLatin1(material.certificatePem)},
            {key("privateKey"), QString::fromLatin1(material.privateKeyPem)},
            {key("authorityCertificate"), QString::fromLatin1(material.authorityCertificatePem)}};
}

SealKeyMaterial fromJson(const QJsonObject &json)
{
    return {.sealId = json.value(key("sealId")).toString(),
            .sealName = json.value(key("sealName")).toString(),
            .organisationId = json.value(key("organisation")).toString(),
            .certificatePem = json.value(key("certificate")).toString().toLatin1(),
            .privateKeyPem = json.value(key("privateKey")).toString().toLatin1(),
            .authorityCertificatePem = json.value(key("authorityCertificate")).toString().toLatin1()};
}

} // namespace

Result<SealKeyMaterial> SealKeyStore::fromServerAnswer(const QJsonObject &answer, const QDateTime &now)
{
    const SealKeyMaterial material = fromJson(answer);
    if (material.sealId.isEmpty() || material.certificatePem.isEmpty() || material.privateKeyPem.isEmpty()
        || material.authorityCertificatePem.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The server's answer holds no complete seal."),
                          QStringLiteral("missing field in /v1/seal answer"));
    auto check = SealCertificate::check(material.certificatePem, material.authorityCertificatePem, now);
    if (!check)
        return std::unexpected(check.error());
    if (!check->isValid())
        return fail(
            ErrorCode::Crypto,
            tr("The seal of %1 from the server is not valid; ask the administrator to issue it again.")
                .arg(material.sealName),
            check->detail);
    auto signer = Sm2Signer::fromPrivateKeyPem(material.privateKeyPem);
    if (!signer)
        return std::unexpected(signer.error());
    const QByteArray probe = "GovDesk seal key check " + material.sealId.toUtf8();
    auto signature = signer->sign(probe);
    if (!signature)
        return std::unexpected(signature.error());
    auto verifier = Sm2Verifier::fromCertificatePem(material.certificatePem);
    if (!verifier)
        return std::unexpected(verifier.error());
    if (!verifier->verify(probe, *signature).value_or(false))
        return fail(ErrorCode::Crypto,
                          tr("The seal key of %1 does not match its certificate; fetch the seal again.")
                              .arg(material.sealName),
                          QStringLiteral("key does not match certificate"));
    return material;
}

Result<> SealKeyStore::store(Database &db, const SealKeyMaterial &key)
{
    GD_TRY(storeAuthority(db, key.authorityCertificatePem));
    GD_TRY(ProfileSettings(db).setValue(Scope, SealKey,
                              QString::fromUtf8(QJsonDocument(toJson(key)).toJson(QJsonDocument::Compact))));
    qCInfo(lcCrypto).noquote() << "stored seal" << key.sealId;
    return {};
}

Result<std::optional<SealKeyMaterial>> SealKeyStore::load(Database &db)
{
    auto stored = ProfileSettings(db).value(Scope, SealKey);
    if (!stored)
        return std::unexpected(stored.error());
    const QString text = stored->toString();
    if (text.isEmpty())
        return std::optional<SealKeyMaterial>();
    return std::optional<SealKeyMaterial>(fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
}

Result<> SealKeyStore::forget(Database &db)
{
    return ProfileSettings(db).remove(Scope, SealKey);
}

Result<> SealKeyStore::storeAuthority(Database &db, const QByteArray &certificatePem)
{
    if (!SealCertificate::inspect(certificatePem))
        return fail(ErrorCode::InvalidArgument,
                          tr("The seal CA certificate from the server cannot be read."));
    return ProfileSettings(db).setValue(Scope, AuthorityKey, QString::fromLatin1(certificatePem));
}

Result<QByteArray> SealKeyStore::authority(Database &db)
{
    auto stored = ProfileSettings(db).value(Scope, AuthorityKey);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->toString().toLatin1();
}

} // namespace GovDesk::Core
