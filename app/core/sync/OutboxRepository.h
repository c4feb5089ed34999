// OutboxRepository: the engine's side of the outbox: which ops to push next, and what answers do.
#pragma once

#include "Result.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncTypes.h"

#include <QList>

#include <functional>

namespace GovDesk::Core {

class Database;

class OutboxRepository
{
public:
    using Clock = std::function<QDateTime()>;
    using SizeOf = std::function<qsizetype(const OutboxOp &)>;

    OutboxRepository(Database &db, Clock clock);

    // The next ops to push, in seq order: at most `maxOps`, their sizes (by `sizeOf`) adding up
    // to at most `maxBytes` (but always at least one op), only the oldest op of each record (a
    // later one must be based on the revision the earlier one gets), none held back as rejected.
    // They are marked attempted in the same transaction, so from then on a local edit adds a new
    // op instead of changing one the server may already have applied.
    [[nodiscard]] Result<QList<OutboxOp>> takeBatch(int maxOps, qint64 maxBytes, const SizeOf &sizeOf);

    struct Outcome
    {
        int pushed = 0;     // applied now
        int duplicates = 0; // applied before (a lost answer), or the server already had the same content
        int conflicts = 0;
        int rejected = 0;
        QList<SyncConflict> newConflicts;
        QStringList rejections; // "collection/record: reason" for the report
    };
    // Applies the server's answers to `batch` (same order) in ONE transaction: acknowledged ops
    // leave the outbox with the record's new revision, and the record's next op is rebased onto
    // it; conflicts keep both versions; rejections stay in the outbox, marked.
    [[nodiscard]] Result<Outcome> applyResults(const QList<OutboxOp> &batch, const QList<PushResult> &results);

    // Holds an op back for good, e.g. one too large for the server even alone.
    [[nodiscard]] Result<> markRejected(const OutboxOp &op, const QString &reason);

    // Ops that takeBatch() would eventually return (everything not held back as rejected).
    [[nodiscard]] Result<int> pushableCount() const;

private:
    [[nodiscard]] Result<> acknowledge(const OutboxOp &op, qint64 revision);
    [[nodiscard]] Result<std::optional<SyncConflict>> conflict(const OutboxOp &op, const ServerRecord &server);

    Database *m_db;
    Clock m_clock;
};

} // namespace GovDesk::Core
