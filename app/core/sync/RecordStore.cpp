#include "RecordStore.h"

#include "Logging.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/BlobCache.h"
#include "sync/CollectionPolicy.h"
#include "sync/NumberRequests.h"
#include "sync/OrganisationDirectory.h"
#include "sync/ProtocolRules.h"
#include "sync/RecordChangeLog.h"
#include "sync/SyncStorage.h"

#include <QJsonDocument>
#include <QUuid>

#include <sqlcipher/sqlite3.h>

namespace GovDesk::Core {

using namespace SyncStorage;

namespace {


template<typename T>
Result<QList<T>> collectRows(Statement &select, T (*fromRow)(const Statement &))
{
    QList<T> rows;
    GD_TRY(select.forEachRow([&](const Statement &row) { rows.append(fromRow(row)); }));
    return rows;
}

// govdesk_payload_field(payload, name): a top-level field of a record's JSON payload as text or
// number, NULL when absent. Debian's SQLCipher 3.4.1 is built without JSON1.
void payloadFieldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const auto *name = reinterpret_cast<const char *>(sqlite3_value_text(values[1]));
    if (!text || !name) {
        sqlite3_result_null(context);
        return;
    }
    const QJsonValue value = QJsonDocument::fromJson(QByteArray(text, sqlite3_value_bytes(values[0])))
                                 .object()
                                 .value(QString::fromUtf8(name, sqlite3_value_bytes(values[1])));
    if (value.isString()) {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    } else if (value.isDouble()) {
        sqlite3_result_double(context, value.toDouble());
    } else if (value.isBool()) {
        sqlite3_result_int(context, value.toBool() ? 1 : 0);
    } else {
        sqlite3_result_null(context);
    }
}

// The WHERE clause of a query, binding from ?1 (the collection).
struct QueryFilter
{
    QString sql;
    QList<QJsonValue> values; // bound from ?2
};

Result<QueryFilter> filterOf(const RecordQuery &query)
{
    if (!RecordStore::isValidCollection(query.collection))
        return fail(ErrorCode::InvalidArgument, RecordStore::tr("\"%1\" is not a valid record collection name.").arg(query.collection));
    QueryFilter filter{QStringLiteral(" WHERE collection = ?1"), {}};
    if (!query.includeDeleted)
        filter.sql += QStringLiteral(" AND deleted = 0");
    for (auto it = query.where.begin(); it != query.where.end(); ++it) {
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            return fail(ErrorCode::InvalidArgument, RecordStore::tr("A record filter compares only text, numbers and yes/no."),
                        it.key());
        filter.values.append(QJsonValue(it.key()));
        filter.values.append(it.value());
        const qsizetype n = filter.values.size();
        filter.sql += QStringLiteral(" AND govdesk_payload_field(payload, ?%1) = ?%2").arg(n).arg(n + 1);
    }
    return filter;
}

void bindFilter(Statement &statement, const QString &collection, const QueryFilter &filter)
{
    statement.bind(1, collection);
    for (qsizetype i = 0; i < filter.values.size(); ++i) {
        const QJsonValue &value = filter.values.at(i);
        const int index = static_cast<int>(i + 2);
        if (value.isString())
            statement.bind(index, value.toString());
        else if (value.isBool())
            statement.bind(index, value.toBool() ? 1 : 0);
        else
            statement.bind(index, value.toDouble());
    }
}

} // namespace

QList<Migration> RecordStore::migrations()
{
    QList<Migration> list = {
        {.version = 1,
         .description = QStringLiteral("sync_records, sync_outbox, sync_state, sync_conflicts"),
         // Times are UTC milliseconds since the epoch; JSON is stored as compact text.
         .sql = QStringLiteral(
             "CREATE TABLE sync_records ("
             " collection TEXT NOT NULL CHECK (collection <> ''),"
             " record_id TEXT NOT NULL CHECK (record_id <> ''),"
             " revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),"
             " payload TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
             " owner TEXT NOT NULL DEFAULT '',"
             " recipients TEXT NOT NULL DEFAULT '[]',"
             " updated_at INTEGER NOT NULL,"
             " has_conflict INTEGER NOT NULL DEFAULT 0 CHECK (has_conflict IN (0, 1)),"
             " PRIMARY KEY (collection, record_id));"
             // AUTOINCREMENT: a seq is never reused, so push order survives deletions.
             "CREATE TABLE sync_outbox ("
             " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             " op_id TEXT NOT NULL UNIQUE,"
             " collection TEXT NOT NULL,"
             " record_id TEXT NOT NULL,"
             " base_revision INTEGER NOT NULL CHECK (base_revision >= 0),"
             " payload TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
             " recipients TEXT," // NULL: leave the server's list as it is
             " created_at INTEGER NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " last_error TEXT,"
             " rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected IN (0, 1)));"
             "CREATE INDEX sync_outbox_record ON sync_outbox (collection, record_id, seq);"
             "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
             "CREATE TABLE sync_conflicts ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " collection TEXT NOT NULL,"
             " record_id TEXT NOT NULL,"
             " local_payload TEXT NOT NULL,"
             " local_deleted INTEGER NOT NULL DEFAULT 0,"
             " server_revision INTEGER NOT NULL,"
             " server_payload TEXT NOT NULL,"
             " server_deleted INTEGER NOT NULL DEFAULT 0,"
             " server_owner TEXT NOT NULL DEFAULT '',"
             " server_recipients TEXT NOT NULL DEFAULT '[]',"
             " detected_at INTEGER NOT NULL,"
             " UNIQUE (collection, record_id))")},
    };
    // Attachments are part of the sync schema: appended here, a profile at version 1 gets them
    // at its next unlock, and every fixture that sets up the sync tables has them.
    list += BlobCache::migrations(static_cast<int>(list.size()) + 1);
    list += RecordChangeLog::migration(static_cast<int>(list.size()) + 1);
    list += Migration{.version = static_cast<int>(list.size()) + 1,
                      .description = QStringLiteral("sync_records by time, for pages newest first"),
                      .sql = QStringLiteral("CREATE INDEX sync_records_by_time ON sync_records (collection, updated_at)")};
    list += CollectionPolicies::migration(static_cast<int>(list.size()) + 1);
    list += NumberRequests::migration(static_cast<int>(list.size()) + 1);
    list += OrganisationDirectory::migrations(static_cast<int>(list.size()) + 1);
    return list;
}

RecordStore::RecordStore(Database &db, std::shared_ptr<RecordListeners> listeners, Clock clock)
    : m_db(&db)
    , m_listeners(listeners ? std::move(listeners) : std::make_shared<RecordListeners>())
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_context(std::make_unique<QObject>())
{
    // Changes made inside a caller's transaction are announced only once it committed, and
    // dropped if it rolled back. One hook of each kind per connection; nothing else in core sets them.
    sqlite3_commit_hook(m_db->handle(), &RecordStore::onCommit, this);
    sqlite3_rollback_hook(m_db->handle(), &RecordStore::onRollback, this);
    const int rc = sqlite3_create_function_v2(m_db->handle(), "govdesk_payload_field", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, payloadFieldFunction,
                                              nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) // only out of memory; filtered queries then fail with the SQL error
        qCWarning(lcSync) << "cannot register govdesk_payload_field:" << sqlite3_errstr(rc);
}

RecordStore::~RecordStore()
{
    sqlite3_commit_hook(m_db->handle(), nullptr, nullptr);
    sqlite3_rollback_hook(m_db->handle(), nullptr, nullptr);
}

int RecordStore::onCommit(void *store)
{
    auto *self = static_cast<RecordStore *>(store);
    self->m_committed.changes += std::exchange(self->m_uncommitted.changes, {});
    self->m_committed.conflicts += std::exchange(self->m_uncommitted.conflicts, {});
    // Only posts an event: a commit hook must not touch the connection.
    if (!self->m_committed.changes.isEmpty() || !self->m_committed.conflicts.isEmpty())
        self->queueFlush();
    return 0; // let the commit go ahead
}

void RecordStore::onRollback(void *store)
{
    static_cast<RecordStore *>(store)->m_uncommitted = {};
}

QString RecordStore::newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool RecordStore::isValidCollection(const QString &collection)
{
    return ProtocolRules::isValidCollection(collection);
}

Result<> RecordStore::validate(const QString &collection, const QString &recordId) const
{
    if (!isValidCollection(collection))
        return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is not a valid record collection name.").arg(collection),
                    QStringLiteral("collection must match [a-z][a-z0-9_]*(.[a-z][a-z0-9_]*)*, at most 64 characters"));
    if (!ProtocolRules::isValidRecordId(recordId))
        return fail(ErrorCode::InvalidArgument, tr("A record id must have 1 to 128 characters."),
                    QStringLiteral("recordId of %1 characters (1-128, not only white space, no control"
                                   " characters or line separators)").arg(recordId.size()));
    return {};
}

Result<> RecordStore::put(const QString &collection, const QString &recordId, const QJsonObject &payload,
                          const QStringList &recipients)
{
    GD_TRY(validate(collection, recordId));
    const qsizetype size = QJsonDocument(payload).toJson(QJsonDocument::Compact).size();
    if (size > MaxPayloadBytes)
        return fail(ErrorCode::InvalidArgument,
                    tr("The record is too large to sync (%1 KiB; at most %2 KiB). Store big files as attachments.")
                        .arg(size / 1024)
                        .arg(MaxPayloadBytes / 1024),
                    QStringLiteral("payload of %1 bytes").arg(size));
    return writeLocal(collection, recordId, payload, false, recipients);
}

Result<> RecordStore::remove(const QString &collection, const QString &recordId)
{
    GD_TRY(validate(collection, recordId));
    return writeLocal(collection, recordId, {}, true, {});
}

Result<> RecordStore::writeLocal(const QString &collection, const QString &recordId, const QJsonObject &payload,
                                 bool deleted, const QStringList &recipients)
{
    flushDeferred();
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto existing = readRecord(*m_db, collection, recordId);
    if (!existing)
        return std::unexpected(existing.error());
    if (deleted && !existing->has_value())
        return fail(ErrorCode::NotFound, tr("The record to delete does not exist."),
                    QStringLiteral("%1/%2").arg(collection, recordId));
    if (deleted && (*existing)->deleted)
        return {};
    if (existing->has_value()) {
        auto policy = CollectionPolicies(*m_db).policyOf(collection);
        if (!policy)
            return std::unexpected(policy.error());
        if (*policy == ConflictPolicy::AppendOnly)
            return fail(ErrorCode::InvalidArgument,
                        tr("Records of this kind are kept as they were written and cannot be changed or deleted."),
                        QStringLiteral("%1/%2 is append-only").arg(collection, recordId));
    }

    SyncRecord record = existing->value_or(SyncRecord{.collection = collection, .recordId = recordId});
    // A tombstone keeps its last content: a conflict then shows the user what was deleted.
    if (!deleted)
        record.payload = payload;
    record.deleted = deleted;
    if (!recipients.isEmpty())
        record.recipients = recipients;
    record.updatedAt = m_clock();
    const QJsonObject sentPayload = deleted ? QJsonObject() : payload;

    if (record.hasConflict) {
        // The user's choice decides what is sent; until then edits update the local side.
        auto conflict = conflictOf(*m_db, collection, recordId);
        if (!conflict)
            return std::unexpected(conflict.error());
        if (conflict->has_value()) {
            SyncConflict updated = **conflict;
            updated.localPayload = record.payload;
            updated.localDeleted = deleted;
            auto written = writeConflict(*m_db, updated);
            if (!written)
                return std::unexpected(written.error());
        }
        GD_TRY(writeRecord(*m_db, record));
    } else {
        auto unsent = unsentOutboxOf(*m_db, collection, recordId);
        if (!unsent)
            return std::unexpected(unsent.error());
        auto queued = outboxCount(*m_db, collection, recordId);
        if (!queued)
            return std::unexpected(queued.error());
        if (deleted && record.revision == 0 && unsent->has_value() && *queued == 1) {
            // Created and deleted before the server saw it: nothing to tell anyone.
            GD_TRY(deleteOutboxOf(*m_db, collection, recordId));
            GD_TRY(deleteRecord(*m_db, collection, recordId));
        } else if (unsent->has_value()) {
            // Never sent, so no server can have seen this op id: safe to change in place.
            auto update = m_db->prepareCached(QStringLiteral(
                "UPDATE OR FAIL sync_outbox SET payload = ?2, deleted = ?3, recipients = coalesce(?4, recipients)"
                " WHERE seq = ?1 AND attempts = 0"));
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, (*unsent)->seq).bind(2, toText(sentPayload)).bind(3, deleted ? 1 : 0);
            if (recipients.isEmpty())
                update->bindNull(4);
            else
                update->bind(4, toText(recipients));
            GD_TRY(update->exec());
            GD_TRY(writeRecord(*m_db, record));
        } else {
            OutboxOp op;
            op.opId = newOpId();
            op.collection = collection;
            op.recordId = recordId;
            op.baseRevision = record.revision;
            op.payload = sentPayload;
            op.deleted = deleted;
            if (!recipients.isEmpty())
                op.recipients = recipients;
            op.createdAt = record.updatedAt;
            GD_TRY(insertOutbox(*m_db, op));
            GD_TRY(writeRecord(*m_db, record));
        }
    }
    GD_TRY(transaction->commit());
    deliverAfterCommit({{RecordChange{collection, recordId, deleted, RecordChange::Origin::Local}}, {}});
    return {};
}

Result<std::optional<SyncRecord>> RecordStore::get(const QString &collection, const QString &recordId,
                                                   bool includeDeleted) const
{
    auto record = readRecord(*m_db, collection, recordId);
    if (record && record->has_value() && (*record)->deleted && !includeDeleted)
        return std::optional<SyncRecord>();
    return record;
}

Result<QList<SyncRecord>> RecordStore::list(const QString &collection, bool includeDeleted) const
{
    auto select = m_db->prepareCached(recordSelect() + QStringLiteral(" WHERE collection = ?1")
                                + (includeDeleted ? QString() : QStringLiteral(" AND deleted = 0"))
                                + QStringLiteral(" ORDER BY record_id"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, collection);
    return collectRows<SyncRecord>(*select, &recordFromRow);
}

Result<QList<SyncRecord>> RecordStore::query(const RecordQuery &query) const
{
    auto filter = filterOf(query);
    if (!filter)
        return std::unexpected(filter.error());
    const qsizetype next = filter->values.size() + 2;
    const QString order = query.order == RecordQuery::Order::NewestFirst
        ? QStringLiteral(" ORDER BY updated_at DESC, record_id")
        : QStringLiteral(" ORDER BY record_id");
    auto select = m_db->prepareCached(recordSelect() + filter->sql + order
                                + QStringLiteral(" LIMIT ?%1 OFFSET ?%2").arg(next).arg(next + 1));
    if (!select)
        return std::unexpected(select.error());
    bindFilter(*select, query.collection, *filter);
    select->bind(static_cast<int>(next), std::clamp(query.limit, 0, MaxQueryLimit))
        .bind(static_cast<int>(next + 1), std::max(0, query.offset));
    return collectRows<SyncRecord>(*select, &recordFromRow);
}

Result<int> RecordStore::count(const RecordQuery &query) const
{
    auto filter = filterOf(query);
    if (!filter)
        return std::unexpected(filter.error());
    auto select = m_db->prepareCached(QStringLiteral("SELECT count(*) FROM sync_records") + filter->sql);
    if (!select)
        return std::unexpected(select.error());
    bindFilter(*select, query.collection, *filter);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    return select->int32(0);
}

Result<int> RecordStore::pendingCount() const
{
    auto count = m_db->queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!count)
        return std::unexpected(count.error());
    return static_cast<int>(*count);
}

Result<QList<OutboxOp>> RecordStore::rejectedOps() const
{
    auto select = m_db->prepareCached(QStringLiteral("SELECT ") + outboxColumns()
                                + QStringLiteral(" FROM sync_outbox WHERE rejected = 1 ORDER BY seq"));
    if (!select)
        return std::unexpected(select.error());
    return collectRows<OutboxOp>(*select, &outboxFromRow);
}

Result<> RecordStore::discardRejected(const QString &opId)
{
    auto remove = m_db->prepareCached(QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?1 AND rejected = 1"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, opId);
    GD_TRY(remove->exec());
    if (m_db->changes() == 0)
        return fail(ErrorCode::NotFound, tr("The refused change no longer exists."), opId);
    return {};
}

Result<QList<SyncConflict>> RecordStore::conflicts() const
{
    auto select = m_db->prepareCached(QStringLiteral("SELECT ") + conflictColumns()
                                + QStringLiteral(" FROM sync_conflicts ORDER BY detected_at, id"));
    if (!select)
        return std::unexpected(select.error());
    return collectRows<SyncConflict>(*select, &conflictFromRow);
}

Result<> RecordStore::resolveKeepLocal(qint64 conflictId)
{
    flushDeferred();
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto conflict = readConflict(*m_db, conflictId);
    if (!conflict)
        return std::unexpected(conflict.error());
    if (!conflict->has_value())
        return fail(ErrorCode::NotFound, tr("This conflict has already been resolved."), QString::number(conflictId));
    const SyncConflict &open = **conflict;
    auto record = readRecord(*m_db, open.collection, open.recordId);
    if (!record)
        return std::unexpected(record.error());
    SyncRecord kept = record->value_or(SyncRecord{.collection = open.collection, .recordId = open.recordId});
    kept.payload = open.localPayload;
    kept.deleted = open.localDeleted;

    OutboxOp op;
    op.opId = newOpId();
    op.collection = open.collection;
    op.recordId = open.recordId;
    op.baseRevision = open.serverRevision; // "I have seen your version and replace it"
    op.payload = open.localDeleted ? QJsonObject() : open.localPayload;
    op.deleted = open.localDeleted;
    if (!kept.recipients.isEmpty())
        op.recipients = kept.recipients;
    op.createdAt = m_clock();
    GD_TRY(deleteOutboxOf(*m_db, open.collection, open.recordId));
    GD_TRY(insertOutbox(*m_db, op));

    kept.revision = open.serverRevision;
    kept.owner = open.serverOwner;
    kept.hasConflict = false;
    kept.updatedAt = op.createdAt;
    GD_TRY(writeRecord(*m_db, kept));
    GD_TRY(deleteConflict(*m_db, conflictId));
    GD_TRY(transaction->commit());
    qCInfo(lcSync) << "conflict" << conflictId << "resolved: local version kept, op" << op.opId;
    deliverAfterCommit({{RecordChange{open.collection, open.recordId, kept.deleted, RecordChange::Origin::Resolved}}, {}});
    return {};
}

Result<> RecordStore::resolveTakeServer(qint64 conflictId)
{
    flushDeferred();
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto conflict = readConflict(*m_db, conflictId);
    if (!conflict)
        return std::unexpected(conflict.error());
    if (!conflict->has_value())
        return fail(ErrorCode::NotFound, tr("This conflict has already been resolved."), QString::number(conflictId));
    const SyncConflict &open = **conflict;
    SyncRecord taken{.collection = open.collection, .recordId = open.recordId};
    taken.revision = open.serverRevision;
    taken.payload = open.serverPayload;
    taken.deleted = open.serverDeleted;
    taken.owner = open.serverOwner;
    taken.recipients = open.serverRecipients;
    taken.updatedAt = m_clock();
    GD_TRY(deleteOutboxOf(*m_db, open.collection, open.recordId));
    GD_TRY(writeRecord(*m_db, taken));
    GD_TRY(deleteConflict(*m_db, conflictId));
    GD_TRY(transaction->commit());
    qCInfo(lcSync) << "conflict" << conflictId << "resolved: server revision" << open.serverRevision << "taken";
    deliverAfterCommit({{RecordChange{open.collection, open.recordId, taken.deleted, RecordChange::Origin::Resolved}}, {}});
    return {};
}

RecordStore::ListenerId RecordStore::addChangeListener(const QString &collection,
                                                       RecordListeners::ChangeListener listener)
{
    return m_listeners->addChangeListener(collection, std::move(listener));
}

RecordStore::ListenerId RecordStore::addConflictListener(const QString &collection,
                                                         RecordListeners::ConflictListener listener)
{
    return m_listeners->addConflictListener(collection, std::move(listener));
}

void RecordStore::removeListener(ListenerId id)
{
    m_listeners->remove(id);
}

void RecordStore::notifyChanges(const QList<RecordChange> &changes)
{
    m_listeners->notifyChanges(changes);
}

void RecordStore::notifyConflicts(const QList<SyncConflict> &conflicts)
{
    m_listeners->notifyConflicts(conflicts);
}

void RecordStore::deliverAfterCommit(Pending pending)
{
    if (!m_db->inTransaction()) {
        m_listeners->notifyConflicts(pending.conflicts);
        m_listeners->notifyChanges(pending.changes);
        return;
    }
    m_uncommitted.changes += pending.changes;
    m_uncommitted.conflicts += pending.conflicts;
}

void RecordStore::queueFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(m_context.get(), [this] {
        m_flushQueued = false;
        flushDeferred();
    }, Qt::QueuedConnection);
}

void RecordStore::flushDeferred()
{
    if (m_committed.changes.isEmpty() && m_committed.conflicts.isEmpty())
        return;
    Pending pending = std::exchange(m_committed, {});
    m_listeners->notifyConflicts(pending.conflicts);
    m_listeners->notifyChanges(pending.changes);
}

} // namespace GovDesk::Core
