#include "ForestryWarningSync.h"

#include "ForestryQueries.h"
#include "module/ModuleContext.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace GovDesk::Forestry {

using Core::Result;

namespace {

Core::Urgency urgencyOf(ForestryWarningSeverity severity)
{
    switch (severity) {
    case ForestryWarningSeverity::Danger:
        return Core::Urgency::VeryUrgent;
    case ForestryWarningSeverity::Warning:
        return Core::Urgency::Urgent;
    case ForestryWarningSeverity::Attention:
        return Core::Urgency::Normal;
    }
    return Core::Urgency::Normal;
}

Result<QList<ForestryWarning>> currentWarnings(Core::Database &db)
{
    const ForestryQueries queries(db);
    auto risk = queries.latestFireRisk();
    if (!risk)
        return std::unexpected(risk.error());
    auto pests = queries.pests();
    if (!pests)
        return std::unexpected(pests.error());
    auto year = queries.latestAfforestationYear();
    if (!year)
        return std::unexpected(year.error());
    auto tasks = queries.afforestation(*year);
    if (!tasks)
        return std::unexpected(tasks.error());
    QList<ForestryWarning> warnings = ForestryWarnings::fireRisk(*risk);
    warnings += ForestryWarnings::pests(*pests);
    if (*year > 0)
        warnings += ForestryWarnings::afforestation(*tasks);
    return warnings;
}

} // namespace

Result<> ForestryWarningSync::refresh(Core::ModuleContext &context)
{
    Core::Database &db = context.database();
    auto transaction = Core::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto warnings = currentWarnings(db);
    if (!warnings)
        return std::unexpected(warnings.error());

    QHash<QString, QString> stored; // key → reason, to publish only what changed
    {
        auto statement = db.prepare(QStringLiteral("SELECT warning_key, reason FROM forestry_warnings"));
        if (!statement)
            return std::unexpected(statement.error());
        GD_TRY(statement->forEachRow(
            [&stored](const Core::Statement &row) { stored.insert(row.text(0), row.text(1)); }));
    }
    QSet<QString> current;
    for (const ForestryWarning &warning : *warnings) {
        const QString key = warning.key();
        current.insert(key);
        if (stored.value(key) == warning.reason && stored.contains(key))
            continue;
        GD_TRY(context.todos().publish({.recordId = key,
                                        .kind = Core::TodoKind::ToDo,
                                        .title = warning.title,
                                        .urgency = urgencyOf(warning.severity)}));
        GD_TRY(
            context.search().index({.type = QString::fromLatin1(WarningSearchType),
                                    .recordId = key,
                                    .title = warning.title,
                                    .body = warning.reason,
                                    .updatedAt = QDateTime(warning.date, QTime(8, 0), QTimeZone(8 * 3600))}));
        auto statement = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO forestry_warnings VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, key)
            .bind(2, int(warning.kind))
            .bind(3, int(warning.severity))
            .bind(4, warning.county);
        statement->bind(5, warning.subject)
            .bind(6, warning.date.toString(Qt::ISODate))
            .bind(7, warning.title);
        GD_TRY(statement->bind(8, warning.reason).exec());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (current.contains(it.key()))
            continue;
        // The situation ended: the to-do is done (kept in the history), the search hit goes.
        GD_TRY(context.todos().complete(it.key(), Core::TodoKind::ToDo));
        GD_TRY(context.search().remove(it.key()));
        auto statement = db.prepare(QStringLiteral("DELETE FROM forestry_warnings WHERE warning_key = ?1"));
        if (!statement)
            return std::unexpected(statement.error());
        GD_TRY(statement->bind(1, it.key()).exec());
    }
    return transaction->commit();
}

} // namespace GovDesk::Forestry
