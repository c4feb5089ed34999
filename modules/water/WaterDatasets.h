// WaterDatasets: data arrives as datasets — a record of water.dataset naming one CSV or JSON
// file (its attachment) and the table it fills (`kind`). The projection imports each dataset's
// file with TableImport: checked first, applied only when clean and then in the projection's
// one transaction; its rows carry the dataset's id, so applying it again or deleting it replaces
// them. Each dataset keeps a status: applied (rows), rejected (the problems, nothing applied) or
// waiting for its file (the blob has not arrived yet; retried after later syncs). A local import
// applies the file itself on a worker connection and then puts the record: the projection sees
// the same id and file already applied and only refreshes the warnings.
#pragma once

#include "Result.h"
#include "WaterSchema.h"
#include "import/TableImport.h"
#include "module/Projection.h"

#include <QCoreApplication>
#include <QDateTime>
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

enum class DatasetState { Applied, Waiting, Rejected };

struct DatasetStatus
{
    QString recordId;
    QString kind; // as the record says, even when unknown
    QString title;
    QString fileName;
    QString sha256;
    DatasetState state = DatasetState::Waiting;
    qint64 rows = 0;
    qint64 problemCount = 0;
    QString problems; // the first problems (or the reason), one per line, for the dataset list
    QDateTime appliedAt;
    QString loadedAt;
};

// The result of importing one file for one dataset.
struct DatasetImportResult
{
    Core::ImportCheck check;
    QString error;   // a failure that is the file's (unreadable, missing columns): nothing applied
    qint64 rows = 0; // applied
    [[nodiscard]] bool applied() const { return error.isEmpty() && check.isClean(); }
};

class WaterDatasets
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterDatasets)
public:
    static constexpr int ProjectionVersion = 1;
    static constexpr int ProblemsKept = 20;

    // What the module sets up in initialize(): tables, search type, collection, projection.
    [[nodiscard]] static Core::Result<> install(Core::ModuleContext &context);
    [[nodiscard]] static Core::Projection projection(Core::ModuleContext &context);

    // Checks the file and, when clean, replaces the dataset's rows with it in one transaction
    // (the caller's, when one is open) on `db`. Errors are the database's or a cancel; a bad file
    // is a result with its problems.
    [[nodiscard]] static Core::Result<DatasetImportResult>
    importFile(Core::Database &db, const QString &datasetId, DatasetKind kind, const QString &path,
               const std::optional<Core::ColumnMapping> &mapping,
               const Core::TableImport::Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The record's payload for a file: kind, title, fileName, loadedAt, attachments, mapping.
    [[nodiscard]] static QJsonObject payload(DatasetKind kind, const QString &title, const QString &fileName,
                                             const QString &sha256, qint64 size,
                                             const std::optional<Core::ColumnMapping> &mapping = {});
    // Stores a dataset's status (in the caller's transaction).
    [[nodiscard]] static Core::Result<> writeStatus(Core::Database &db, const DatasetStatus &status);
    [[nodiscard]] static Core::Result<QList<DatasetStatus>> statuses(Core::Database &db);
    [[nodiscard]] static QString stateName(DatasetState state);

    // Datasets waiting for their file whose blob has arrived since: imported now. The hook for
    // blobs that a sync fetched after the records it pulled (the module calls it after syncs,
    // at unlock and on a timer while anything waits). Returns how many were imported.
    [[nodiscard]] static Core::Result<int> retryWaiting(Core::ModuleContext &context);
    [[nodiscard]] static Core::Result<int> waitingCount(Core::Database &db);

private:
    [[nodiscard]] static Core::Result<> apply(Core::ModuleContext &context,
                                              const Core::ProjectedRecord &record);
};

} // namespace GovDesk::Water
