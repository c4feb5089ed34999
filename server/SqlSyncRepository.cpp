#include "SqlSyncRepository.h"

#include "crypto/SecureBytes.h"
#include "postgres/PgMigrations.h"
#include "postgres/PgSession.h"
#include "sql/SqlRows.h"
#include "sql/SqliteSession.h"
#include "sql/SyncSchema.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

namespace GovDesk::Server {

namespace {

QString kindName(TokenKind kind)
{
    return kind == TokenKind::Access ? QStringLiteral("access") : QStringLiteral("refresh");
}

// The columns of UserColumns, from `first` on.
UserAccount readUserFrom(const SqlRow &row, int first)
{
    return {row.text(first), row.text(first + 1), row.text(first + 2), stringList(row.text(first + 3)),
            row.text(first + 4)};
}

UserAccount readUser(const SqlRow &row)
{
    return readUserFrom(row, 0);
}

// The columns of TokenColumns.
StoredToken readToken(const SqlRow &row)
{
    return StoredToken{row.bytes(0).toByteArray(),
                       row.bytes(1) == "access" ? TokenKind::Access : TokenKind::Refresh,
                       row.text(2),
                       row.text(3),
                       row.text(4),
                       row.int64(5)};
}

const QString UserColumns = QStringLiteral("u.id, u.name, u.org_id, u.roles, u.password_hash");
const QString TokenColumns
    = QStringLiteral("t.token_hash, t.kind, t.user_id, t.session_id, t.device, t.expires_at");

RecordState readRecord(const SqlRow &row)
{
    RecordState record;
    record.collection = row.text(0);
    record.recordId = row.text(1);
    record.owner = row.text(2);
    record.recipients = stringList(row.text(3));
    record.revision = row.int64(4);
    record.deleted = row.int64(5) != 0;
    record.payload = QJsonDocument::fromJson(row.bytes(6).toByteArray()).object();
    record.updatedAt = row.text(7);
    record.updatedBy = row.text(8);
    record.seq = row.int64(9);
    return record;
}

CollectionPermission readCollectionPermission(const SqlRow &row)
{
    return {row.text(0), stringList(row.text(1)), stringList(row.text(2))};
}

const QString RecordColumns
    = QStringLiteral("r.collection, r.record_id, r.owner_org, r.recipients, r.revision, r.deleted, r.payload,"
                     " r.updated_at, r.updated_by, r.seq");

const QString AllocationColumns
    = QStringLiteral("op_id, user_id, org_id, series, year, number, collection, record_id, allocated_at");

NumberAllocation readAllocation(const SqlRow &row)
{
    return {row.text(0),  row.text(1), row.text(2), row.text(3), static_cast<int>(row.int64(4)),
            row.int64(5), row.text(6), row.text(7), row.text(8)};
}

// The rows changed by a statement that must change one: none is NotFound.
Result<> changedOne(Result<qint64> changed, const QString &what)
{
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed == 0)
        return Core::fail(Core::ErrorCode::NotFound, what);
    return {};
}

} // namespace

SqlSyncRepository::SqlSyncRepository(std::unique_ptr<SqlSession> sql, Core::Database *sqlite,
                                     PgSession *postgres)
    : m_sql(std::move(sql))
    , m_sqlite(sqlite)
    , m_postgres(postgres)
{
}

SqlSyncRepository::~SqlSyncRepository() = default;

Result<std::unique_ptr<SqlSyncRepository>> SqlSyncRepository::openSqlite(const QString &path,
                                                                         SqliteOptions options)
{
    auto db = Core::Database::open(
        path, Core::SecureBytes(),
        {.create = true, .lockProfile = options.exclusive, .checkApplicationId = false});
    if (!db)
        return std::unexpected(db.error());
    auto session = std::make_unique<SqliteSession>(std::move(*db));
    Core::Database &database = session->database();
    // The steps run through core's MigrationRunner (schema_migrations, owner "syncd"), as they
    // always have on SQLite; the code of a step gets the session, on the runner's transaction.
    QList<Core::Migration> migrations;
    for (const SchemaStep &step : syncSchema()) {
        Core::Migration migration{.version = step.version, .description = step.description, .sql = step.sql};
        if (step.code)
            migration.code = [code = step.code, raw = session.get()](Core::Database &) {
                return code(*raw);
            };
        migrations.append(migration);
    }
    Core::MigrationRunner runner;
    GD_TRY(runner.add(QStringLiteral("syncd"), migrations));
    GD_TRY(runner.run(database));
    return std::unique_ptr<SqlSyncRepository>(new SqlSyncRepository(std::move(session), &database, nullptr));
}

Result<std::unique_ptr<SqlSyncRepository>> SqlSyncRepository::openPostgres(const QString &uri,
                                                                           int connections)
{
    auto session = PgSession::open(uri, connections);
    if (!session)
        return std::unexpected(session.error());
    GD_TRY(migratePostgres(**session, syncSchema()));
    PgSession *postgres = session->get();
    return std::unique_ptr<SqlSyncRepository>(new SqlSyncRepository(std::move(*session), nullptr, postgres));
}

bool SqlSyncRepository::isPostgresUri(const QString &database)
{
    return database.startsWith(QStringLiteral("postgresql://"))
           || database.startsWith(QStringLiteral("postgres://"));
}

Result<std::unique_ptr<SqlSyncRepository>>
SqlSyncRepository::open(const QString &database, const QString &sqlitePath, SqliteOptions options)
{
    if (database.isEmpty())
        return openSqlite(sqlitePath, options);
    if (!isPostgresUri(database))
        return Core::fail(
            Core::ErrorCode::InvalidArgument,
            QStringLiteral(
                "--database takes a postgresql:// URI (without it: SQLite in the data directory)"));
    return openPostgres(database, PostgresConnections);
}

Result<int> SqlSyncRepository::schemaVersion()
{
    if (m_sqlite)
        return Core::MigrationRunner::currentVersion(*m_sqlite, QStringLiteral("syncd"));
    return postgresSchemaVersion(*m_postgres);
}

Result<> SqlSyncRepository::inTransaction(const std::function<Result<>()> &work)
{
    return m_sql->inTransaction(work);
}

Result<> SqlSyncRepository::addOrganisation(const Organisation &organisation)
{
    return done(run(QStringLiteral("INSERT INTO organisations (id, name) VALUES (?1, ?2)"),
                    {organisation.id, text(organisation.name)}));
}

Result<std::optional<Organisation>> SqlSyncRepository::organisation(const QString &id)
{
    return single<Organisation>(*m_sql, QStringLiteral("SELECT id, name FROM organisations WHERE id = ?1"),
                                {id}, [](const SqlRow &row) {
                                    return Organisation{row.text(0), row.text(1)};
                                });
}

Result<QList<Organisation>> SqlSyncRepository::organisations()
{
    return many<Organisation>(*m_sql, QStringLiteral("SELECT id, name FROM organisations ORDER BY id"), {},
                              [](const SqlRow &row) {
                                  return Organisation{row.text(0), row.text(1)};
                              });
}

Result<> SqlSyncRepository::addUser(const UserAccount &user)
{
    return done(
        run(QStringLiteral(
                "INSERT INTO users (id, name, org_id, roles, password_hash) VALUES (?1, ?2, ?3, ?4, ?5)"),
            {user.id, text(user.name), user.organisationId, jsonText(user.roles), user.passwordHash}));
}

Result<std::optional<UserAccount>> SqlSyncRepository::user(const QString &id)
{
    return single<UserAccount>(
        *m_sql, QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?1").arg(UserColumns), {id}, readUser);
}

Result<QList<UserAccount>> SqlSyncRepository::users()
{
    return many<UserAccount>(
        *m_sql, QStringLiteral("SELECT %1 FROM users u ORDER BY u.org_id, u.id").arg(UserColumns), {},
        readUser);
}

Result<> SqlSyncRepository::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    return changedOne(run(QStringLiteral("UPDATE OR FAIL users SET password_hash = ?2 WHERE id = ?1"),
                          {userId, passwordHash}),
                      QStringLiteral("No user %1.").arg(userId));
}

Result<> SqlSyncRepository::setUserRoles(const QString &userId, const QStringList &roles)
{
    return changedOne(
        run(QStringLiteral("UPDATE OR FAIL users SET roles = ?2 WHERE id = ?1"), {userId, jsonText(roles)}),
        QStringLiteral("No user %1.").arg(userId));
}

Result<QList<CollectionPermission>> SqlSyncRepository::collectionPermissions()
{
    return many<CollectionPermission>(
        *m_sql,
        QStringLiteral(
            "SELECT collection, read_roles, write_roles FROM collection_permissions ORDER BY collection"),
        {}, readCollectionPermission);
}

Result<std::optional<CollectionPermission>> SqlSyncRepository::collectionPermission(const QString &collection)
{
    return single<CollectionPermission>(
        *m_sql,
        QStringLiteral(
            "SELECT collection, read_roles, write_roles FROM collection_permissions WHERE collection = ?1"),
        {collection}, readCollectionPermission);
}

Result<> SqlSyncRepository::saveCollectionPermission(const CollectionPermission &permission)
{
    const SqlParams params{permission.collection, jsonText(permission.readRoles),
                           jsonText(permission.writeRoles)};
    return upsert(*m_sql,
                  QStringLiteral("UPDATE OR FAIL collection_permissions SET read_roles = ?2, write_roles = ?3"
                                 " WHERE collection = ?1"),
                  QStringLiteral("INSERT INTO collection_permissions (collection, read_roles, write_roles)"
                                 " VALUES (?1, ?2, ?3)"),
                  params);
}

Result<> SqlSyncRepository::removeCollectionPermission(const QString &collection)
{
    return done(
        run(QStringLiteral("DELETE FROM collection_permissions WHERE collection = ?1"), {collection}));
}

Result<QList<ActionPermission>> SqlSyncRepository::actionPermissions(const QString &collection)
{
    return many<ActionPermission>(
        *m_sql,
        QStringLiteral("SELECT collection, field, value, roles, refusal FROM action_permissions"
                       " WHERE ?1 = '' OR collection = ?1 ORDER BY collection, field, value"),
        {text(collection)}, [](const SqlRow &row) -> ActionPermission {
            return {row.text(0), row.text(1), row.text(2), stringList(row.text(3)), row.text(4)};
        });
}

Result<> SqlSyncRepository::saveActionPermission(const ActionPermission &permission)
{
    const SqlParams params{permission.collection, permission.field, text(permission.value),
                           jsonText(permission.roles), text(permission.refusal)};
    return upsert(*m_sql,
                  QStringLiteral("UPDATE OR FAIL action_permissions SET roles = ?4, refusal = ?5"
                                 " WHERE collection = ?1 AND field = ?2 AND value = ?3"),
                  QStringLiteral("INSERT INTO action_permissions (collection, field, value, roles, refusal)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)"),
                  params);
}

Result<> SqlSyncRepository::removeActionPermission(const QString &collection, const QString &field,
                                                   const QString &value)
{
    return done(run(
        QStringLiteral("DELETE FROM action_permissions WHERE collection = ?1 AND field = ?2 AND value = ?3"),
        {collection, field, text(value)}));
}

Result<> SqlSyncRepository::addToken(const StoredToken &token)
{
    return done(
        run(QStringLiteral("INSERT INTO tokens (token_hash, kind, user_id, session_id, device, expires_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            {QString::fromLatin1(token.tokenHash), kindName(token.kind), token.userId, token.sessionId,
             text(token.device), token.expiresAt}));
}

Result<std::optional<std::pair<StoredToken, std::optional<UserAccount>>>>
SqlSyncRepository::tokenWithUser(const QByteArray &tokenHash)
{
    using Holder = std::pair<StoredToken, std::optional<UserAccount>>;
    return single<Holder>(*m_sql,
                          QStringLiteral("SELECT %1, %2 FROM tokens t LEFT JOIN users u ON u.id = t.user_id"
                                         " WHERE t.token_hash = ?1")
                              .arg(TokenColumns, UserColumns),
                          {QString::fromLatin1(tokenHash)}, [](const SqlRow &row) {
                              constexpr int UserColumn = 6;
                              return Holder{readToken(row),
                                            row.isNull(UserColumn)
                                                ? std::nullopt
                                                : std::optional(readUserFrom(row, UserColumn))};
                          });
}

Result<std::optional<StoredToken>> SqlSyncRepository::token(const QByteArray &tokenHash)
{
    return single<StoredToken>(
        *m_sql, QStringLiteral("SELECT %1 FROM tokens t WHERE t.token_hash = ?1").arg(TokenColumns),
        {QString::fromLatin1(tokenHash)}, readToken);
}

Result<> SqlSyncRepository::removeToken(const QByteArray &tokenHash)
{
    return done(
        run(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?1"), {QString::fromLatin1(tokenHash)}));
}

Result<> SqlSyncRepository::removeSession(const QString &sessionId)
{
    return done(run(QStringLiteral("DELETE FROM tokens WHERE session_id = ?1"), {sessionId}));
}

Result<> SqlSyncRepository::removeUserTokens(const QString &userId)
{
    return done(run(QStringLiteral("DELETE FROM tokens WHERE user_id = ?1"), {userId}));
}

Result<> SqlSyncRepository::removeTokensExpiredBefore(qint64 epochSeconds)
{
    return done(run(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?1"), {epochSeconds}));
}

Result<std::optional<StoredOp>> SqlSyncRepository::op(const QString &opId)
{
    return single<StoredOp>(
        *m_sql,
        QStringLiteral("SELECT op_id, user_id, status, revision, reason_code, reason_message, created_at"
                       " FROM ops WHERE op_id = ?1"),
        {opId}, [](const SqlRow &row) {
            return StoredOp{row.text(0), row.text(1), row.text(2), row.int64(3),
                            row.text(4), row.text(5), row.text(6)};
        });
}

Result<> SqlSyncRepository::addOp(const StoredOp &op)
{
    return done(run(
        QStringLiteral("INSERT INTO ops (op_id, user_id, status, revision, reason_code, reason_message,"
                       " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        {op.opId, op.userId, op.status, op.revision, op.reasonCode, op.reasonMessage, text(op.createdAt)}));
}

Result<std::optional<NumberAllocation>> SqlSyncRepository::numberAllocation(const QString &opId)
{
    return single<NumberAllocation>(
        *m_sql, QStringLiteral("SELECT %1 FROM number_allocations WHERE op_id = ?1").arg(AllocationColumns),
        {opId}, readAllocation);
}

Result<std::optional<NumberAllocation>> SqlSyncRepository::numberAllocationFor(const QString &collection,
                                                                               const QString &recordId,
                                                                               const QString &series,
                                                                               int year)
{
    return single<NumberAllocation>(
        *m_sql,
        QStringLiteral("SELECT %1 FROM number_allocations"
                       " WHERE collection = ?1 AND record_id = ?2 AND series = ?3 AND year = ?4")
            .arg(AllocationColumns),
        {collection, recordId, series, qint64(year)}, readAllocation);
}

Result<qint64> SqlSyncRepository::takeNextNumber(const QString &organisationId, const QString &series,
                                                 int year)
{
    const SqlParams key{organisationId, series, qint64(year)};
    auto changed = run(QStringLiteral("UPDATE OR FAIL number_series SET last_number = last_number + 1"
                                      " WHERE org_id = ?1 AND series = ?2 AND year = ?3"),
                       key);
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed == 0) {
        GD_TRY(done(run(QStringLiteral("INSERT INTO number_series (org_id, series, year, last_number)"
                                       " VALUES (?1, ?2, ?3, 1)"),
                        key)));
        return 1;
    }
    auto taken = single<qint64>(
        *m_sql,
        QStringLiteral(
            "SELECT last_number FROM number_series WHERE org_id = ?1 AND series = ?2 AND year = ?3"),
        key, [](const SqlRow &row) { return row.int64(0); });
    if (!taken)
        return std::unexpected(taken.error());
    return taken->value_or(0);
}

Result<> SqlSyncRepository::saveNumberAllocation(const NumberAllocation &allocation)
{
    return done(
        run(QStringLiteral("INSERT INTO number_allocations (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .arg(AllocationColumns),
            {allocation.opId, allocation.userId, allocation.organisationId, allocation.series,
             qint64(allocation.year), allocation.number, allocation.collection, allocation.recordId,
             text(allocation.allocatedAt)}));
}

Result<std::optional<RecordState>> SqlSyncRepository::record(const QString &collection,
                                                             const QString &recordId)
{
    return single<RecordState>(
        *m_sql,
        QStringLiteral("SELECT %1 FROM records r WHERE r.collection = ?1 AND r.record_id = ?2")
            .arg(RecordColumns),
        {collection, recordId}, readRecord);
}

Result<QList<RecordState>> SqlSyncRepository::liveRecords(const QString &collection, const QString &owner)
{
    return many<RecordState>(
        *m_sql,
        QStringLiteral("SELECT %1 FROM records r WHERE r.collection = ?1 AND r.deleted = 0"
                       " AND (?2 = '' OR r.owner_org = ?2) ORDER BY r.record_id")
            .arg(RecordColumns),
        {collection, text(owner)}, readRecord);
}

Result<qint64> SqlSyncRepository::nextChangeSeq()
{
    // A counter row instead of AUTOINCREMENT or a sequence: its row lock, held until the
    // transaction ends, serialises writers, so a change with a lower seq is never committed after
    // one with a higher seq (a PostgreSQL sequence would allow that, and a pull in between would
    // skip the late change for good; docs/sync-protocol.md).
    if (m_postgres) { // one round trip instead of two, with the counter row locked
        auto value = single<qint64>(
            *m_sql,
            QStringLiteral(
                "UPDATE change_counter SET value = value + 1 WHERE name = 'records' RETURNING value"),
            {}, [](const SqlRow &row) { return row.int64(0); });
        if (!value)
            return std::unexpected(value.error());
        if (!*value)
            return Core::fail(Core::ErrorCode::Sql, QStringLiteral("The change counter is missing."));
        return **value;
    }
    GD_TRY(done(run(
        QStringLiteral("UPDATE OR FAIL change_counter SET value = value + 1 WHERE name = 'records'"), {})));
    return latestChangeSeq();
}

Result<qint64> SqlSyncRepository::latestChangeSeq()
{
    auto value
        = single<qint64>(*m_sql, QStringLiteral("SELECT value FROM change_counter WHERE name = 'records'"),
                         {}, [](const SqlRow &row) { return row.int64(0); });
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(0);
}

Result<> SqlSyncRepository::saveRecord(const RecordState &record)
{
    const SqlParams key{record.collection, record.recordId};
    GD_TRY(
        done(run(QStringLiteral("DELETE FROM record_access WHERE collection = ?1 AND record_id = ?2"), key)));
    GD_TRY(
        done(run(QStringLiteral("DELETE FROM record_blobs WHERE collection = ?1 AND record_id = ?2"), key)));
    const SqlParams values{record.collection,
                           record.recordId,
                           record.owner,
                           jsonText(record.recipients),
                           record.revision,
                           qint64(record.deleted ? 1 : 0),
                           jsonText(record.payload),
                           text(record.updatedAt),
                           text(record.updatedBy),
                           record.seq};
    const QString insert = QStringLiteral(
        "INSERT INTO records (collection, record_id, owner_org, recipients, revision, deleted,"
        " payload, updated_at, updated_by, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (m_postgres) {
        // PostgreSQL has UPSERT (SQLite 3.15 has not): one round trip, in the counter's lock.
        GD_TRY(
            done(run(insert
                         + QStringLiteral(" ON CONFLICT (collection, record_id) DO UPDATE SET"
                                          " owner_org = EXCLUDED.owner_org, recipients = EXCLUDED.recipients,"
                                          " revision = EXCLUDED.revision, deleted = EXCLUDED.deleted,"
                                          " payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at,"
                                          " updated_by = EXCLUDED.updated_by, seq = EXCLUDED.seq"),
                     values)));
    } else {
        GD_TRY(
            upsert(*m_sql,
                   QStringLiteral("UPDATE OR FAIL records SET owner_org = ?3, recipients = ?4, revision = ?5,"
                                  " deleted = ?6, payload = ?7, updated_at = ?8, updated_by = ?9, seq = ?10"
                                  " WHERE collection = ?1 AND record_id = ?2"),
                   insert, values));
    }
    QStringList readers{record.owner};
    for (const QString &recipient : record.recipients) {
        if (!readers.contains(recipient))
            readers << recipient;
    }
    for (const QString &organisationId : std::as_const(readers)) {
        GD_TRY(done(run(QStringLiteral("INSERT INTO record_access (org_id, collection, record_id, seq)"
                                       " VALUES (?3, ?1, ?2, ?4)"),
                        {record.collection, record.recordId, organisationId, record.seq})));
    }
    QStringList blobIds;
    for (const QString &sha256 : record.blobIds) {
        if (!blobIds.contains(sha256))
            blobIds << sha256;
    }
    for (const QString &sha256 : std::as_const(blobIds)) {
        GD_TRY(done(run(
            QStringLiteral("INSERT INTO record_blobs (collection, record_id, sha256) VALUES (?1, ?2, ?3)"),
            {record.collection, record.recordId, sha256})));
    }
    return {};
}

Result<bool> SqlSyncRepository::visitChanges(const QString &organisationId, qint64 afterSeq, int limit,
                                             const QStringList &hiddenCollections, const ChangeVisitor &visit)
{
    // record_access carries the seq, so a page is one range scan of the index (org_id, seq), and
    // the seq (unique, the same in both tables) finds the record. Hidden collections are a filter
    // on that scan, so a page still holds `limit` readable changes.
    SqlParams params{organisationId, afterSeq, qint64(limit) + 1}; // one more tells hasMore
    for (const QString &collection : hiddenCollections)
        params << collection;
    int visited = 0;
    bool hasMore = false;
    GD_TRY(m_sql->visit(
        QStringLiteral("SELECT %1 FROM record_access a JOIN records r ON r.seq = a.seq"
                       " WHERE a.org_id = ?1 AND a.seq > ?2%2 ORDER BY a.seq LIMIT ?3")
            .arg(RecordColumns, inList(QStringLiteral("r.collection"), hiddenCollections, 4, true)),
        params, [&](const SqlRow &row) {
            if (visited == limit) {
                hasMore = true;
                return false;
            }
            ++visited;
            visit(ChangeView{row.bytes(0), row.bytes(1), row.bytes(2), row.bytes(3), row.bytes(6),
                             row.bytes(7), row.int64(4), row.int64(9), row.int64(5) != 0});
            return true;
        }));
    return hasMore;
}

Result<std::optional<BlobInfo>> SqlSyncRepository::blob(const QString &sha256)
{
    return single<BlobInfo>(
        *m_sql, QStringLiteral("SELECT sha256, size, received, complete FROM blobs WHERE sha256 = ?1"),
        {sha256}, [](const SqlRow &row) {
            return BlobInfo{row.text(0), row.int64(1), row.int64(2), row.int64(3) != 0};
        });
}

Result<> SqlSyncRepository::saveBlob(const BlobInfo &blob)
{
    return upsert(
        *m_sql,
        QStringLiteral("UPDATE OR FAIL blobs SET size = ?2, received = ?3, complete = ?4 WHERE sha256 = ?1"),
        QStringLiteral("INSERT INTO blobs (sha256, size, received, complete) VALUES (?1, ?2, ?3, ?4)"),
        {blob.sha256, blob.size, blob.received, qint64(blob.complete ? 1 : 0)});
}

Result<> SqlSyncRepository::removeBlob(const QString &sha256)
{
    return done(run(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?1"), {sha256}));
}

Result<std::optional<BlobInfo>> SqlSyncRepository::blobUpload(const QString &sha256,
                                                              const QString &organisationId)
{
    return single<BlobInfo>(
        *m_sql,
        QStringLiteral("SELECT sha256, size, received FROM blob_uploads WHERE sha256 = ?1 AND org_id = ?2"),
        {sha256, organisationId}, [](const SqlRow &row) {
            return BlobInfo{row.text(0), row.int64(1), row.int64(2), false};
        });
}

Result<> SqlSyncRepository::saveBlobUpload(const QString &organisationId, const BlobInfo &upload)
{
    return upsert(
        *m_sql,
        QStringLiteral(
            "UPDATE OR FAIL blob_uploads SET size = ?3, received = ?4 WHERE sha256 = ?1 AND org_id = ?2"),
        QStringLiteral("INSERT INTO blob_uploads (sha256, org_id, size, received) VALUES (?1, ?2, ?3, ?4)"),
        {upload.sha256, organisationId, upload.size, upload.received});
}

Result<> SqlSyncRepository::removeBlobUpload(const QString &sha256, const QString &organisationId)
{
    return done(run(QStringLiteral("DELETE FROM blob_uploads WHERE sha256 = ?1 AND org_id = ?2"),
                    {sha256, organisationId}));
}

Result<> SqlSyncRepository::grantBlob(const QString &sha256, const QString &organisationId)
{
    const SqlParams params{sha256, organisationId};
    auto present
        = single<int>(*m_sql, QStringLiteral("SELECT 1 FROM blob_access WHERE sha256 = ?1 AND org_id = ?2"),
                      params, [](const SqlRow &) { return 1; });
    if (!present)
        return std::unexpected(present.error());
    if (*present)
        return {};
    return done(run(QStringLiteral("INSERT INTO blob_access (sha256, org_id) VALUES (?1, ?2)"), params));
}

Result<bool> SqlSyncRepository::canReadBlob(const QString &sha256, const QString &organisationId,
                                            const QStringList &hiddenCollections)
{
    // Uploaded by the organisation, or named by a record it can read (record_access: owner and
    // recipients, the same rows that decide what it pulls, minus the hidden collections). An
    // upload by a colleague does not open an attachment of a hidden collection's record: the
    // organisation's grant counts only for blobs no hidden record names.
    QString hiddenNamed;
    if (!hiddenCollections.isEmpty()) {
        hiddenNamed = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM record_blobs h WHERE h.sha256 = ?1%1)")
                          .arg(inList(QStringLiteral("h.collection"), hiddenCollections, 3, false));
    }
    SqlParams params{sha256, organisationId};
    for (const QString &collection : hiddenCollections)
        params << collection;
    auto found = single<int>(
        *m_sql,
        QStringLiteral("SELECT 1 FROM blob_access WHERE sha256 = ?1 AND org_id = ?2%2"
                       " UNION ALL SELECT 1 FROM record_blobs b JOIN record_access a"
                       " ON a.collection = b.collection AND a.record_id = b.record_id WHERE b.sha256 = ?1 "
                       "AND a.org_id = ?2%1"
                       " LIMIT 1")
            .arg(inList(QStringLiteral("b.collection"), hiddenCollections, 3, true), hiddenNamed),
        params, [](const SqlRow &) { return 1; });
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

} // namespace GovDesk::Server
