// SqliteSyncRepository's 套红 templates (schema 7), apart from the rest of its SQL to keep files small.
#include "ServerLogging.h"
#include "SqliteSyncRepository.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace GovDesk::Server {

using Core::RedHeaderTemplate;
using Core::Statement;

Result<QList<OrganisationTemplate>> SqliteSyncRepository::redHeaderTemplates()
{
    const std::scoped_lock lock(m_mutex);
    auto statement = m_db->prepareCached(QStringLiteral(
        "SELECT org_id, template_key, body FROM red_header_templates ORDER BY org_id, position"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<OrganisationTemplate> templates;
    GD_TRY(statement->forEachRow([&](const Statement &row) {
        // Stored only after a strict reading; one that no longer reads (a hand-edited database)
        // is left out with a log line rather than failing every directory request.
        auto header = RedHeaderTemplate::fromJson(QJsonDocument::fromJson(row.text(2).toUtf8()).object(),
                                                  RedHeaderTemplate::Reading::Strict);
        if (!header) {
            qCWarning(lcSyncd).noquote()
                << "template" << row.text(1) << "of" << row.text(0) << "left out:" << header.error().message;
            return;
        }
        templates.append({row.text(0), *header});
    }));
    return templates;
}

Result<> SqliteSyncRepository::saveRedHeaderTemplate(const QString &organisationId,
                                                     const RedHeaderTemplate &header)
{
    const std::scoped_lock lock(m_mutex);
    auto transaction = Core::Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString body = QString::fromUtf8(QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact));
    GD_TRY(run(
        QStringLiteral("UPDATE red_header_templates SET body = ?3 WHERE org_id = ?1 AND template_key = ?2"),
        [&](Statement &s) { s.bind(1, organisationId).bind(2, header.key()).bind(3, body); }));
    if (m_db->changes() == 0) {
        GD_TRY(
            run(QStringLiteral("INSERT INTO red_header_templates (org_id, template_key, position, body)"
                               " SELECT ?1, ?2, COALESCE(MAX(position), 0) + 1, ?3 FROM red_header_templates"
                               " WHERE org_id = ?1"),
                [&](Statement &s) { s.bind(1, organisationId).bind(2, header.key()).bind(3, body); }));
    }
    return transaction->commit();
}

Result<bool> SqliteSyncRepository::removeRedHeaderTemplate(const QString &organisationId, const QString &key)
{
    const std::scoped_lock lock(m_mutex);
    GD_TRY(run(QStringLiteral("DELETE FROM red_header_templates WHERE org_id = ?1 AND template_key = ?2"),
               [&](Statement &s) { s.bind(1, organisationId).bind(2, key); }));
    return m_db->changes() > 0;
}

} // namespace GovDesk::Server
