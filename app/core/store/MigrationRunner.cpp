#include "MigrationRunner.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>

#include <algorithm>

namespace GovDesk::Core {

Result<> MigrationRunner::add(const QString &owner, QList<Migration> migrations)
{
    const bool known = std::any_of(m_migrations.begin(), m_migrations.end(),
                                   [&owner](const auto &entry) { return entry.first == owner; });
    if (owner.isEmpty() || known)
        return fail(ErrorCode::InvalidArgument, tr("Migrations for \"%1\" are registered twice.").arg(owner));
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1)
            return fail(ErrorCode::InvalidArgument,
                        tr("Migrations for \"%1\" must be numbered 1, 2, 3 … without gaps.").arg(owner),
                        QStringLiteral("found version %1 at position %2").arg(migrations.at(i).version).arg(i + 1));
    }
    m_migrations.emplace_back(owner, std::move(migrations));
    return {};
}

QStringList MigrationRunner::owners() const
{
    QStringList names;
    for (const auto &entry : m_migrations)
        names << entry.first;
    return names;
}

Result<> MigrationRunner::ensureTable(Database &db)
{
    return db.execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " owner TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
        " applied_at TEXT NOT NULL, PRIMARY KEY (owner, version))"));
}

Result<int> MigrationRunner::currentVersion(Database &db, const QString &owner)
{
    GD_TRY(ensureTable(db));
    auto statement = db.prepare(QStringLiteral(
        "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE owner = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, owner);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->int32(0);
}

Result<> MigrationRunner::run(Database &db) const
{
    for (const auto &[owner, migrations] : m_migrations) {
        auto current = currentVersion(db, owner);
        if (!current)
            return std::unexpected(current.error());
        if (*current > migrations.size())
            return fail(ErrorCode::NotGovDeskDatabase,
                        tr("This profile was written by a newer GovDesk; please update GovDesk."),
                        QStringLiteral("%1 is at version %2, this build knows %3")
                            .arg(owner).arg(*current).arg(migrations.size()));
        for (const Migration &migration : migrations) {
            if (migration.version <= *current)
                continue;
            auto transaction = Transaction::begin(db);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto applied = [&]() -> Result<> {
                if (!migration.sql.isEmpty())
                    GD_TRY(db.execute(migration.sql));
                if (migration.code)
                    GD_TRY(migration.code(db));
                auto record = db.prepare(QStringLiteral(
                    "INSERT INTO schema_migrations (owner, version, description, applied_at)"
                    " VALUES (?1, ?2, ?3, ?4)"));
                if (!record)
                    return std::unexpected(record.error());
                record->bind(1, owner).bind(2, migration.version).bind(3, migration.description)
                    .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                return record->exec();
            }();
            if (!applied) {
                transaction->rollback();
                Error error = applied.error();
                error.message = tr("Updating the data of \"%1\" to version %2 failed; the profile was left unchanged.")
                                    .arg(owner).arg(migration.version);
                qCWarning(lcStore) << "migration failed:" << owner << migration.version << error.detail;
                return std::unexpected(error);
            }
            GD_TRY(transaction->commit());
            qCInfo(lcStore) << "migrated" << owner << "to version" << migration.version;
        }
    }
    return {};
}

} // namespace GovDesk::Core
