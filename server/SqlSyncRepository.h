// SqlSyncRepository: SyncRepository in SQL that SQLite and PostgreSQL both read, run through a
// SqlSession — one file of SQLite (WAL) for a single office, trainers and tests; PostgreSQL when
// several govdesk-syncd instances share one database (docs/deployment.md).
#pragma once

#include "SyncRepository.h"
#include "sql/SqlSession.h"

#include <memory>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Server {

class PgSession;

class SqlSyncRepository final : public SyncRepository
{
public:
    struct SqliteOptions
    {
        // The server takes the file lock so that two servers never share a data directory; the
        // admin CLI does not, so users can be added while the server runs (SQLite serialises
        // the writes of both processes).
        bool exclusive = true;
    };

    // Opens (creating when missing) a plain SQLite file and brings its schema up to date.
    // govdesk-core's Database is used rather than the system libsqlite3: SQLCipher exports the same
    // symbols, and no GovDesk binary may load both (docs/architecture.md).
    [[nodiscard]] static Result<std::unique_ptr<SqlSyncRepository>> openSqlite(const QString &path,
                                                                               SqliteOptions options);
    // Connects to PostgreSQL ("postgresql://user@host:port/database", libpq's syntax) and brings
    // its schema up to date; up to `connections` connections at once, shared by the caller's threads.
    [[nodiscard]] static Result<std::unique_ptr<SqlSyncRepository>> openPostgres(const QString &uri,
                                                                                 int connections);
    // `database`: a PostgreSQL URI, or empty for the SQLite file `sqlitePath`.
    [[nodiscard]] static Result<std::unique_ptr<SqlSyncRepository>>
    open(const QString &database, const QString &sqlitePath, SqliteOptions options);
    [[nodiscard]] static bool isPostgresUri(const QString &database);
    ~SqlSyncRepository() override;

    [[nodiscard]] Result<> inTransaction(const std::function<Result<>()> &work) override;

    [[nodiscard]] Result<> addOrganisation(const Organisation &organisation) override;
    [[nodiscard]] Result<std::optional<Organisation>> organisation(const QString &id) override;
    [[nodiscard]] Result<QList<Organisation>> organisations() override;

    [[nodiscard]] Result<> addUser(const UserAccount &user) override;
    [[nodiscard]] Result<std::optional<UserAccount>> user(const QString &id) override;
    [[nodiscard]] Result<QList<UserAccount>> users() override;
    [[nodiscard]] Result<> setPasswordHash(const QString &userId, const QString &passwordHash) override;
    [[nodiscard]] Result<> setUserRoles(const QString &userId, const QStringList &roles) override;

    [[nodiscard]] Result<QList<CollectionPermission>> collectionPermissions() override;
    [[nodiscard]] Result<std::optional<CollectionPermission>>
    collectionPermission(const QString &collection) override;
    [[nodiscard]] Result<> saveCollectionPermission(const CollectionPermission &permission) override;
    [[nodiscard]] Result<> removeCollectionPermission(const QString &collection) override;
    [[nodiscard]] Result<QList<ActionPermission>> actionPermissions(const QString &collection) override;
    [[nodiscard]] Result<> saveActionPermission(const ActionPermission &permission) override;
    [[nodiscard]] Result<> removeActionPermission(const QString &collection, const QString &field,
                                                  const QString &value) override;

    [[nodiscard]] Result<> addToken(const StoredToken &token) override;
    [[nodiscard]] Result<std::optional<StoredToken>> token(const QByteArray &tokenHash) override;
    [[nodiscard]] Result<std::optional<std::pair<StoredToken, std::optional<UserAccount>>>>
    tokenWithUser(const QByteArray &tokenHash) override;
    [[nodiscard]] Result<> removeToken(const QByteArray &tokenHash) override;
    [[nodiscard]] Result<> removeSession(const QString &sessionId) override;
    [[nodiscard]] Result<> removeUserTokens(const QString &userId) override;
    [[nodiscard]] Result<> removeTokensExpiredBefore(qint64 epochSeconds) override;

    [[nodiscard]] Result<std::optional<StoredOp>> op(const QString &opId) override;
    [[nodiscard]] Result<> addOp(const StoredOp &op) override;

    [[nodiscard]] Result<std::optional<NumberAllocation>> numberAllocation(const QString &opId) override;
    [[nodiscard]] Result<std::optional<NumberAllocation>> numberAllocationFor(const QString &collection,
                                                                              const QString &recordId,
                                                                              const QString &series,
                                                                              int year) override;
    [[nodiscard]] Result<qint64> takeNextNumber(const QString &organisationId, const QString &series,
                                                int year) override;
    [[nodiscard]] Result<> saveNumberAllocation(const NumberAllocation &allocation) override;

    // In SqlSyncRepositorySeals.cpp.
    [[nodiscard]] Result<std::optional<SealAuthority>> sealAuthority() override;
    [[nodiscard]] Result<> saveSealAuthority(const SealAuthority &authority) override;
    [[nodiscard]] Result<std::optional<OrganisationSeal>>
    organisationSeal(const QString &organisationId) override;
    [[nodiscard]] Result<QList<OrganisationSeal>> organisationSeals() override;
    [[nodiscard]] Result<> saveOrganisationSeal(const OrganisationSeal &seal) override;

    // In SqlSyncRepositoryTemplates.cpp.
    [[nodiscard]] Result<QList<OrganisationTemplate>> redHeaderTemplates() override;
    [[nodiscard]] Result<> saveRedHeaderTemplate(const QString &organisationId,
                                                 const Core::RedHeaderTemplate &header) override;
    [[nodiscard]] Result<bool> removeRedHeaderTemplate(const QString &organisationId,
                                                       const QString &key) override;

    [[nodiscard]] Result<std::optional<RecordState>> record(const QString &collection,
                                                            const QString &recordId) override;
    [[nodiscard]] Result<QList<RecordState>> liveRecords(const QString &collection,
                                                         const QString &owner) override;
    [[nodiscard]] Result<qint64> nextChangeSeq() override;
    [[nodiscard]] Result<qint64> latestChangeSeq() override;
    [[nodiscard]] Result<> saveRecord(const RecordState &record) override;
    [[nodiscard]] Result<bool> visitChanges(const QString &organisationId, qint64 afterSeq, int limit,
                                            const QStringList &hiddenCollections,
                                            const ChangeVisitor &visit) override;

    [[nodiscard]] Result<std::optional<BlobInfo>> blob(const QString &sha256) override;
    [[nodiscard]] Result<> saveBlob(const BlobInfo &blob) override;
    [[nodiscard]] Result<> removeBlob(const QString &sha256) override;
    [[nodiscard]] Result<std::optional<BlobInfo>> blobUpload(const QString &sha256,
                                                             const QString &organisationId) override;
    [[nodiscard]] Result<> saveBlobUpload(const QString &organisationId, const BlobInfo &upload) override;
    [[nodiscard]] Result<> removeBlobUpload(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> grantBlob(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<bool> canReadBlob(const QString &sha256, const QString &organisationId,
                                           const QStringList &hiddenCollections) override;

    // Connections of an instance's pool (open()), one per API thread. With the rate limiter's 2
    // and the blob store's 4, an instance holds 14: PostgreSQL's default max_connections (100)
    // serves seven instances (docs/deployment.md).
    static constexpr int PostgresConnections = 8;

    // The last schema step the database applied (sql/SyncSchema).
    [[nodiscard]] Result<int> schemaVersion();
    // "sqlite" or "postgresql" (GET /readyz says which).
    [[nodiscard]] QString databaseKind() const
    {
        return m_sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }

    // For tests only: the SQLite file's connection (null on PostgreSQL).
    [[nodiscard]] Core::Database *sqliteDatabase() { return m_sqlite; }

private:
    // Exactly one of `sqlite` and `postgres` is the back-end behind `sql`.
    SqlSyncRepository(std::unique_ptr<SqlSession> sql, Core::Database *sqlite, PgSession *postgres);
    // A statement that returns no rows; the rows it changed.
    [[nodiscard]] Result<qint64> run(const QString &sql, const SqlParams &params)
    {
        return m_sql->run(sql, params);
    }

    std::unique_ptr<SqlSession> m_sql;
    Core::Database *m_sqlite = nullptr;
    PgSession *m_postgres = nullptr;
};

} // namespace GovDesk::Server
