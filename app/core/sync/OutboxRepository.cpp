#include "OutboxRepository.h"

#include "LogSafe.h"
#include "Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/CollectionPolicy.h"
#include "sync/SyncStorage.h"

namespace GovDesk::Core {

using namespace SyncStorage;

OutboxRepository::OutboxRepository(Database &db, Clock clock)
    : m_db(&db)
    , m_clock(std::move(clock))
{
}

Result<QList<OutboxOp>> OutboxRepository::takeBatch(int maxOps, qint64 maxBytes, const SizeOf &sizeOf)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // A record whose oldest op is held back as rejected pushes nothing: its later ops were based
    // on a change the server refused.
    auto select = m_db->prepareCached(QStringLiteral("SELECT ") + outboxColumns()
                                + QStringLiteral(" FROM sync_outbox o WHERE rejected = 0 AND seq = ("
                                                 "SELECT min(seq) FROM sync_outbox i"
                                                 " WHERE i.collection = o.collection AND i.record_id = o.record_id)"
                                                 " ORDER BY seq LIMIT ?1"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, std::max(1, maxOps));
    QList<OutboxOp> batch;
    qint64 bytes = 0;
    for (;;) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        OutboxOp op = outboxFromRow(*select);
        const qint64 size = sizeOf ? sizeOf(op) : 0;
        if (!batch.isEmpty() && bytes + size > maxBytes)
            break;
        bytes += size;
        batch.append(std::move(op));
    }
    select->reset();

    auto mark = m_db->prepareCached(QStringLiteral("UPDATE OR FAIL sync_outbox SET attempts = attempts + 1 WHERE seq = ?1"));
    if (!mark)
        return std::unexpected(mark.error());
    for (OutboxOp &op : batch) {
        mark->reset();
        mark->bind(1, op.seq);
        GD_TRY(mark->exec());
        op.attempts += 1;
    }
    GD_TRY(transaction->commit());
    return batch;
}

Result<> OutboxRepository::acknowledge(const OutboxOp &op, qint64 revision)
{
    auto remove = m_db->prepareCached(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, op.seq);
    GD_TRY(remove->exec());
    // max(): a revision never goes back, whatever order answers and pulls arrive in.
    auto advance = m_db->prepareCached(QStringLiteral("UPDATE OR FAIL sync_records SET revision = max(revision, ?3)"
                                                " WHERE collection = ?1 AND record_id = ?2"));
    if (!advance)
        return std::unexpected(advance.error());
    advance->bind(1, op.collection).bind(2, op.recordId).bind(3, revision);
    GD_TRY(advance->exec());
    // The next local change of the record was made on top of this one: it is based on `revision`.
    auto rebase = m_db->prepareCached(QStringLiteral(
        "UPDATE OR FAIL sync_outbox SET base_revision = ?3 WHERE seq = (SELECT min(seq) FROM sync_outbox"
        " WHERE collection = ?1 AND record_id = ?2)"));
    if (!rebase)
        return std::unexpected(rebase.error());
    rebase->bind(1, op.collection).bind(2, op.recordId).bind(3, revision);
    return rebase->exec();
}

Result<std::optional<SyncConflict>> OutboxRepository::conflict(const OutboxOp &op, const ServerRecord &server)
{
    auto stored = readRecord(*m_db, op.collection, op.recordId);
    if (!stored)
        return std::unexpected(stored.error());
    SyncRecord record = stored->value_or(SyncRecord{.collection = op.collection, .recordId = op.recordId,
                                                    .payload = op.payload, .deleted = op.deleted,
                                                    .updatedAt = m_clock()});
    // The same content on both sides (two people made the same change, or the op was applied
    // and then changed back) is no conflict: asking the user would only annoy them.
    const bool sameContent = record.deleted == server.deleted && (record.deleted || record.payload == server.payload);
    if (sameContent && !record.hasConflict) {
        GD_TRY(acknowledge(op, server.revision));
        return std::optional<SyncConflict>();
    }
    auto policy = CollectionPolicies(*m_db).policyOf(op.collection);
    if (!policy)
        return std::unexpected(policy.error());
    if (*policy == ConflictPolicy::LastWriterWins && !record.hasConflict) {
        // Declared by its module: the local version goes out again, on top of the server's. The
        // op keeps its place (and its op id is new, so the server cannot take it for the refused one).
        auto rebase = m_db->prepareCached(QStringLiteral(
            "UPDATE OR FAIL sync_outbox SET base_revision = ?2, op_id = ?3, attempts = 0 WHERE seq = ?1"));
        if (!rebase)
            return std::unexpected(rebase.error());
        rebase->bind(1, op.seq).bind(2, server.revision).bind(3, newOpId());
        GD_TRY(rebase->exec());
        qCInfo(lcSync) << "last writer wins on" << op.collection << op.recordId << "over server revision" << server.revision;
        return std::optional<SyncConflict>();
    }

    SyncConflict conflict;
    conflict.collection = op.collection;
    conflict.recordId = op.recordId;
    // The record holds the newest local version, including edits made after this op.
    conflict.localPayload = record.payload;
    conflict.localDeleted = record.deleted;
    conflict.serverRevision = server.revision;
    conflict.serverPayload = server.payload;
    conflict.serverDeleted = server.deleted;
    conflict.serverOwner = server.owner;
    conflict.serverRecipients = server.recipients;
    conflict.detectedAt = m_clock();
    auto written = writeConflict(*m_db, conflict);
    if (!written)
        return std::unexpected(written.error());
    // Every queued op of the record is superseded by the user's choice (resolveKeepLocal sends the
    // local version anew), so none is pushed meanwhile to meet the same conflict again.
    GD_TRY(deleteOutboxOf(*m_db, op.collection, op.recordId));
    record.hasConflict = true;
    GD_TRY(writeRecord(*m_db, record));
    return std::optional<SyncConflict>(*written);
}

Result<OutboxRepository::Outcome> OutboxRepository::applyResults(const QList<OutboxOp> &batch,
                                                                 const QList<PushResult> &results)
{
    GD_CHECK(batch.size() == results.size(),
             return fail(ErrorCode::InvalidArgument, QStringLiteral("results do not match the batch")));
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Outcome outcome;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const OutboxOp &op = batch.at(i);
        const PushResult &result = results.at(i);
        if (result.isAcknowledgedChange()) {
            GD_TRY(acknowledge(op, result.revision));
            if (result.status == PushResult::Status::Duplicate)
                ++outcome.duplicates;
            else
                ++outcome.pushed;
        } else if (result.isRejection()) {
            const QString reason = result.reasonMessage.isEmpty() ? result.reasonCode : result.reasonMessage;
            GD_TRY(markRejected(op, reason));
            ++outcome.rejected;
            outcome.rejections << QStringLiteral("%1/%2: %3").arg(op.collection, op.recordId, reason);
        } else {
            auto detected = conflict(op, result.server);
            if (!detected)
                return std::unexpected(detected.error());
            if (detected->has_value()) {
                ++outcome.conflicts;
                outcome.newConflicts.append(**detected);
                qCInfo(lcSync).noquote() << "conflict on" << op.collection << logSafe(op.recordId) << "base" << op.baseRevision
                               << "server" << result.server.revision;
            } else {
                ++outcome.duplicates;
            }
        }
    }
    GD_TRY(transaction->commit());
    return outcome;
}

Result<> OutboxRepository::markRejected(const OutboxOp &op, const QString &reason)
{
    auto mark = m_db->prepareCached(QStringLiteral("UPDATE OR FAIL sync_outbox SET rejected = 1, last_error = ?2 WHERE seq = ?1"));
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, op.seq).bind(2, reason.isEmpty() ? QStringLiteral("rejected") : reason);
    GD_TRY(mark->exec());
    qCWarning(lcSync).noquote() << "op" << logSafe(op.opId) << "on" << op.collection << logSafe(op.recordId)
                                << "rejected:" << logSafe(reason);
    return {};
}

Result<int> OutboxRepository::pushableCount() const
{
    auto count = m_db->queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE rejected = 0"));
    if (!count)
        return std::unexpected(count.error());
    return static_cast<int>(*count);
}

} // namespace GovDesk::Core
