#include "SyncStorage.h"

#include "store/Database.h"
#include "store/RowUpsert.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <functional>

namespace GovDesk::Core::SyncStorage {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

qint64 toStored(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

QDateTime fromStored(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QString newOpId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString recordSelect()
{
    return QStringLiteral("SELECT collection, record_id, revision, payload, deleted, owner, recipients, "
                          "updated_at, has_conflict,"
                          " EXISTS (SELECT 1 FROM sync_outbox o WHERE o.collection = r.collection AND "
                          "o.record_id = r.record_id)"
                          " FROM sync_records r");
}

SyncRecord recordFromRow(const Statement &row)
{
    SyncRecord record;
    record.collection = row.text(0);
    record.recordId = row.text(1);
    record.revision = row.int64(2);
    record.payload = objectFromText(row.text(3));
    record.deleted = row.int64(4) != 0;
    record.owner = row.text(5);
    record.recipients = listFromText(row.text(6));
    record.updatedAt = fromStored(row.int64(7));
    record.hasConflict = row.int64(8) != 0;
    record.hasPendingChange = row.int64(9) != 0;
    return record;
}

Result<std::optional<SyncRecord>> readRecord(Database &db, const QString &collection, const QString &recordId)
{
    auto select
        = db.prepareCached(recordSelect() + QStringLiteral(" WHERE collection = ?1 AND record_id = ?2"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, collection).bind(2, recordId);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncRecord>();
    return std::optional<SyncRecord>(recordFromRow(*select));
}

Result<> writeRecord(Database &db, const SyncRecord &record)
{
    static const RowUpsert upsert(QStringLiteral("sync_records"),
                                  QStringLiteral("collection, record_id, revision, payload, deleted, owner,"
                                                 " recipients, updated_at, has_conflict"),
                                  2);
    return upsert.write(db, [&record](Statement &row) {
        row.bind(1, record.collection)
            .bind(2, record.recordId)
            .bind(3, record.revision)
            .bind(4, toText(record.payload))
            .bind(5, record.deleted ? 1 : 0)
            .bind(6, record.owner.isNull() ? QStringLiteral("") : record.owner)
            .bind(7, toText(record.recipients))
            .bind(8, toStored(record.updatedAt))
            .bind(9, record.hasConflict ? 1 : 0);
    });
}

Result<> deleteRecord(Database &db, const QString &collection, const QString &recordId)
{
    auto remove = db.prepareCached(
        QStringLiteral("DELETE FROM sync_records WHERE collection = ?1 AND record_id = ?2"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, collection).bind(2, recordId);
    return remove->exec();
}

Result<int> outboxCount(Database &db, const QString &collection, const QString &recordId)
{
    auto count = db.prepareCached(
        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE collection = ?1 AND record_id = ?2"));
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, collection).bind(2, recordId);
    auto row = count->step();
    if (!row)
        return std::unexpected(row.error());
    return count->int32(0);
}

Result<> deleteOutboxOf(Database &db, const QString &collection, const QString &recordId)
{
    auto remove = db.prepareCached(
        QStringLiteral("DELETE FROM sync_outbox WHERE collection = ?1 AND record_id = ?2"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, collection).bind(2, recordId);
    return remove->exec();
}

Result<> insertOutbox(Database &db, const OutboxOp &op)
{
    auto insert = db.prepareCached(QStringLiteral("INSERT INTO sync_outbox (op_id, collection, record_id, "
                                                  "base_revision, payload, deleted, recipients, created_at)"
                                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, op.opId)
        .bind(2, op.collection)
        .bind(3, op.recordId)
        .bind(4, op.baseRevision)
        .bind(5, toText(op.payload))
        .bind(6, op.deleted ? 1 : 0)
        .bind(8, toStored(op.createdAt));
    if (op.recipients)
        insert->bind(7, toText(*op.recipients));
    else
        insert->bindNull(7);
    return insert->exec();
}

QString outboxColumns()
{
    return QStringLiteral("seq, op_id, collection, record_id, base_revision, payload, deleted, recipients,"
                          " created_at, attempts, last_error, rejected");
}

OutboxOp outboxFromRow(const Statement &row)
{
    OutboxOp op;
    op.seq = row.int64(0);
    op.opId = row.text(1);
    op.collection = row.text(2);
    op.recordId = row.text(3);
    op.baseRevision = row.int64(4);
    op.payload = objectFromText(row.text(5));
    op.deleted = row.int64(6) != 0;
    if (!row.isNull(7))
        op.recipients = listFromText(row.text(7));
    op.createdAt = fromStored(row.int64(8));
    op.attempts = row.int32(9);
    op.lastError = row.text(10);
    op.rejected = row.int64(11) != 0;
    return op;
}

namespace {

Result<std::optional<OutboxOp>> oneOutboxRow(Database &db, const QString &where, const QString &collection,
                                             const QString &recordId)
{
    auto select
        = db.prepareCached(QStringLiteral("SELECT ") + outboxColumns()
                           + QStringLiteral(" FROM sync_outbox WHERE collection = ?1 AND record_id = ?2")
                           + where + QStringLiteral(" ORDER BY seq LIMIT 1"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, collection).bind(2, recordId);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<OutboxOp>();
    return std::optional<OutboxOp>(outboxFromRow(*select));
}

} // namespace

Result<std::optional<OutboxOp>> oldestOutboxOf(Database &db, const QString &collection,
                                               const QString &recordId)
{
    return oneOutboxRow(db, {}, collection, recordId);
}

Result<std::optional<OutboxOp>> unsentOutboxOf(Database &db, const QString &collection,
                                               const QString &recordId)
{
    return oneOutboxRow(db, QStringLiteral(" AND attempts = 0 AND rejected = 0"), collection, recordId);
}

QString conflictColumns()
{
    return QStringLiteral(
        "id, collection, record_id, local_payload, local_deleted, server_revision, server_payload,"
        " server_deleted, server_owner, server_recipients, detected_at");
}

SyncConflict conflictFromRow(const Statement &row)
{
    SyncConflict conflict;
    conflict.id = row.int64(0);
    conflict.collection = row.text(1);
    conflict.recordId = row.text(2);
    conflict.localPayload = objectFromText(row.text(3));
    conflict.localDeleted = row.int64(4) != 0;
    conflict.serverRevision = row.int64(5);
    conflict.serverPayload = objectFromText(row.text(6));
    conflict.serverDeleted = row.int64(7) != 0;
    conflict.serverOwner = row.text(8);
    conflict.serverRecipients = listFromText(row.text(9));
    conflict.detectedAt = fromStored(row.int64(10));
    return conflict;
}

namespace {

Result<std::optional<SyncConflict>> oneConflict(Database &db, const QString &where,
                                                const std::function<void(Statement &)> &bind)
{
    auto select = db.prepareCached(QStringLiteral("SELECT ") + conflictColumns()
                                   + QStringLiteral(" FROM sync_conflicts WHERE ") + where);
    if (!select)
        return std::unexpected(select.error());
    bind(*select);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncConflict>();
    return std::optional<SyncConflict>(conflictFromRow(*select));
}

} // namespace

Result<std::optional<SyncConflict>> readConflict(Database &db, qint64 id)
{
    return oneConflict(db, QStringLiteral("id = ?1"), [id](Statement &statement) { statement.bind(1, id); });
}

Result<std::optional<SyncConflict>> conflictOf(Database &db, const QString &collection,
                                               const QString &recordId)
{
    return oneConflict(db, QStringLiteral("collection = ?1 AND record_id = ?2"),
                       [&](Statement &statement) { statement.bind(1, collection).bind(2, recordId); });
}

Result<SyncConflict> writeConflict(Database &db, SyncConflict conflict)
{
    // One open conflict per record: a second one for the same record updates it, keeping its id
    // (the shell's list must not jump) and its first detection time.
    auto existing = conflictOf(db, conflict.collection, conflict.recordId);
    if (!existing)
        return std::unexpected(existing.error());
    const bool update = existing->has_value();
    auto write = db.prepareCached(
        update ? QStringLiteral(
            "UPDATE OR FAIL sync_conflicts SET local_payload = ?3, local_deleted = ?4, server_revision = ?5,"
            " server_payload = ?6, server_deleted = ?7, server_owner = ?8, server_recipients = ?9"
            " WHERE collection = ?1 AND record_id = ?2")
               : QStringLiteral(
                   "INSERT INTO sync_conflicts (collection, record_id, local_payload, local_deleted,"
                   " server_revision, server_payload, server_deleted, server_owner, server_recipients,"
                   " detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, conflict.collection)
        .bind(2, conflict.recordId)
        .bind(3, toText(conflict.localPayload))
        .bind(4, conflict.localDeleted ? 1 : 0)
        .bind(5, conflict.serverRevision)
        .bind(6, toText(conflict.serverPayload))
        .bind(7, conflict.serverDeleted ? 1 : 0)
        .bind(8, conflict.serverOwner.isNull() ? QStringLiteral("") : conflict.serverOwner)
        .bind(9, toText(conflict.serverRecipients));
    if (!update)
        write->bind(10, toStored(conflict.detectedAt));
    GD_TRY(write->exec());
    if (update) {
        conflict.id = (*existing)->id;
        conflict.detectedAt = (*existing)->detectedAt;
    } else {
        conflict.id = db.lastInsertRowId();
    }
    return conflict;
}

Result<> deleteConflict(Database &db, qint64 id)
{
    auto remove = db.prepareCached(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, id);
    return remove->exec();
}

} // namespace GovDesk::Core::SyncStorage
