// RecordStore: the offline-first record API of modules; every change is written with its outbox op.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"
#include "sync/ProtocolRules.h"
#include "sync/RecordListeners.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace GovDesk::Core {

class Database;
struct RecordQuery;

// A module keeps a synced record here as (collection, recordId) → JSON object. Every put() or
// remove() writes the record and an outbox row (a new op id) in ONE transaction; inside a
// caller's transaction that is a savepoint, so a module can write its own tables and the record
// atomically. The sync engine pushes the outbox later; nothing here touches the network.
//
// Conflicts: when a push meets a newer server version, the record keeps the local version with
// hasConflict and the conflict holds both (conflicts()). Until the user chooses
// (resolveKeepLocal / resolveTakeServer), further edits of that record update the conflict's
// local side and are not pushed: the choice decides what is sent.
//
// One RecordStore per connection and thread; it is not thread-safe. The session owns the UI
// thread's; the sync worker makes its own on its own connection.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    using Clock = std::function<QDateTime()>;
    using ListenerId = RecordListeners::Id;

    static constexpr const char *MigrationOwner = "core.sync";
    [[nodiscard]] static QList<Migration> migrations();

    // The server's default maxPayloadBytes: a bigger payload is refused here, at once, rather than
    // rejected by the server days later.
    static constexpr qsizetype MaxPayloadBytes = ProtocolRules::Defaults::MaxPayloadBytes;

    // `listeners` outlive the store when the session shares its registry; null = a private one.
    explicit RecordStore(Database &db, std::shared_ptr<RecordListeners> listeners = {}, Clock clock = {});
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // A new client-generated record id (UUID text), so that records can be created offline.
    [[nodiscard]] static QString newRecordId();
    // `[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*`, at most 64 characters (the protocol's rule).
    [[nodiscard]] static bool isValidCollection(const QString &collection);

    // Creates or replaces the record's payload (a deleted record comes back). Record ids have 1
    // to 128 characters (the protocol's rule); newRecordId() makes suitable ones. `recipients`
    // non-empty replaces the organisations the record is addressed to; empty leaves them as
    // they are. A record whose last outbox op was never sent has that op updated instead of a
    // second one added, so ten edits offline are one push.
    [[nodiscard]] Result<> put(const QString &collection, const QString &recordId, const QJsonObject &payload,
                               const QStringList &recipients = {});
    // Marks the record deleted (a tombstone that syncs). A record the server never saw is simply
    // gone, outbox op included. Removing a deleted record does nothing; an unknown one is NotFound.
    [[nodiscard]] Result<> remove(const QString &collection, const QString &recordId);

    // Deleted records are left out unless asked for.
    [[nodiscard]] Result<std::optional<SyncRecord>> get(const QString &collection, const QString &recordId,
                                                        bool includeDeleted = false) const;
    // Ordered by record id.
    [[nodiscard]] Result<QList<SyncRecord>> list(const QString &collection, bool includeDeleted = false) const;
    // One page of a collection, filtered by top-level payload fields (module/ModuleRecords.h).
    static constexpr int MaxQueryLimit = 1000;
    [[nodiscard]] Result<QList<SyncRecord>> query(const RecordQuery &query) const;
    [[nodiscard]] Result<int> count(const RecordQuery &query) const;

    // Outbox rows not acknowledged by the server (including rejected ones, which need a person).
    [[nodiscard]] Result<int> pendingCount() const;
    // Ops the server refused for good (forbidden, bad value, too large): held back, reported.
    [[nodiscard]] Result<QList<OutboxOp>> rejectedOps() const;
    // Drops a rejected op: the local record keeps its content but is no longer pushed; the next
    // server change of it replaces it.
    [[nodiscard]] Result<> discardRejected(const QString &opId);

    // Open conflicts, oldest first.
    [[nodiscard]] Result<QList<SyncConflict>> conflicts() const;
    // Keeps the local version: a new outbox op, based on the server's revision, with the local
    // payload (or deletion).
    [[nodiscard]] Result<> resolveKeepLocal(qint64 conflictId);
    // Takes the server's version: the record becomes the server's, nothing is pushed.
    [[nodiscard]] Result<> resolveTakeServer(qint64 conflictId);

    // Listeners run after the change committed, on this store's thread. Inside a caller's
    // transaction that is after the caller committed (from the event loop), and not at all if
    // the caller rolled back. A caller that rolls back only a savepoint of its own around the
    // change may still cause a notification: listeners re-read the record, so that is harmless.
    // `collection` empty = all collections.
    ListenerId addChangeListener(const QString &collection, RecordListeners::ChangeListener listener);
    ListenerId addConflictListener(const QString &collection, RecordListeners::ConflictListener listener);
    void removeListener(ListenerId id);
    [[nodiscard]] const std::shared_ptr<RecordListeners> &listeners() const { return m_listeners; }

    // For changes committed by another connection of the profile (the sync worker's): calls this
    // store's listeners on the calling thread.
    void notifyChanges(const QList<RecordChange> &changes);
    void notifyConflicts(const QList<SyncConflict> &conflicts);

    [[nodiscard]] Database &database() const { return *m_db; }

private:
    struct Pending
    {
        QList<RecordChange> changes;
        QList<SyncConflict> conflicts;
    };
    [[nodiscard]] Result<> validate(const QString &collection, const QString &recordId) const;
    [[nodiscard]] Result<> writeLocal(const QString &collection, const QString &recordId, const QJsonObject &payload,
                                      bool deleted, const QStringList &recipients);
    // Delivers now when no caller's transaction is open, else once it has committed.
    void deliverAfterCommit(Pending pending);
    void queueFlush();
    void flushDeferred();
    static int onCommit(void *store);
    static void onRollback(void *store);

    Database *m_db;
    std::shared_ptr<RecordListeners> m_listeners;
    Clock m_clock;
    Pending m_uncommitted; // made inside a caller's transaction that is still open
    Pending m_committed;   // its transaction committed; announced from the event loop
    bool m_flushQueued = false;
    std::unique_ptr<QObject> m_context; // queued flushes run on the thread that made the store
};

} // namespace GovDesk::Core
