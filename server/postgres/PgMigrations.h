// PgMigrations: brings a PostgreSQL database to the server's schema (sql/SyncSchema), safely
// when several govdesk-syncd instances start at once.
#pragma once

#include "sql/SyncSchema.h"

namespace GovDesk::Server {

class PgSession;

// Each pending step in a transaction of its own, under an advisory lock, so that of two
// instances starting together one applies a step and the other finds it applied.
[[nodiscard]] Result<> migratePostgres(PgSession &session, const QList<SchemaStep> &steps);
// The last step applied (0 for an empty database).
[[nodiscard]] Result<int> postgresSchemaVersion(PgSession &session);

} // namespace GovDesk::Server
