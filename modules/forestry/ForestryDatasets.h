// ForestryDatasets: how data comes into 林业 — always as a dataset, a record of forestry.dataset
// naming one CSV or JSON file as its attachment ({kind, title, fileName, loadedAt, attachments}).
// The server's `govdesk-syncd dataset load` and a local import (Ui::DatasetFileImport) both make
// one, so colleagues receive a local import by sync. Core::DatasetApplier imports each dataset's file
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
#include <optional>

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

class ForestryDatasets
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryDatasets)
public:
    // Raised when the tables change: every dataset is imported again.
    static constexpr int Version = 2;

    // What differs for 林业 (schemas, tables, rows, warnings and search afterwards); the module
    // hands it to ModuleContext::addDatasets().
    [[nodiscard]] static Core::DatasetSource source(Core::ModuleContext &context);

    // What Ui::DatasetFileImport needs of 林业. On a worker connection: the user's file as the
    // dataset `status` names, applied with its status when clean; otherwise nothing is written and
    // the status says why (Rejected). Errors are the database's or a cancel.
    [[nodiscard]] static Core::Result<DatasetStatus>
    importLocal(Core::Database &db, const DatasetStatus &status, const QString &path,
                const Core::ColumnMapping &mapping = {}, const Core::TableImport::Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);
    // The record's payload for a file, with the column mapping used so that colleagues' desks
    // import it the same way.
    [[nodiscard]] static QJsonObject payload(DatasetKind kind, const QString &title, const QString &fileName,
                                             const QString &sha256, qint64 size,
                                             const std::optional<Core::ColumnMapping> &mapping = {});
    // Takes out the rows and the status of a dataset whose record could not be written.
    [[nodiscard]] static Core::Result<> forget(Core::Database &db, const QString &recordId);

    // Removes a dataset (its record, so colleagues drop it too); the projection takes its rows out.
    [[nodiscard]] static Core::Result<> remove(Core::ModuleContext &context, const QString &datasetId);
};

} // namespace GovDesk::Forestry
