#include "WaterWarnings.h"

#include "WaterQueries.h"
#include "module/ModuleContext.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSet>

namespace GovDesk::Water {

namespace {

Core::Urgency urgencyOf(WarningSeverity severity)
{
    switch (severity) {
    case WarningSeverity::Danger:
        return Core::Urgency::VeryUrgent;
    case WarningSeverity::Warning:
        return Core::Urgency::Urgent;
    case WarningSeverity::Attention:
        break;
    }
    return Core::Urgency::Normal;
}

struct Known
{
    int severity = 0;
};

} // namespace

QString WaterWarnings::recordIdOf(const FloodWarning &warning)
{
    return QLatin1String(WarningIdPrefix) + warning.key();
}

QString WaterWarnings::title(const FloodWarning &warning)
{
    //: A warning's to-do: 【严重程度】类型：原因
    return tr("[%1] %2: %3")
        .arg(FloodWarnings::severityName(warning.severity), FloodWarnings::kindName(warning.kind),
             warning.reason);
}

Core::Result<WarningChanges> WaterWarnings::refresh(Core::ModuleContext &context, const WarningRules &rules)
{
    Core::Database &db = context.database();
    WaterQueries queries(db);
    auto now = queries.latestTime();
    if (!now)
        return std::unexpected(now.error());
    QList<FloodWarning> current;
    if (now->isValid()) {
        auto situations = queries.situations(*now, rules.trendHours);
        if (!situations)
            return std::unexpected(situations.error());
        current = FloodWarnings::evaluate(*situations, rules);
    }

    auto transaction = Core::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    QHash<QString, Known> known;
    {
        auto statement = db.prepare(QStringLiteral("SELECT key, severity FROM water_warnings"));
        if (!statement)
            return std::unexpected(statement.error());
        GD_TRY(statement->forEachRow(
            [&](const Core::Statement &row) { known.insert(row.text(0), Known{row.int32(1)}); }));
    }
    WarningChanges changes;
    changes.current = int(current.size());
    QSet<QString> seen;
    // The first sighting stays (SQLCipher's SQLite may predate UPSERT).
    auto upsert = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO water_warnings (key, kind, severity, stcd, stnm, river, tm, "
                       "value, threshold, "
                       "causes, reason, rank, first_seen) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12, "
                       "coalesce((SELECT first_seen FROM water_warnings WHERE key = ?1), ?13))"));
    if (!upsert)
        return std::unexpected(upsert.error());
    const qint64 firstSeen = QDateTime::currentSecsSinceEpoch();
    int rank = 0;
    for (const FloodWarning &warning : std::as_const(current)) {
        const QString key = warning.key();
        seen.insert(key);
        upsert->reset();
        upsert->bind(1, key)
            .bind(2, int(warning.kind))
            .bind(3, int(warning.severity))
            .bind(4, warning.stcd)
            .bind(5, warning.stnm)
            .bind(6, warning.river)
            .bind(7, warning.at.toSecsSinceEpoch())
            .bind(8, warning.value)
            .bind(9, warning.threshold)
            .bind(10, warning.causes.join(QLatin1Char(',')))
            .bind(11, warning.reason)
            .bind(12, rank++)
            .bind(13, firstSeen);
        GD_TRY(upsert->exec());
        const auto previous = known.constFind(key);
        // A to-do the user already completed is opened again only when the warning grew worse.
        if (previous != known.cend() && previous->severity >= int(warning.severity))
            continue;
        if (previous == known.cend())
            ++changes.raised;
        const QString recordId = recordIdOf(warning);
        GD_TRY(context.todos().publish({.recordId = recordId,
                                        .kind = Core::TodoKind::ToDo,
                                        .title = title(warning),
                                        .urgency = urgencyOf(warning.severity)}));
        GD_TRY(context.search().index(Core::SearchDocument{
            .type = QString::fromLatin1(WarningSearchType),
            .recordId = recordId,
            .title = title(warning),
            .body
            = QStringList{warning.stnm, warning.stcd, warning.river, warning.reason}.join(QLatin1Char(' ')),
            .updatedAt = warning.at}));
    }
    auto remove = db.prepare(QStringLiteral("DELETE FROM water_warnings WHERE key = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        ++changes.ended;
        const QString recordId = QLatin1String(WarningIdPrefix) + it.key();
        GD_TRY(context.todos().complete(recordId, Core::TodoKind::ToDo));
        GD_TRY(context.search().remove(recordId));
        remove->reset();
        remove->bind(1, it.key());
        GD_TRY(remove->exec());
    }
    GD_TRY(transaction->commit());
    return changes;
}

} // namespace GovDesk::Water
