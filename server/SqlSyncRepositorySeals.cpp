// SqlSyncRepository's seal tables (schema 6), apart from the rest of its SQL to keep files small.
#include "SqlSyncRepository.h"
#include "sql/SqlRows.h"

namespace GovDesk::Server {

namespace {

const QString SealColumns
    = QStringLiteral("org_id, seal_id, seal_name, certificate_pem, private_key_pem, issued_at, valid_until");

OrganisationSeal readSeal(const SqlRow &row)
{
    return {row.text(0), row.text(1), row.text(2), row.bytes(3).toByteArray(), row.bytes(4).toByteArray(),
            row.text(5), row.text(6)};
}

} // namespace

Result<std::optional<SealAuthority>> SqlSyncRepository::sealAuthority()
{
    return single<SealAuthority>(
        *m_sql,
        QStringLiteral(
            "SELECT certificate_pem, private_key_pem, created_at FROM seal_authority WHERE id = 1"),
        {}, [](const SqlRow &row) {
            return SealAuthority{row.bytes(0).toByteArray(), row.bytes(1).toByteArray(), row.text(2)};
        });
}

Result<> SqlSyncRepository::saveSealAuthority(const SealAuthority &authority)
{
    return done(
        run(QStringLiteral("INSERT INTO seal_authority (id, certificate_pem, private_key_pem, created_at)"
                           " VALUES (1, ?1, ?2, ?3)"),
            {QString::fromLatin1(authority.certificatePem), QString::fromLatin1(authority.privateKeyPem),
             authority.createdAt}));
}

Result<std::optional<OrganisationSeal>> SqlSyncRepository::organisationSeal(const QString &organisationId)
{
    return single<OrganisationSeal>(
        *m_sql, QStringLiteral("SELECT %1 FROM organisation_seals WHERE org_id = ?1").arg(SealColumns),
        {organisationId}, readSeal);
}

Result<QList<OrganisationSeal>> SqlSyncRepository::organisationSeals()
{
    return many<OrganisationSeal>(
        *m_sql, QStringLiteral("SELECT %1 FROM organisation_seals ORDER BY org_id").arg(SealColumns), {},
        readSeal);
}

Result<> SqlSyncRepository::saveOrganisationSeal(const OrganisationSeal &seal)
{
    return done(
        run(QStringLiteral("INSERT INTO organisation_seals (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .arg(SealColumns),
            {seal.organisationId, seal.sealId, seal.sealName, QString::fromLatin1(seal.certificatePem),
             QString::fromLatin1(seal.privateKeyPem), seal.issuedAt, seal.validUntil}));
}

} // namespace GovDesk::Server
