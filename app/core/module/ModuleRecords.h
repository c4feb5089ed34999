// ModuleRecords: one module's view of the synced records — it writes only its own collections.
#pragma once

#include "Result.h"
#include "sync/CollectionPolicy.h"
#include "sync/NumberRequests.h"
#include "sync/RecordListeners.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class Session;

// A page of a collection, newest first or by record id; never a whole collection at once.
struct RecordQuery
{
    enum class Order { RecordId, NewestFirst };
    QString collection;
    Order order = Order::RecordId;
    int limit = 100; // at most RecordStore::MaxQueryLimit
    int offset = 0;
    bool includeDeleted = false;
    // Top-level payload fields that must equal the given text or number, e.g. {"status": "待签发"}.
    QJsonObject where;
};

// What a module declares about one of its collections, in initialize().
struct CollectionSpec
{
    QString name; // "<module>.…"
    ConflictPolicy policy = ConflictPolicy::AskUser;
    // The payload's shape: raised when fields are renamed or their meaning changes. put() stamps
    // it into the payload ("_v"); a record written by an older version is passed through
    // `upgrade` (from its version, one step at a time) whenever this module reads it — get(),
    // query(), projections — so a profile, or another office, may still hold old payloads.
    int schemaVersion = 1;
    std::function<QJsonObject(const QJsonObject &payload, int fromVersion)> upgrade;
};

// The module id is stamped: put() and remove() accept only collections named "<module>." (the
// id with '-' as '_'), so one module can never write another's records. Reading is open: records
// that reached this profile were already allowed to it by the server. Listeners are removed when
// the module shuts down.
class ModuleRecords
{
    Q_DECLARE_TR_FUNCTIONS(ModuleRecords)
public:
    ModuleRecords(QString moduleId, Session &session);
    ~ModuleRecords();
    ModuleRecords(const ModuleRecords &) = delete;
    ModuleRecords &operator=(const ModuleRecords &) = delete;

    // "documents" → "documents."; the prefix of every collection this module may write.
    [[nodiscard]] QString collectionPrefix() const { return m_prefix; }
    [[nodiscard]] bool owns(const QString &collection) const;

    // Declares one of the module's collections (policy and payload schema); call it in initialize().
    [[nodiscard]] Result<> declareCollection(CollectionSpec spec);
    // The payload as the declared schema version expects it (no-op for undeclared collections).
    void upgrade(SyncRecord &record) const;
    static constexpr char SchemaVersionKey[] = "_v";

    [[nodiscard]] Result<> put(const QString &collection, const QString &recordId, const QJsonObject &payload,
                               const QStringList &recipients = {});
    [[nodiscard]] Result<> remove(const QString &collection, const QString &recordId);

    // Asks the server for the next number of a series for one of the module's records (a 公文's
    // 发文字号 at 登记): queued in the profile, sent by the next sync after the record's push,
    // then written into `request.field` as `request.format` says and pushed like any edit. Until
    // then the field keeps what it has (the page shows 「待编号」). Asking again changes nothing.
    [[nodiscard]] Result<NumberRequest> requestNumber(NumberRequest request);
    // The record's latest request (with its number once allocated), if any.
    [[nodiscard]] Result<std::optional<NumberRequest>> numberRequest(const QString &collection,
                                                                     const QString &recordId) const;

    [[nodiscard]] Result<std::optional<SyncRecord>> get(const QString &collection, const QString &recordId,
                                                        bool includeDeleted = false) const;
    [[nodiscard]] Result<QList<SyncRecord>> query(const RecordQuery &query) const;
    [[nodiscard]] Result<int> count(const RecordQuery &query) const;

    // For refreshing a view; tables belong in a projection (ModuleContext::addProjection), which
    // cannot miss a change the way an in-memory listener can.
    RecordListeners::Id addChangeListener(const QString &collection,
                                          RecordListeners::ChangeListener listener);
    RecordListeners::Id addConflictListener(const QString &collection,
                                            RecordListeners::ConflictListener listener);
    void removeListener(RecordListeners::Id id);

private:
    [[nodiscard]] Result<> checkOwned(const QString &collection) const;

    QString m_moduleId;
    QString m_prefix;
    Session &m_session;
    QList<RecordListeners::Id> m_listeners;
    QList<CollectionSpec> m_collections;
};

} // namespace GovDesk::Core
