// SqliteSyncRepository's seal tables (schema 6), apart from the rest of its SQL to keep files small.
#include "SqliteSyncRepository.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace GovDesk::Server {

namespace {

using Core::Statement;

const QString SealColumns
    = QStringLiteral("org_id, seal_id, seal_name, certificate_pem, private_key_pem, issued_at, valid_until");

OrganisationSeal readSeal(const Statement &row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3).toLatin1(), row.text(4).toLatin1(),
            row.text(5), row.text(6)};
}

} // namespace

Result<std::optional<SealAuthority>> SqliteSyncRepository::sealAuthority()
{
    const std::scoped_lock lock(m_mutex);
    auto statement = m_db->prepareCached(QStringLiteral(
        "SELECT certificate_pem, private_key_pem, created_at FROM seal_authority WHERE id = 1"));
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SealAuthority>();
    return std::optional<SealAuthority>(
        SealAuthority{statement->text(0).toLatin1(), statement->text(1).toLatin1(), statement->text(2)});
}

Result<> SqliteSyncRepository::saveSealAuthority(const SealAuthority &authority)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO seal_authority (id, certificate_pem, private_key_pem, created_at)"
                              " VALUES (1, ?1, ?2, ?3)"),
               [&](Statement &s) {
                   s.bind(1, QString::fromLatin1(authority.certificatePem))
                       .bind(2, QString::fromLatin1(authority.privateKeyPem))
                       .bind(3, authority.createdAt);
               });
}

Result<std::optional<OrganisationSeal>> SqliteSyncRepository::organisationSeal(const QString &organisationId)
{
    const std::scoped_lock lock(m_mutex);
    auto statement = m_db->prepareCached(
        QStringLiteral("SELECT %1 FROM organisation_seals WHERE org_id = ?1").arg(SealColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, organisationId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<OrganisationSeal>();
    return std::optional<OrganisationSeal>(readSeal(*statement));
}

Result<QList<OrganisationSeal>> SqliteSyncRepository::organisationSeals()
{
    const std::scoped_lock lock(m_mutex);
    auto statement = m_db->prepareCached(
        QStringLiteral("SELECT %1 FROM organisation_seals ORDER BY org_id").arg(SealColumns));
    if (!statement)
        return std::unexpected(statement.error());
    QList<OrganisationSeal> seals;
    GD_TRY(statement->forEachRow([&](const Statement &row) { seals.append(readSeal(row)); }));
    return seals;
}

Result<> SqliteSyncRepository::saveOrganisationSeal(const OrganisationSeal &seal)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO organisation_seals (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                   .arg(SealColumns),
               [&](Statement &s) {
                   s.bind(1, seal.organisationId)
                       .bind(2, seal.sealId)
                       .bind(3, seal.sealName)
                       .bind(4, QString::fromLatin1(seal.certificatePem))
                       .bind(5, QString::fromLatin1(seal.privateKeyPem))
                       .bind(6, seal.issuedAt)
                       .bind(7, seal.validUntil);
               });
}

} // namespace GovDesk::Server
