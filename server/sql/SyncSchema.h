// SyncSchema: govdesk-syncd's tables, one list of numbered steps for SQLite and PostgreSQL alike.
#pragma once

#include "sql/SqlSession.h"

#include <QList>
#include <QString>

namespace GovDesk::Server {

struct SchemaStep
{
    int version = 0;
    QString description; // English, for logs and schema_migrations
    QString sql;         // several statements, in the SQL both databases read
    // Run after `sql`, in the same transaction, for what SQL alone cannot do.
    std::function<Result<>(SqlSession &)> code = {};
};

// Versions 1, 2, … in order; a database is at the last version it applied.
[[nodiscard]] QList<SchemaStep> syncSchema();

} // namespace GovDesk::Server
