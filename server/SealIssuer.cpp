#include "SealIssuer.h"

#include "LogSafe.h"
#include "ServerLogging.h"
#include "crypto/Sm2CertificateIssuer.h"

#include <QUuid>

namespace GovDesk::Server {

SealIssuer::SealIssuer(SyncRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{
}

Result<SealAuthority> SealIssuer::authority()
{
    auto existing = m_repository.sealAuthority();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return **existing;
    const QDateTime now = m_clock.now();
    // Backdated by a day so that a client whose clock is a little behind still accepts it.
    auto made = Core::Sm2CertificateIssuer::createAuthority(
        {QStringLiteral("GovDesk 电子印章 CA"), QStringLiteral("govdesk-syncd"), QStringLiteral("电子签章")},
        now.addDays(-1), now.addYears(AuthorityYears));
    if (!made)
        return std::unexpected(made.error());
    const SealAuthority authority{made->certificatePem, made->privateKeyPem, rfc3339(now)};
    GD_TRY(m_repository.saveSealAuthority(authority));
    qCInfo(lcSyncd) << "created the seal CA";
    return authority;
}

Result<SealIssuer::Issued> SealIssuer::issue(const QString &organisationId)
{
    Issued issued;
    GD_TRY(m_repository.inTransaction([&]() -> Result<> {
        auto organisation = m_repository.organisation(organisationId);
        if (!organisation)
            return std::unexpected(organisation.error());
        if (!*organisation)
            return Core::fail(Core::ErrorCode::NotFound,
                              QStringLiteral("No organisation %1.").arg(Core::logSafe(organisationId)));
        auto existing = m_repository.organisationSeal(organisationId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            issued.seal = **existing;
            return {};
        }
        auto ca = authority();
        if (!ca)
            return std::unexpected(ca.error());
        const QDateTime now = m_clock.now();
        const QDateTime validUntil = now.addYears(SealYears);
        auto credential = Core::Sm2CertificateIssuer::issue(
            {ca->certificatePem, ca->privateKeyPem},
            {(*organisation)->name, organisationId, QStringLiteral("电子印章")}, now.addDays(-1), validUntil);
        if (!credential)
            return std::unexpected(credential.error());
        issued.seal = {organisationId,
                       QStringLiteral("seal-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                       (*organisation)->name,
                       credential->certificatePem,
                       credential->privateKeyPem,
                       rfc3339(now),
                       rfc3339(validUntil)};
        issued.created = true;
        return m_repository.saveOrganisationSeal(issued.seal);
    }));
    if (issued.created)
        qCInfo(lcSyncd).noquote() << "issued seal" << issued.seal.sealId << "to"
                                  << Core::logSafe(organisationId);
    return issued;
}

} // namespace GovDesk::Server
