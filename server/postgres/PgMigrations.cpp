#include "PgMigrations.h"

#include "ServerLogging.h"
#include "postgres/PgSession.h"
#include "sql/SqlRows.h"

#include <QDateTime>

namespace GovDesk::Server {

namespace {

constexpr auto Owner = "syncd";
// Any constant shared by every instance: pg_advisory_xact_lock's key for "changing the schema".
constexpr qint64 SchemaLockKey = 0x676f766465736b; // "govdesk"

Result<> ensureTable(PgSession &session)
{
    return session.script(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       " owner TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
                       " applied_at TEXT NOT NULL, PRIMARY KEY (owner, version))"));
}

} // namespace

Result<int> postgresSchemaVersion(PgSession &session)
{
    auto exists = single<int>(session,
                              QStringLiteral("SELECT 1 FROM pg_tables WHERE tablename = 'schema_migrations'"),
                              {}, [](const SqlRow &) { return 1; });
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return 0;
    auto version = single<qint64>(
        session, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE owner = ?1"),
        {QString::fromLatin1(Owner)}, [](const SqlRow &row) { return row.int64(0); });
    if (!version)
        return std::unexpected(version.error());
    return static_cast<int>(version->value_or(0));
}

Result<> migratePostgres(PgSession &session, const QList<SchemaStep> &steps)
{
    // Most starts find the schema current: one read, without the lock or a transaction per step.
    auto current = postgresSchemaVersion(session);
    if (!current)
        return std::unexpected(current.error());
    for (const SchemaStep &step : steps) {
        if (*current >= step.version)
            continue;
        bool applied = false;
        const auto applyStep = [&]() -> Result<> {
            GD_TRY(done(session.run(QStringLiteral("SELECT pg_advisory_xact_lock(?1)"), {SchemaLockKey})));
            GD_TRY(ensureTable(session));
            auto version = postgresSchemaVersion(session);
            if (!version)
                return std::unexpected(version.error());
            if (*version >= step.version)
                return {};
            GD_TRY(session.script(step.sql));
            if (step.code)
                GD_TRY(step.code(session));
            applied = true;
            return done(session.run(
                QStringLiteral("INSERT INTO schema_migrations (owner, version, description, applied_at)"
                               " VALUES (?1, ?2, ?3, ?4)"),
                {QString::fromLatin1(Owner), qint64(step.version), step.description,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}));
        };
        GD_TRY(session.inTransaction(applyStep));
        if (applied)
            qCInfo(lcSyncd) << "PostgreSQL schema: applied" << step.version << step.description;
    }
    return {};
}

} // namespace GovDesk::Server
