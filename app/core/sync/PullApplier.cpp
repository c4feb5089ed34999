#include "PullApplier.h"

#include "LogSafe.h"
#include "Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"
#include "sync/SyncState.h"
#include "sync/SyncStorage.h"

namespace GovDesk::Core {

using namespace SyncStorage;

PullApplier::PullApplier(Database &db)
    : m_db(&db)
{
}

Result<PullApplier::Outcome> PullApplier::apply(const PullPage &page)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Outcome outcome;
    for (const PulledChange &change : page.changes) {
        if (!RecordStore::isValidCollection(change.collection)) {
            // Not ours to store (a newer client's naming?); skipping it must not stop the stream.
            qCWarning(lcSync).noquote() << "pulled change with an invalid collection name skipped:"
                                        << logSafe(change.collection);
            ++outcome.skipped;
            continue;
        }
        auto local = readRecord(*m_db, change.collection, change.recordId);
        if (!local)
            return std::unexpected(local.error());
        if (local->has_value() && (*local)->hasConflict) {
            auto open = conflictOf(*m_db, change.collection, change.recordId);
            if (!open)
                return std::unexpected(open.error());
            if (open->has_value() && (*open)->serverRevision < change.revision) {
                SyncConflict updated = **open;
                updated.serverRevision = change.revision;
                updated.serverPayload = change.payload;
                updated.serverDeleted = change.deleted;
                updated.serverOwner = change.owner;
                updated.serverRecipients = change.recipients;
                auto written = writeConflict(*m_db, updated);
                if (!written)
                    return std::unexpected(written.error());
                outcome.updatedConflicts.append(*written);
            }
            ++outcome.skipped;
            continue;
        }
        if (local->has_value() && (*local)->hasPendingChange) {
            qCDebug(lcSync).noquote() << "pulled revision" << change.revision << "of" << change.collection
                                      << logSafe(change.recordId)
                            << "kept back: a local change is pending";
            ++outcome.skipped;
            continue;
        }
        // Our own pushes come back in the stream: already at that revision, nothing to do.
        if (local->has_value() && (*local)->revision >= change.revision) {
            ++outcome.skipped;
            continue;
        }
        SyncRecord record;
        record.collection = change.collection;
        record.recordId = change.recordId;
        record.revision = change.revision;
        record.payload = change.payload;
        record.deleted = change.deleted;
        record.owner = change.owner;
        record.recipients = change.recipients;
        record.updatedAt = change.updatedAt.isValid() ? change.updatedAt : QDateTime::currentDateTimeUtc();
        GD_TRY(writeRecord(*m_db, record));
        ++outcome.applied;
        outcome.changes.append({change.collection, change.recordId, change.deleted, RecordChange::Origin::Remote});
    }
    GD_TRY(SyncState(*m_db).setCursor(page.cursor));
    GD_TRY(transaction->commit());
    return outcome;
}

} // namespace GovDesk::Core
