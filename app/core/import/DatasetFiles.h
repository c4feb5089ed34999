// DatasetFiles: what every module's datasets share around DatasetImportJob — the payload of a
// dataset record naming one file, and a file chosen on this desk imported as a dataset (a local
// import, on a worker connection) — so that 水务, 审判 and the modules after them keep only what
// differs (DatasetSource).
#pragma once

#include "Result.h"
#include "import/DatasetSource.h"
#include "import/DatasetStatus.h"
#include "import/TableImport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <atomic>
#include <optional>

namespace GovDesk::Core {

class Database;

class DatasetFiles
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::DatasetFiles)
public:
    // {kind, title, fileName, loadedAt, attachments: [{sha256, name, size}], mapping?}.
    [[nodiscard]] static QJsonObject payload(const QString &kind, const QString &title,
                                             const QString &fileName, const QString &sha256, qint64 size,
                                             const std::optional<ColumnMapping> &mapping = {});

    // The file at `path` as the dataset `status` names (recordId, kind, title, fileName, sha256),
    // on `db` (a worker's): applied with its status when clean; otherwise nothing is written and
    // the status says why (Rejected). Errors are the database's, an unknown kind, or a cancel.
    [[nodiscard]] static Result<DatasetStatus>
    importLocal(const DatasetSource &source, const QString &moduleId, Database &db,
                const DatasetStatus &status, const QString &path, const ColumnMapping &mapping,
                const TableImport::Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // How many of the module's datasets wait for their file or their turn.
    [[nodiscard]] static Result<int> waitingCount(Database &db, const QString &moduleId);
};

} // namespace GovDesk::Core
