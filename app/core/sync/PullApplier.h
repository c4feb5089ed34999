// PullApplier: applies one pulled page to the local records, together with its cursor.
#pragma once

#include "Result.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncTypes.h"

#include <QList>

namespace GovDesk::Core {

class Database;

class PullApplier
{
public:
    explicit PullApplier(Database &db);

    struct Outcome
    {
        int applied = 0; // records created, changed or deleted locally
        int skipped = 0; // already at that revision, or kept because of a local change
        QList<RecordChange> changes;
        QList<SyncConflict> updatedConflicts; // open conflicts whose server side moved on
    };

    // ONE transaction: the changes and the page's cursor, so an interrupted pull resumes exactly
    // after the last page that was stored. A record with a pending outbox op is not overwritten
    // (its push will meet the server version as a conflict); one with an open conflict gets the
    // newer server version on the conflict's server side, so the user compares with the latest.
    [[nodiscard]] Result<Outcome> apply(const PullPage &page);

private:
    Database *m_db;
};

} // namespace GovDesk::Core
