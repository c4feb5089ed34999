// SqliteSyncRepository: SyncRepository on one SQLite file (WAL) through govdesk-core's Database.
// The SQL is kept to what PostgreSQL also accepts where SQLite 3.15 (SQLCipher 3.4.1) allows it.
#pragma once

#include "SyncRepository.h"

#include <memory>
#include <mutex>

namespace GovDesk::Core {
class Database;
class Statement;
}

namespace GovDesk::Server {

class SqliteSyncRepository final : public SyncRepository
{
public:
    struct OpenOptions
    {
        // The server takes the file lock so that two servers never share a data directory; the
        // admin CLI does not, so users can be added while the server runs (SQLite serialises
        // the writes of both processes).
        bool exclusive = true;
    };

    // Opens (creating when missing) a plain SQLite file and brings its schema up to date.
    // govdesk-core's Database is used rather than the system libsqlite3: SQLCipher exports the same
    // symbols, and no GovDesk binary may load both (docs/architecture.md).
    [[nodiscard]] static Result<std::unique_ptr<SqliteSyncRepository>> open(const QString &path, OpenOptions options);
    ~SqliteSyncRepository() override;

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
    [[nodiscard]] Result<std::optional<CollectionPermission>> collectionPermission(const QString &collection) override;
    [[nodiscard]] Result<> saveCollectionPermission(const CollectionPermission &permission) override;
    [[nodiscard]] Result<> removeCollectionPermission(const QString &collection) override;
    [[nodiscard]] Result<QList<ActionPermission>> actionPermissions(const QString &collection) override;
    [[nodiscard]] Result<> saveActionPermission(const ActionPermission &permission) override;
    [[nodiscard]] Result<> removeActionPermission(const QString &collection, const QString &field,
                                                  const QString &value) override;

    [[nodiscard]] Result<> addToken(const StoredToken &token) override;
    [[nodiscard]] Result<std::optional<StoredToken>> token(const QByteArray &tokenHash) override;
    [[nodiscard]] Result<> removeToken(const QByteArray &tokenHash) override;
    [[nodiscard]] Result<> removeSession(const QString &sessionId) override;
    [[nodiscard]] Result<> removeUserTokens(const QString &userId) override;
    [[nodiscard]] Result<> removeTokensExpiredBefore(qint64 epochSeconds) override;

    [[nodiscard]] Result<std::optional<StoredOp>> op(const QString &opId) override;
    [[nodiscard]] Result<> addOp(const StoredOp &op) override;

    [[nodiscard]] Result<std::optional<NumberAllocation>> numberAllocation(const QString &opId) override;
    [[nodiscard]] Result<std::optional<NumberAllocation>> numberAllocationFor(const QString &collection,
                                                                              const QString &recordId,
                                                                              const QString &series, int year) override;
    [[nodiscard]] Result<qint64> takeNextNumber(const QString &organisationId, const QString &series, int year) override;
    [[nodiscard]] Result<> saveNumberAllocation(const NumberAllocation &allocation) override;

    // In SqliteSyncRepositorySeals.cpp.
    [[nodiscard]] Result<std::optional<SealAuthority>> sealAuthority() override;
    [[nodiscard]] Result<> saveSealAuthority(const SealAuthority &authority) override;
    [[nodiscard]] Result<std::optional<OrganisationSeal>> organisationSeal(const QString &organisationId) override;
    [[nodiscard]] Result<QList<OrganisationSeal>> organisationSeals() override;
    [[nodiscard]] Result<> saveOrganisationSeal(const OrganisationSeal &seal) override;

    // In SqliteSyncRepositoryTemplates.cpp.
    [[nodiscard]] Result<QList<OrganisationTemplate>> redHeaderTemplates() override;
    [[nodiscard]] Result<> saveRedHeaderTemplate(const QString &organisationId,
                                                 const Core::RedHeaderTemplate &header) override;
    [[nodiscard]] Result<bool> removeRedHeaderTemplate(const QString &organisationId, const QString &key) override;

    [[nodiscard]] Result<std::optional<RecordState>> record(const QString &collection, const QString &recordId) override;
    [[nodiscard]] Result<QList<RecordState>> liveRecords(const QString &collection, const QString &owner) override;
    [[nodiscard]] Result<qint64> nextChangeSeq() override;
    [[nodiscard]] Result<qint64> latestChangeSeq() override;
    [[nodiscard]] Result<> saveRecord(const RecordState &record) override;
    [[nodiscard]] Result<bool> visitChanges(const QString &organisationId, qint64 afterSeq, int limit,
                                            const QStringList &hiddenCollections, const ChangeVisitor &visit) override;

    [[nodiscard]] Result<std::optional<BlobInfo>> blob(const QString &sha256) override;
    [[nodiscard]] Result<> saveBlob(const BlobInfo &blob) override;
    [[nodiscard]] Result<> removeBlob(const QString &sha256) override;
    [[nodiscard]] Result<std::optional<BlobInfo>> blobUpload(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> saveBlobUpload(const QString &organisationId, const BlobInfo &upload) override;
    [[nodiscard]] Result<> removeBlobUpload(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> grantBlob(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<bool> canReadBlob(const QString &sha256, const QString &organisationId,
                                           const QStringList &hiddenCollections) override;

    // For tests only: the connection, without the lock.
    [[nodiscard]] Core::Database &database() { return *m_db; }

private:
    explicit SqliteSyncRepository(std::unique_ptr<Core::Database> db);
    // Runs a statement that returns no rows; `bind` fills its parameters.
    [[nodiscard]] Result<> run(const QString &sql, const std::function<void(Core::Statement &)> &bind);

    // One connection (opened SQLITE_OPEN_NOMUTEX) shared by the server's worker threads: every
    // method holds the lock, and inTransaction() holds it for the whole transaction, so the
    // calls `work` makes re-enter it (hence recursive) while other threads wait.
    std::recursive_mutex m_mutex;
    std::unique_ptr<Core::Database> m_db;
};

} // namespace GovDesk::Server
