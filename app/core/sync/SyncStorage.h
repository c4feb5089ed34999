// SyncStorage: row-level reads and writes of the sync tables, shared by the store and the engine.
#pragma once

#include "Result.h"
#include "sync/SyncTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace GovDesk::Core {

class Database;
class Statement;

// Internal to app/core/sync: callers hold the transaction; these functions never open one.
namespace SyncStorage {

[[nodiscard]] QString toText(const QJsonObject &object);
[[nodiscard]] QJsonObject objectFromText(const QString &text);
[[nodiscard]] QString toText(const QStringList &list);
[[nodiscard]] QStringList listFromText(const QString &text);
// Times as UTC milliseconds since the epoch, as TodoService stores them.
[[nodiscard]] qint64 toStored(const QDateTime &at);
[[nodiscard]] QDateTime fromStored(qint64 milliseconds);
[[nodiscard]] QString newOpId();

// Columns of a record, in the order recordFromRow() reads them; "FROM sync_records r" follows.
[[nodiscard]] QString recordSelect();
[[nodiscard]] SyncRecord recordFromRow(const Statement &row);
[[nodiscard]] Result<std::optional<SyncRecord>> readRecord(Database &db, const QString &collection,
                                                           const QString &recordId);
// Insert or replace the whole row.
[[nodiscard]] Result<> writeRecord(Database &db, const SyncRecord &record);
[[nodiscard]] Result<> deleteRecord(Database &db, const QString &collection, const QString &recordId);

[[nodiscard]] Result<int> outboxCount(Database &db, const QString &collection, const QString &recordId);
[[nodiscard]] Result<> deleteOutboxOf(Database &db, const QString &collection, const QString &recordId);
[[nodiscard]] Result<> insertOutbox(Database &db, const OutboxOp &op);
// The oldest outbox row of the record, if any.
[[nodiscard]] Result<std::optional<OutboxOp>> oldestOutboxOf(Database &db, const QString &collection,
                                                             const QString &recordId);
// The record's row that was never pushed, if any (there is at most one: later writes coalesce).
[[nodiscard]] Result<std::optional<OutboxOp>> unsentOutboxOf(Database &db, const QString &collection,
                                                             const QString &recordId);
// Columns: seq, op_id, collection, record_id, base_revision, payload, deleted, recipients,
// created_at, attempts, last_error, rejected — in this order.
[[nodiscard]] QString outboxColumns();
[[nodiscard]] OutboxOp outboxFromRow(const Statement &row);

[[nodiscard]] Result<std::optional<SyncConflict>> readConflict(Database &db, qint64 id);
[[nodiscard]] Result<std::optional<SyncConflict>> conflictOf(Database &db, const QString &collection,
                                                             const QString &recordId);
// Insert, or replace the record's open conflict (one per record); returns the stored conflict.
[[nodiscard]] Result<SyncConflict> writeConflict(Database &db, SyncConflict conflict);
[[nodiscard]] Result<> deleteConflict(Database &db, qint64 id);
[[nodiscard]] QString conflictColumns();
[[nodiscard]] SyncConflict conflictFromRow(const Statement &row);

} // namespace SyncStorage
} // namespace GovDesk::Core
