// SqlSyncRepository's 套红 templates (schema 7), apart from the rest of its SQL to keep files small.
#include "ServerLogging.h"
#include "SqlSyncRepository.h"
#include "sql/SqlRows.h"

namespace GovDesk::Server {

using Core::RedHeaderTemplate;

Result<QList<OrganisationTemplate>> SqlSyncRepository::redHeaderTemplates()
{
    QList<OrganisationTemplate> templates;
    GD_TRY(m_sql->visit(
        QStringLiteral(
            "SELECT org_id, template_key, body FROM red_header_templates ORDER BY org_id, position"),
        {}, [&templates](const SqlRow &row) {
            // Stored only after a strict reading; one that no longer reads (a hand-edited database)
            // is left out with a log line rather than failing every directory request.
            auto header
                = RedHeaderTemplate::fromJson(QJsonDocument::fromJson(row.bytes(2).toByteArray()).object(),
                                              RedHeaderTemplate::Reading::Strict);
            if (!header) {
                qCWarning(lcSyncd).noquote() << "template" << row.text(1) << "of" << row.text(0)
                                             << "left out:" << header.error().message;
                return true;
            }
            templates.append({row.text(0), *header});
            return true;
        }));
    return templates;
}

Result<> SqlSyncRepository::saveRedHeaderTemplate(const QString &organisationId,
                                                  const RedHeaderTemplate &header)
{
    const SqlParams params{organisationId, header.key(),
                           QString::fromUtf8(QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact))};
    return m_sql->inTransaction([&] {
        return upsert(
            *m_sql,
            QStringLiteral("UPDATE OR FAIL red_header_templates SET body = ?3"
                           " WHERE org_id = ?1 AND template_key = ?2"),
            QStringLiteral("INSERT INTO red_header_templates (org_id, template_key, position, body)"
                           // The casts give each parameter one type on PostgreSQL (a select list
                           // alone leaves it unknown); SQLite reads them as they are.
                           " SELECT CAST(?1 AS TEXT), CAST(?2 AS TEXT), COALESCE(MAX(position), 0) + 1,"
                           " CAST(?3 AS TEXT) FROM red_header_templates WHERE org_id = CAST(?1 AS TEXT)"),
            params);
    });
}

Result<bool> SqlSyncRepository::removeRedHeaderTemplate(const QString &organisationId, const QString &key)
{
    auto removed
        = run(QStringLiteral("DELETE FROM red_header_templates WHERE org_id = ?1 AND template_key = ?2"),
              {organisationId, key});
    if (!removed)
        return std::unexpected(removed.error());
    return *removed > 0;
}

} // namespace GovDesk::Server
