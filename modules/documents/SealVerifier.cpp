#include "SealVerifier.h"

#include "DocumentCanonicalForm.h"
#include "DocumentElement.h"
#include "DocumentsLogging.h"
#include "crypto/Sm2Signature.h"

#include <QHash>

namespace GovDesk::Documents {

namespace {

CertificateProblem problemOf(Core::CertificateVerdict verdict)
{
    switch (verdict) {
    case Core::CertificateVerdict::Valid:
        return CertificateProblem::None;
    case Core::CertificateVerdict::NotIssuedByAuthority:
        return CertificateProblem::NotIssuedByAuthority;
    case Core::CertificateVerdict::Expired:
    case Core::CertificateVerdict::NotYetValid:
        return CertificateProblem::Expired;
    case Core::CertificateVerdict::Unusable:
        break;
    }
    return CertificateProblem::Unusable;
}

// Which parts differ between the sealed digests and the document now, in canonical order
// (the document's parts first, then sealed parts the document no longer has).
Core::Result<QStringList> changedParts(const OfficialDocument &document, const QList<SealPartDigest> &sealed)
{
    QHash<QString, QString> sealedByPart;
    for (const SealPartDigest &reference : sealed)
        sealedByPart.insert(reference.part, reference.checkValue);
    QStringList changed;
    QSet<QString> seen;
    for (const CanonicalPart &part : DocumentCanonicalForm::parts(document)) {
        auto digest = Core::Sm2Crypto::sm3(part.value);
        if (!digest)
            return std::unexpected(digest.error());
        seen.insert(part.id);
        if (sealedByPart.value(part.id) != QString::fromLatin1(digest->toHex()))
            changed.append(part.id);
    }
    for (const SealPartDigest &reference : sealed) {
        if (!seen.contains(reference.part))
            changed.append(reference.part);
    }
    return changed;
}

} // namespace

QString SealVerification::statusText() const
{
    switch (status) {
    case SealStatus::Unsealed:
        return tr("Not sealed");
    case SealStatus::Valid:
        return tr("Valid");
    case SealStatus::Tampered:
        return tr("Tampered with");
    case SealStatus::CertificateInvalid:
        return tr("Certificate invalid");
    }
    return {};
}

QStringList SealVerification::changedElementNames() const
{
    QStringList names;
    for (const QString &part : changedParts) {
        if (const int number = DocumentCanonicalForm::attachmentNumber(part)) {
            const QString name = attachmentNames.value(number - 1);
            //: 附件2（附件2.pdf）: an attachment by its number and file name
            names.append(name.isEmpty() ? tr("Attachment %1").arg(number)
                                        : tr("Attachment %1 (%2)").arg(number).arg(name));
        } else if (part == QStringLiteral("direction")) {
            names.append(QStringLiteral("行文方向"));
        } else if (const auto element = DocumentElements::fromPayloadKey(part)) {
            names.append(DocumentElements::chineseName(*element));
        } else {
            names.append(part);
        }
    }
    return names;
}

QString SealVerification::explanation() const
{
    switch (status) {
    case SealStatus::Unsealed:
    case SealStatus::Valid:
        return {};
    case SealStatus::Tampered:
        if (sealDataAltered)
            return tr("The seal's own data was altered: its signature does not match.");
        //: %1 lists elements: 标题、正文、附件2（附件2.pdf）
        return tr("Changed after sealing: %1.").arg(changedElementNames().join(QStringLiteral("、")));
    case SealStatus::CertificateInvalid:
        switch (certificateProblem) {
        case CertificateProblem::NotIssuedByAuthority:
            return tr("The seal certificate was not issued by the seal authority of the sync server.");
        case CertificateProblem::Expired:
            return tr("The seal certificate was not valid when the document was sealed (valid %1 to %2).")
                .arg(certificate.notBefore.toString(Qt::ISODate), certificate.notAfter.toString(Qt::ISODate));
        case CertificateProblem::WrongOrganisation:
            return tr("The seal belongs to another organisation than the one that issued the document.");
        case CertificateProblem::Unusable:
        case CertificateProblem::None:
            return tr("The seal certificate cannot be used.");
        }
    }
    return {};
}

bool SealVerifier::changedSinceSealing(const OfficialDocument &document)
{
    if (!document.seal.sealed || document.seal.signature.isEmpty())
        return false;
    auto record = SealRecord::fromJson(document.seal.signature);
    if (!record)
        return true;
    auto changed = changedParts(document, record->references);
    return !changed || !changed->isEmpty();
}

Core::Result<SealVerification> SealVerifier::verify(const OfficialDocument &document,
                                                    const QByteArray &authorityPem,
                                                    const QString &expectedOrganisation)
{
    SealVerification result;
    for (const Core::AttachmentRef &attachment : document.attachments)
        result.attachmentNames.append(attachment.name);
    if (!document.seal.sealed || document.seal.signature.isEmpty())
        return result;

    auto record = SealRecord::fromJson(document.seal.signature);
    if (!record) {
        result.status = SealStatus::Tampered;
        result.sealDataAltered = true;
        result.detail = record.error().detail;
        return result;
    }
    result.record = *record;

    // Certificate: issued by the seal CA and valid at the seal's time.
    auto certificate = Core::SealCertificate::inspect(record->certificatePem);
    auto check = Core::SealCertificate::check(record->certificatePem, authorityPem, record->signedAt);
    if (!check && !certificate) {
        result.status = SealStatus::CertificateInvalid; // the certificate in the seal is unreadable
        result.certificateProblem = CertificateProblem::Unusable;
        result.detail = certificate.error().fullText();
        return result;
    }
    if (!check)
        return std::unexpected(check.error()); // the CA certificate is ours to fix
    result.certificate = *certificate;
    result.certificateProblem = problemOf(check->verdict);
    if (result.certificateProblem == CertificateProblem::None && !expectedOrganisation.isEmpty()
        && certificate->organisation != expectedOrganisation)
        result.certificateProblem = CertificateProblem::WrongOrganisation;
    result.detail = check->detail;

    // Signature over the seal's data, then each part of the document against its sealed digest.
    auto verifier = Core::Sm2Verifier::fromCertificatePem(record->certificatePem);
    auto signatureMatches = verifier ? verifier->verify(record->toBeSigned(), record->signature)
                                     : Core::Result<bool>(std::unexpected(verifier.error()));
    result.sealDataAltered = !signatureMatches || !*signatureMatches
                             || record->propertyInfo != QLatin1String(DocumentCanonicalForm::Version)
                             || record->signatureAlgorithm != QLatin1String(Core::Sm2::SignatureAlgorithmOid);
    auto changed = changedParts(document, record->references);
    if (!changed)
        return std::unexpected(changed.error());
    result.changedParts = *changed;
    if (result.changedParts.isEmpty()) {
        // The parts match; the whole form must too (it would differ only if the parts were not all listed).
        auto dataHash = Core::Sm2Crypto::sm3(DocumentCanonicalForm::bytes(document));
        if (!dataHash)
            return std::unexpected(dataHash.error());
        if (QString::fromLatin1(dataHash->toHex()) != record->dataHash)
            result.sealDataAltered = true;
    }

    if (result.certificateProblem != CertificateProblem::None)
        result.status = SealStatus::CertificateInvalid;
    else if (result.sealDataAltered || !result.changedParts.isEmpty())
        result.status = SealStatus::Tampered;
    else
        result.status = SealStatus::Valid;
    if (result.status != SealStatus::Valid)
        qCInfo(lcDocuments).noquote()
            << "seal" << record->sealId << "not valid:" << result.changedParts << result.detail;
    return result;
}

} // namespace GovDesk::Documents
