// DatasetSource: what a module tells DatasetApplier about its datasets — the only part of
// "a dataset arrives by sync and is imported" that differs from module to module.
#pragma once

#include "Result.h"
#include "import/DatasetStatus.h"
#include "import/ImportSchema.h"
#include "import/TableImport.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class Database;

struct DatasetSource
{
    // The records naming the files, e.g. "water.dataset": payload {kind, title, fileName, loadedAt,
    // attachments: [{sha256, name, size}], mapping?: {field: column}}.
    QString collection;
    // The module's tables a dataset's rows go to, each with a TEXT column dataset_id holding the
    // record id. A dataset's rows are replaced in all of them at once.
    QStringList tables;
    // The file's schema for a kind code; nullopt: the module has no such kind (rejected).
    std::function<std::optional<ImportSchema>(const QString &kind)> schema;
    // Writes checked rows of `kind` for `recordId` on `db` — on the applier's worker thread, with
    // unqualified table names: the rows are staged in TEMP tables of the same names and moved
    // into the real ones in one short transaction at the end. Called once per import.
    std::function<TableImport::RowSink(Database &db, const QString &kind, const QString &recordId)> rowWriter;
    // Optional: checks each clean row of `kind` against the tables on `db` (the worker's, before
    // anything is staged) — an event naming a case that is not there. Its refusals are problems
    // of the file like any other: the dataset is rejected with their lines and columns.
    std::function<RowCheck(Database &db, const QString &kind)> references;
    // On the UI thread, after a dataset changed: applied, rejected, recorded as waiting, or
    // removed (status empty) — for what derives from the rows (warnings, search entries). May
    // run inside the projection's transaction; an error stops the projection (retried later).
    std::function<Result<>(const QString &recordId, const std::optional<DatasetStatus> &status)> changed;
    // Raised when the tables change: the datasets are recorded again and re-imported.
    int version = 1;
    // Audit events (subject: the record id); empty: "<collection>.applied" and ".rejected".
    QString appliedEvent;
    QString rejectedEvent;
};

} // namespace GovDesk::Core
