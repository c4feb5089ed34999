// MigrationRunner: numbered schema migrations per owner (core, each module), one transaction each.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace GovDesk::Core {

class Database;

struct Migration
{
    int version = 0;           // 1, 2, 3 … without gaps, per owner
    QString description;       // English, for logs and schema_migrations
    QString sql;               // run first, may hold several statements
    std::function<Result<>(Database &)> code = {}; // optional, run after sql, same transaction
};

class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)
public:
    // Fails on duplicate or non-consecutive versions: a programming error caught at start-up.
    [[nodiscard]] Result<> add(const QString &owner, QList<Migration> migrations);
    [[nodiscard]] QStringList owners() const;

    // Applies each pending migration in its own transaction. A failing migration is rolled back
    // completely, so the owner stays exactly at its previous version, and later ones are skipped.
    [[nodiscard]] Result<> run(Database &db) const;

    [[nodiscard]] static Result<int> currentVersion(Database &db, const QString &owner);

private:
    [[nodiscard]] static Result<> ensureTable(Database &db);
    // Registration order is run order: a module's migrations may rely on core's tables.
    std::vector<std::pair<QString, QList<Migration>>> m_migrations;
};

} // namespace GovDesk::Core
