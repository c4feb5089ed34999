// SyncRepository: everything the server stores, behind an interface so that a PostgreSQL backend
// can replace SQLite. The protocol's rules (ownership, conflicts, idempotency) live in OpApplier,
// not here, so a second backend implements storage only.
#pragma once

#include "Result.h"
#include "sync/RedHeaderTemplate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace GovDesk::Server {

template<typename T = void> using Result = Core::Result<T>;

struct Organisation
{
    QString id;
    QString name;
};

// One of an organisation's 套红 templates (schema 7).
struct OrganisationTemplate
{
    QString organisationId;
    Core::RedHeaderTemplate header;
};

struct UserAccount
{
    QString id;
    QString name;
    QString organisationId;
    QStringList roles;
    QString passwordHash; // PasswordHasher's encoded form
};

// Who may read and write a collection (docs/sync-protocol.md, Roles). An empty list is everyone
// of the organisations that see the record anyway; a collection without a row is open likewise.
struct CollectionPermission
{
    QString collection;
    QStringList readRoles;
    QStringList writeRoles;
};

// An action is a write that gives a top-level payload field one value (or takes it away), e.g.
// documents.document status=签发: only the roles listed may make that change.
struct ActionPermission
{
    QString collection;
    QString field;
    QString value;
    QStringList roles;
    // When set, no role may give the field this value and a push doing so is refused with this
    // text: e.g. classification=秘密, as 涉密公文不得在非涉密网络传输 (taking it away stays allowed).
    QString refusal;
};

enum class TokenKind { Access, Refresh };

struct StoredToken
{
    QByteArray tokenHash; // lower-case hex SHA-256 of the token; tokens themselves are never stored
    TokenKind kind = TokenKind::Access;
    QString userId;
    QString sessionId; // one sign-in: sign-out revokes every token of it
    QString device;
    qint64 expiresAt = 0; // seconds since the epoch
};

struct RecordState
{
    QString collection;
    QString recordId;
    QString owner; // organisation id
    QStringList recipients;
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject payload;
    QString updatedAt; // RFC 3339
    QString updatedBy; // user id
    qint64 seq = 0;    // position in the global change sequence
    // The blobs its payload names (BlobReferences::of): whoever reads the record may read them.
    // Written by saveRecord(), not read back by record() or changes().
    QStringList blobIds;
};

// A number handed out of a series (the 发文字号 「柳政办发〔2026〕12号」 is series 柳政办发, year 2026,
// number 12), for one record; remembered under its op id.
struct NumberAllocation
{
    QString opId;
    QString userId;
    QString organisationId;
    QString series;
    int year = 0;
    qint64 number = 0;
    QString collection;
    QString recordId;
    QString allocatedAt; // RFC 3339
};

// The server's seal CA: it certifies every organisation's seal key (GET /v1/seal/authority).
struct SealAuthority
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString createdAt; // RFC 3339
};

// An organisation's electronic seal: its SM2 key and certificate (GET /v1/seal, signers only).
struct OrganisationSeal
{
    QString organisationId;
    QString sealId;
    QString sealName; // the organisation's name as on the seal
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString issuedAt;   // RFC 3339
    QString validUntil; // RFC 3339
};

// What the server remembers under an op id (applied and rejected ops; never conflicts).
struct StoredOp
{
    QString opId;
    QString userId;
    QString status; // "applied" or "rejected"
    qint64 revision = 0;
    QString reasonCode;
    QString reasonMessage;
    QString createdAt;
};

// One change of a pull page as the repository stores it, for writing the answer without copies:
// texts in UTF-8, recipients and payload as their stored compact JSON. Valid only during the visit.
struct ChangeView
{
    QByteArrayView collection;
    QByteArrayView recordId;
    QByteArrayView owner;
    QByteArrayView recipientsJson;
    QByteArrayView payloadJson;
    QByteArrayView updatedAt;
    qint64 revision = 0;
    qint64 seq = 0;
    bool deleted = false;
};
using ChangeVisitor = std::function<void(const ChangeView &)>;

// visitChanges() collected into records (tests and tools; the pull writes its answer directly).
struct ChangePage
{
    QList<RecordState> changes;
    bool hasMore = false;
};

// A complete blob (complete = true), or one organisation's upload in progress.
struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

// Implementations are safe to call from several threads at once (the server's worker lanes).
class SyncRepository
{
public:
    virtual ~SyncRepository() = default;

    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    [[nodiscard]] virtual Result<> inTransaction(const std::function<Result<>()> &work) = 0;

    [[nodiscard]] virtual Result<> addOrganisation(const Organisation &organisation) = 0;
    [[nodiscard]] virtual Result<std::optional<Organisation>> organisation(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<Organisation>> organisations() = 0;

    [[nodiscard]] virtual Result<> addUser(const UserAccount &user) = 0;
    [[nodiscard]] virtual Result<std::optional<UserAccount>> user(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<UserAccount>> users() = 0;
    [[nodiscard]] virtual Result<> setPasswordHash(const QString &userId, const QString &passwordHash) = 0;
    [[nodiscard]] virtual Result<> setUserRoles(const QString &userId, const QStringList &roles) = 0;

    [[nodiscard]] virtual Result<QList<CollectionPermission>> collectionPermissions() = 0;
    [[nodiscard]] virtual Result<std::optional<CollectionPermission>>
    collectionPermission(const QString &collection) = 0;
    // Inserts or replaces the collection's row.
    [[nodiscard]] virtual Result<> saveCollectionPermission(const CollectionPermission &permission) = 0;
    [[nodiscard]] virtual Result<> removeCollectionPermission(const QString &collection) = 0;
    // The actions declared on `collection`; every collection's when it is empty.
    [[nodiscard]] virtual Result<QList<ActionPermission>> actionPermissions(const QString &collection) = 0;
    // Inserts or replaces the row of (collection, field, value).
    [[nodiscard]] virtual Result<> saveActionPermission(const ActionPermission &permission) = 0;
    [[nodiscard]] virtual Result<> removeActionPermission(const QString &collection, const QString &field,
                                                          const QString &value)
        = 0;

    [[nodiscard]] virtual Result<> addToken(const StoredToken &token) = 0;
    [[nodiscard]] virtual Result<std::optional<StoredToken>> token(const QByteArray &tokenHash) = 0;
    // A token and its user (none when the user was removed) in one lookup: every authenticated
    // request asks, and on PostgreSQL each lookup is a round trip.
    [[nodiscard]] virtual Result<std::optional<std::pair<StoredToken, std::optional<UserAccount>>>>
    tokenWithUser(const QByteArray &tokenHash) = 0;
    [[nodiscard]] virtual Result<> removeToken(const QByteArray &tokenHash) = 0;
    [[nodiscard]] virtual Result<> removeSession(const QString &sessionId) = 0;
    [[nodiscard]] virtual Result<> removeUserTokens(const QString &userId) = 0;
    [[nodiscard]] virtual Result<> removeTokensExpiredBefore(qint64 epochSeconds) = 0;

    [[nodiscard]] virtual Result<std::optional<StoredOp>> op(const QString &opId) = 0;
    [[nodiscard]] virtual Result<> addOp(const StoredOp &op) = 0;

    // Numbers of an organisation's series per year: 1, 2, 3 … without gaps or duplicates. Taking
    // and saving happen in one transaction (inTransaction).
    [[nodiscard]] virtual Result<std::optional<NumberAllocation>> numberAllocation(const QString &opId) = 0;
    [[nodiscard]] virtual Result<std::optional<NumberAllocation>>
    numberAllocationFor(const QString &collection, const QString &recordId, const QString &series, int year)
        = 0;
    [[nodiscard]] virtual Result<qint64> takeNextNumber(const QString &organisationId, const QString &series,
                                                        int year)
        = 0;
    [[nodiscard]] virtual Result<> saveNumberAllocation(const NumberAllocation &allocation) = 0;

    // Seals (schema 6). Saving an existing one fails on the key: seals are issued once.
    [[nodiscard]] virtual Result<std::optional<SealAuthority>> sealAuthority() = 0;
    [[nodiscard]] virtual Result<> saveSealAuthority(const SealAuthority &authority) = 0;
    [[nodiscard]] virtual Result<std::optional<OrganisationSeal>>
    organisationSeal(const QString &organisationId) = 0;
    [[nodiscard]] virtual Result<QList<OrganisationSeal>> organisationSeals() = 0;
    [[nodiscard]] virtual Result<> saveOrganisationSeal(const OrganisationSeal &seal) = 0;

    // 套红 templates (schema 7), by organisation id, each organisation's in the order they were
    // first set. Saving replaces the organisation's template of the same key (RedHeaderTemplate::
    // key()) in its place; the caller checks the set (RedHeaderTemplates::validateSet).
    [[nodiscard]] virtual Result<QList<OrganisationTemplate>> redHeaderTemplates() = 0;
    [[nodiscard]] virtual Result<> saveRedHeaderTemplate(const QString &organisationId,
                                                         const Core::RedHeaderTemplate &header)
        = 0;
    // False when the organisation has no template of that key.
    [[nodiscard]] virtual Result<bool> removeRedHeaderTemplate(const QString &organisationId,
                                                               const QString &key)
        = 0;

    [[nodiscard]] virtual Result<std::optional<RecordState>> record(const QString &collection,
                                                                    const QString &recordId)
        = 0;
    // The current, not deleted records of `collection` owned by `owner` (every owner's when it is
    // empty), by record id: the public portal reads them and filters by payload.
    [[nodiscard]] virtual Result<QList<RecordState>> liveRecords(const QString &collection,
                                                                 const QString &owner)
        = 0;
    // The next value of the global change sequence. Called inside the transaction that stores the
    // change, so that sequence order is commit order and a pull cursor never skips a change.
    [[nodiscard]] virtual Result<qint64> nextChangeSeq() = 0;
    // The latest value of the sequence (0 before the first change): no cursor issued is larger.
    [[nodiscard]] virtual Result<qint64> latestChangeSeq() = 0;
    // Inserts or replaces the record (with record.seq from nextChangeSeq()) and its visibility:
    // the owner and each recipient organisation; and the blobs it names (record.blobIds).
    [[nodiscard]] virtual Result<> saveRecord(const RecordState &record) = 0;
    // Visits up to `limit` records visible to `organisationId` whose latest change is after
    // `afterSeq`, oldest first, leaving out the collections in `hiddenCollections` (those the
    // user's roles may not read). True when more changes follow (the page's hasMore).
    [[nodiscard]] virtual Result<bool> visitChanges(const QString &organisationId, qint64 afterSeq, int limit,
                                                    const QStringList &hiddenCollections,
                                                    const ChangeVisitor &visit)
        = 0;
    // The same page, copied into records.
    [[nodiscard]] Result<ChangePage> changes(const QString &organisationId, qint64 afterSeq, int limit,
                                             const QStringList &hiddenCollections);

    // Complete blobs: the bytes are stored once, whoever uploaded them.
    [[nodiscard]] virtual Result<std::optional<BlobInfo>> blob(const QString &sha256) = 0;
    [[nodiscard]] virtual Result<> saveBlob(const BlobInfo &blob) = 0;
    [[nodiscard]] virtual Result<> removeBlob(const QString &sha256) = 0;

    // Uploads in progress, one per blob and organisation: nobody else can restart or read them.
    [[nodiscard]] virtual Result<std::optional<BlobInfo>> blobUpload(const QString &sha256,
                                                                     const QString &organisationId)
        = 0;
    [[nodiscard]] virtual Result<> saveBlobUpload(const QString &organisationId, const BlobInfo &upload) = 0;
    [[nodiscard]] virtual Result<> removeBlobUpload(const QString &sha256, const QString &organisationId) = 0;

    // Records that `organisationId` uploaded the whole blob (its bytes hashed right).
    [[nodiscard]] virtual Result<> grantBlob(const QString &sha256, const QString &organisationId) = 0;
    // Whether `organisationId` uploaded the blob or can read a record that names it, outside the
    // collections in `hiddenCollections`.
    [[nodiscard]] virtual Result<bool> canReadBlob(const QString &sha256, const QString &organisationId,
                                                   const QStringList &hiddenCollections)
        = 0;
};

} // namespace GovDesk::Server
