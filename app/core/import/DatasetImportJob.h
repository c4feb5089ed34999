// DatasetImportJob: one dataset file into a module's tables, on a worker connection, all or
// nothing, without holding the write lock for long: every row is checked first (TableImport's
// first pass), then written into TEMP tables that shadow the module's tables on this connection
// (kept in memory: decrypted rows never reach a temporary file), and only then moved into the
// real tables, with the dataset's status, in one short IMMEDIATE transaction. While the rows are
// checked and staged, the UI thread and the sync write as usual.
#pragma once

#include "Result.h"
#include "import/DatasetSource.h"
#include "import/DatasetStatus.h"
#include "import/TableImport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class Database;

class DatasetImportJob
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::DatasetImportJob)
public:
    static constexpr int ProblemsKept = 20;
    // Percent of the whole job (checking is the first half, staging most of the second).
    using Progress = std::function<void(int percent)>;

    enum class Expect {
        Recorded, // the status must still be there with the same file (a synced dataset)
        New,      // a local import: no status yet, or one for the same file
    };

    DatasetImportJob(const DatasetSource &source, QString moduleId);

    // Imports `import` as the dataset `status` describes (state, rows and problems are set
    // here) and returns the status written: Applied, or Rejected with its problems — then
    // nothing of the file is applied and earlier rows of the dataset are taken out. Errors: the
    // database's, and Cancelled when `cancel` was set (nothing written). Empty when the dataset
    // changed or went meanwhile: nothing written, the applier looks again.
    [[nodiscard]] Result<std::optional<DatasetStatus>> run(Database &db, const TableImport &import,
                                                           DatasetStatus status, ColumnMapping mapping,
                                                           Expect expect, const Progress &progress = {},
                                                           const std::atomic_bool *cancel = nullptr) const;

    // The first problems in words, one per line: 第N行，列：值 — 原因.
    [[nodiscard]] static QString problemLines(const ImportCheck &check);

private:
    [[nodiscard]] Result<> stage(Database &db) const;
    [[nodiscard]] Result<> dropStaged(Database &db) const;
    [[nodiscard]] Result<bool> stillExpected(Database &db, const DatasetStatus &status, Expect expect) const;
    [[nodiscard]] Result<std::optional<DatasetStatus>> finish(Database &db, DatasetStatus status,
                                                              Expect expect, bool moveStaged) const;

    const DatasetSource &m_source;
    QString m_moduleId;
};

} // namespace GovDesk::Core
