// Seal keys for the documents module's seal tests: a seal CA and an organisation's SM2 seal,
// made with the same issuer govdesk-syncd uses.
#pragma once

#include "DocumentSealer.h"
#include "crypto/Sm2CertificateIssuer.h"
#include "crypto/Sm2Signature.h"

namespace GovDesk::Test {

inline const QDateTime SealCaStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

inline Core::Sm2Credential sealAuthority()
{
    return Core::Sm2CertificateIssuer::createAuthority(
               {QStringLiteral("GovDesk 印章CA"), QStringLiteral("GovDesk"), {}}, SealCaStart,
               SealCaStart.addYears(20))
        .value_or(Core::Sm2Credential{});
}

// The seal of 柳州市人民政府办公室 (gx-lz-gov) under `authority`, valid from `from` for `years`.
inline Documents::SealKeyMaterial officeSeal(const Core::Sm2Credential &authority,
                                             const QDateTime &from = SealCaStart, int years = 2)
{
    const QString name = QStringLiteral("柳州市人民政府办公室");
    auto issued = Core::Sm2CertificateIssuer::issue(authority, {name, QStringLiteral("gx-lz-gov"), {}}, from,
                                                    from.addYears(years));
    if (!issued)
        return {};
    return {.sealId = QStringLiteral("seal-gx-lz-gov-1"),
            .sealName = name,
            .organisationId = QStringLiteral("gx-lz-gov"),
            .certificatePem = issued->certificatePem,
            .privateKeyPem = issued->privateKeyPem,
            .authorityCertificatePem = authority.certificatePem};
}

inline const Documents::SealSigner SealClerk{QStringLiteral("liuyang"), QStringLiteral("刘洋")};

} // namespace GovDesk::Test
