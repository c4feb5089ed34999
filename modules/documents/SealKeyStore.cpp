#include "SealKeyStore.h"

#include "DocumentsLogging.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2Signature.h"
#include "module/ModuleContext.h"

#include <QJsonDocument>

namespace GovDesk::Documents {

namespace {

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

Core::Result<SealKeyMaterial> SealKeyStore::fromServerAnswer(const QJsonObject &answer, const QDateTime &now)
{
    const SealKeyMaterial material = fromJson(answer);
    if (material.sealId.isEmpty() || material.certificatePem.isEmpty() || material.privateKeyPem.isEmpty()
        || material.authorityCertificatePem.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument, tr("The server's answer holds no complete seal."),
                          QStringLiteral("missing field in /v1/seal answer"));
    auto check = Core::SealCertificate::check(material.certificatePem, material.authorityCertificatePem, now);
    if (!check)
        return std::unexpected(check.error());
    if (!check->isValid())
        return Core::fail(
            Core::ErrorCode::Crypto,
            tr("The seal of %1 from the server is not valid; ask the administrator to issue it again.")
                .arg(material.sealName),
            check->detail);
    auto signer = Core::Sm2Signer::fromPrivateKeyPem(material.privateKeyPem);
    if (!signer)
        return std::unexpected(signer.error());
    const QByteArray probe = "GovDesk seal key check " + material.sealId.toUtf8();
    auto signature = signer->sign(probe);
    if (!signature)
        return std::unexpected(signature.error());
    auto verifier = Core::Sm2Verifier::fromCertificatePem(material.certificatePem);
    if (!verifier)
        return std::unexpected(verifier.error());
    if (!verifier->verify(probe, *signature).value_or(false))
        return Core::fail(Core::ErrorCode::Crypto,
                          tr("The seal key of %1 does not match its certificate; fetch the seal again.")
                              .arg(material.sealName),
                          QStringLiteral("key does not match certificate"));
    return material;
}

Core::Result<> SealKeyStore::store(Core::ModuleContext &context, const SealKeyMaterial &key)
{
    GD_TRY(storeAuthority(context, key.authorityCertificatePem));
    GD_TRY(context.setSetting(SealKey,
                              QString::fromUtf8(QJsonDocument(toJson(key)).toJson(QJsonDocument::Compact))));
    qCInfo(lcDocuments).noquote() << "stored seal" << key.sealId;
    return {};
}

Core::Result<std::optional<SealKeyMaterial>> SealKeyStore::load(const Core::ModuleContext &context)
{
    auto stored = context.setting(SealKey);
    if (!stored)
        return std::unexpected(stored.error());
    const QString text = stored->toString();
    if (text.isEmpty())
        return std::optional<SealKeyMaterial>();
    return std::optional<SealKeyMaterial>(fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
}

Core::Result<> SealKeyStore::forget(Core::ModuleContext &context)
{
    return context.setSetting(SealKey, QString());
}

Core::Result<> SealKeyStore::storeAuthority(Core::ModuleContext &context, const QByteArray &certificatePem)
{
    if (!Core::SealCertificate::inspect(certificatePem))
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("The seal CA certificate from the server cannot be read."));
    return context.setSetting(AuthorityKey, QString::fromLatin1(certificatePem));
}

Core::Result<QByteArray> SealKeyStore::authority(const Core::ModuleContext &context)
{
    auto stored = context.setting(AuthorityKey);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->toString().toLatin1();
}

} // namespace GovDesk::Documents
