// ForestryDatasets: how data comes into 林业 — always as a dataset, a record of forestry.dataset
// naming one CSV or JSON file as its attachment ({kind, title, fileName, loadedAt, attachments}).
// The server's `govdesk-syncd dataset load` and a local import (ImportDialog) both make one, so
// colleagues receive a local import by sync. Core::DatasetApplier imports each dataset's file
// into the module's tables off the UI thread — checked first, applied all or nothing, its rows
// carrying the dataset id (re-applied or deleted, they are replaced); a dataset whose file has
// not arrived waits for the sync to bring it. A local import applies the file itself on a worker
// connection; the applier then finds the dataset applied with the same SHA-256 and leaves it.
#pragma once

#include "ForestrySchemas.h"
#include "ForestryTables.h"
#include "Result.h"
#include "import/DatasetSource.h"
#include "import/TableImport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <atomic>

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Forestry {

inline constexpr char DatasetCollection[] = "forestry.dataset";
inline constexpr char DatasetSearchType[] = "dataset";

struct DatasetRecord
{
    QString kind; // DatasetKinds::code
    QString title;
    QString fileName;
    QDateTime loadedAt;
    QString sha256;
    qint64 size = -1;

    [[nodiscard]] QJsonObject toPayload() const;
    [[nodiscard]] static DatasetRecord fromPayload(const QJsonObject &payload);
};

// A file the user chose, about to become a dataset.
struct LocalImport
{
    QString datasetId; // RecordStore::newRecordId(), made before the import runs
    DatasetKind kind = DatasetKind::Indicators;
    QString path;
    QString title;
    QString sha256; // set by applyLocalFile
};

class ForestryDatasets
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryDatasets)
public:
    // Raised when the tables change: every dataset is imported again.
    static constexpr int Version = 2;

    // What differs for 林业 (schemas, tables, rows, warnings and search afterwards); the module
    // hands it to ModuleContext::addDatasets().
    [[nodiscard]] static Core::DatasetSource source(Core::ModuleContext &context);

    // On a worker connection (ImportDialog's Apply): the user's file into the tables; nothing is
    // written when it is not clean or is cancelled. Returns the rows.
    [[nodiscard]] static Core::Result<qint64> applyLocalFile(Core::Database &db, LocalImport &import,
                                                             const Core::ColumnMapping &mapping,
                                                             const Core::TableImport::Progress &progress = {},
                                                             const std::atomic_bool *cancel = nullptr);
    // Back on the UI thread: the file into the BlobCache and the dataset record for colleagues,
    // then the warnings; if that fails, the rows applied are taken out again.
    [[nodiscard]] static Core::Result<> publishLocalImport(Core::ModuleContext &context,
                                                           const LocalImport &import);

    // Removes a dataset (its record, so colleagues drop it too); the projection takes its rows out.
    [[nodiscard]] static Core::Result<> remove(Core::ModuleContext &context, const QString &datasetId);
};

} // namespace GovDesk::Forestry
