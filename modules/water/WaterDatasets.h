// WaterDatasets: data arrives as datasets — a record of water.dataset naming one CSV or JSON
// file (its attachment) and the table it fills (`kind`). Core::DatasetApplier imports each
// dataset's file off the UI thread: checked first, applied only when clean, all or nothing; its
// rows carry the dataset's id, so applying it again or deleting it replaces them. Each dataset
// keeps a status (Core::DatasetStatus): applied (rows), rejected (the problems, nothing applied),
// waiting (for its file, or its turn) or cancelled by the user. A local import applies the file
// itself on a worker connection and then puts the record: the applier sees the same id and file
// already applied and only refreshes the warnings.
#pragma once

#include "Result.h"
#include "WaterSchema.h"
#include "import/DatasetSource.h"
#include "import/DatasetStatus.h"
#include "import/TableImport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Water {

using DatasetState = Core::DatasetState;
using DatasetStatus = Core::DatasetStatus;

class WaterDatasets
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterDatasets)
public:
    // Raised when the tables change: every dataset is imported again.
    static constexpr int Version = 2;

    // What the module sets up in initialize(): tables, search type, collection, datasets.
    [[nodiscard]] static Core::Result<> install(Core::ModuleContext &context);
    // What differs for 水务: schemas, tables, rows, and the warnings afterwards.
    [[nodiscard]] static Core::DatasetSource source(Core::ModuleContext &context);

    // A local file as the dataset `status` names (recordId, kind, title, fileName, sha256), on a
    // worker connection: applied with its status when clean; otherwise nothing is written and
    // the status says why (Rejected). Errors are the database's or a cancel.
    [[nodiscard]] static Core::Result<DatasetStatus>
    importLocal(Core::Database &db, const DatasetStatus &status, const QString &path,
                const Core::ColumnMapping &mapping, const Core::TableImport::Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);

    // The record's payload for a file: kind, title, fileName, loadedAt, attachments, mapping.
    [[nodiscard]] static QJsonObject payload(DatasetKind kind, const QString &title, const QString &fileName,
                                             const QString &sha256, qint64 size,
                                             const std::optional<Core::ColumnMapping> &mapping = {});
    [[nodiscard]] static Core::Result<QList<DatasetStatus>> statuses(Core::Database &db);
    [[nodiscard]] static Core::Result<int> waitingCount(Core::Database &db);
    // Takes a dataset's rows and status out (a local import whose record could not be written).
    [[nodiscard]] static Core::Result<> forget(Core::Database &db, const QString &recordId);
};

} // namespace GovDesk::Water
