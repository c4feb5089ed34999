// SealVerifier: checks a 公文's electronic seal — 有效, 已被篡改 (naming what no longer matches) or
// 证书无效 — on arrival and at every open.
#pragma once

#include "OfficialDocument.h"
#include "Result.h"
#include "SealRecord.h"
#include "crypto/SealCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace GovDesk::Documents {

enum class SealStatus {
    Unsealed,           // no electronic seal (not yet 用印, or sealed on paper)
    Valid,              // 有效
    Tampered,           // 已被篡改
    CertificateInvalid, // 证书无效
};

enum class CertificateProblem {
    None,
    NotIssuedByAuthority, // not issued by the seal CA this profile trusts
    Expired,              // expired (or not yet valid) when the seal was made
    WrongOrganisation,    // another organisation's seal on this document
    Unusable,             // refused for another reason (see detail)
};

struct SealVerification
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::SealVerification)
public:
    SealStatus status = SealStatus::Unsealed;
    CertificateProblem certificateProblem = CertificateProblem::None;
    // The seal's own data (signature, signer, time, digests) was altered or is unreadable.
    bool sealDataAltered = false;
    // Canonical-form parts whose digest differs from the sealed one ("title", "body",
    // "attachments.2"), in canonical order; parts only on one side are included.
    QStringList changedParts;
    SealRecord record;                 // as read from the document (empty when unreadable)
    Core::CertificateInfo certificate; // the seal certificate's names and validity
    QString detail;                    // technical reason for logs (English)

    // 有效, 已被篡改, 证书无效, 未用印 (translated).
    [[nodiscard]] QString statusText() const;
    // One sentence on what is wrong, for the document page; empty when valid or unsealed.
    [[nodiscard]] QString explanation() const;
    // The changed parts by the standard's terms: 标题, 正文, 附件2（附件2.pdf）.
    [[nodiscard]] QStringList changedElementNames() const;

    // Filled by SealVerifier so attachments are named by what the document or the seal says.
    QStringList attachmentNames; // index n-1 for attachments.<n>
};

class SealVerifier
{
public:
    // Verifies `document`'s seal against the seal CA `authorityPem`. The certificate must have
    // been valid when the seal was made (the seal's time) — a seal made in time stays valid after
    // the certificate expires, as paper seals do. `expectedOrganisation` (the record's owner,
    // as the server set it) is checked against the certificate's organisation when not empty.
    // An error only when the CA certificate itself is unreadable.
    [[nodiscard]] static Core::Result<SealVerification> verify(const OfficialDocument &document,
                                                               const QByteArray &authorityPem,
                                                               const QString &expectedOrganisation = {});

    // The list's cheap check, without the seal CA or a signature check (the view does the full
    // verification): whether some element's digest differs from the sealed one, or the seal data
    // cannot be read. False for a document without an electronic seal.
    [[nodiscard]] static bool changedSinceSealing(const OfficialDocument &document);
};

} // namespace GovDesk::Documents
