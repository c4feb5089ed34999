#include "DocumentSealer.h"

#include "DocumentCanonicalForm.h"
#include "DocumentsLogging.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2Signature.h"

namespace GovDesk::Documents {

namespace {

Core::Result<QString> sm3Hex(const QByteArray &bytes)
{
    auto digest = Core::Sm2Crypto::sm3(bytes);
    if (!digest)
        return std::unexpected(digest.error());
    return QString::fromLatin1(digest->toHex());
}

} // namespace

Core::Result<SealRecord> DocumentSealer::sign(const OfficialDocument &document, const SealKeyMaterial &key,
                                              const SealSigner &signer, const QDateTime &at)
{
    // Seconds only: the time is written to the seal without fractions, and signed as written.
    const QDateTime signedAt = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    auto check = Core::SealCertificate::check(key.certificatePem, key.authorityCertificatePem, signedAt);
    if (!check)
        return std::unexpected(check.error());
    if (!check->isValid())
        return Core::fail(
            Core::ErrorCode::Crypto,
            tr("The seal certificate of %1 is not valid now; ask the administrator to issue the seal "
               "again.")
                .arg(key.sealName),
            check->detail);
    auto certificate = Core::SealCertificate::inspect(key.certificatePem);
    if (!certificate)
        return std::unexpected(certificate.error());

    SealRecord record;
    record.sealId = key.sealId;
    record.sealName = key.sealName;
    record.organisationId = key.organisationId;
    record.validStart = certificate->notBefore;
    record.validEnd = certificate->notAfter;
    record.signedAt = signedAt;
    record.propertyInfo = QString::fromLatin1(DocumentCanonicalForm::Version);
    auto dataHash = sm3Hex(DocumentCanonicalForm::bytes(document));
    if (!dataHash)
        return std::unexpected(dataHash.error());
    record.dataHash = *dataHash;
    for (const CanonicalPart &part : DocumentCanonicalForm::parts(document)) {
        auto checkValue = sm3Hex(part.value);
        if (!checkValue)
            return std::unexpected(checkValue.error());
        record.references.append({part.id, *checkValue});
    }
    record.signerUserId = signer.userId;
    record.signerName = signer.name;
    record.certificatePem = key.certificatePem;
    record.signatureAlgorithm = QString::fromLatin1(Core::Sm2::SignatureAlgorithmOid);
    record.digestAlgorithm = QString::fromLatin1(Core::Sm2::DigestAlgorithmOid);

    auto signing = Core::Sm2Signer::fromPrivateKeyPem(key.privateKeyPem);
    if (!signing)
        return std::unexpected(signing.error());
    const QByteArray message = record.toBeSigned();
    auto signature = signing->sign(message);
    if (!signature)
        return std::unexpected(signature.error());
    // A key that does not belong to the certificate would make a seal nobody can verify.
    auto verifier = Core::Sm2Verifier::fromCertificatePem(key.certificatePem);
    if (!verifier)
        return std::unexpected(verifier.error());
    auto verified = verifier->verify(message, *signature);
    if (!verified)
        return std::unexpected(verified.error());
    if (!*verified)
        return Core::fail(
            Core::ErrorCode::Crypto,
            tr("The seal key of %1 does not match its certificate; fetch the seal again.").arg(key.sealName),
            QStringLiteral("private key does not match certificate %1").arg(certificate->sha256Fingerprint));
    record.signature = *signature;
    qCInfo(lcDocuments).noquote() << "sealed with" << key.sealId << "certificate"
                                  << certificate->sha256Fingerprint;
    return record;
}

Core::Result<OfficialDocument> DocumentSealer::seal(const OfficialDocument &document,
                                                    const SealKeyMaterial &key, const SealSigner &signer,
                                                    const QDateTime &at)
{
    auto record = sign(document, key, signer, at);
    if (!record)
        return std::unexpected(record.error());
    OfficialDocument sealed = document;
    sealed.seal = {.sealed = true, .sealId = key.sealId, .signature = record->toJson()};
    return sealed;
}

} // namespace GovDesk::Documents
