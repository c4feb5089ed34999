// Projection: a module's own tables, search entries and to-dos, derived from synced records.
#pragma once

#include "Result.h"
#include "sync/SyncTypes.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace GovDesk::Core {

// One record as a projection sees it: its current state, not the edit that led there. `record`
// is empty when the record is gone entirely (created and deleted before any sync); a tombstone
// has record->deleted set. Either way the projection drops its rows for the record.
struct ProjectedRecord
{
    QString collection;
    QString recordId;
    std::optional<SyncRecord> record;

    [[nodiscard]] bool isGone() const { return !record || record->deleted; }
};

// Registered with ModuleContext::addProjection(). `apply` runs inside a transaction that also
// stores the projection's cursor: it writes the module's tables, search entries and to-dos for
// one record and returns an error to stop (everything since the last commit is rolled back and
// retried at the next change, unlock or start). It must be idempotent: after a crash it may see a
// record again.
struct Projection
{
    QString name;            // unique within the module, e.g. "documents"
    QStringList collections; // the record collections it reads, e.g. {"documents.document"}
    // Raised when the projection's tables or rules change: the projection is rebuilt from every
    // record (reset(), then apply() for each), in the migration's spirit but from data.
    int version = 1;
    std::function<Result<>(const ProjectedRecord &record)> apply;
    // Empties the projection before a rebuild; may be left unset when apply() overwrites fully.
    std::function<Result<>()> reset;
};

} // namespace GovDesk::Core
