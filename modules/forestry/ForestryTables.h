// ForestryTables: the module's own tables — one per dataset kind, every row carrying the dataset
// it came from, so re-applying or deleting a dataset replaces exactly its rows — and the state
// of each dataset (applied with its rows, waiting for its file, or refused with the problems).
#pragma once

#include "ForestrySchemas.h"
#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <optional>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Forestry {

enum class DatasetState { Applied, Waiting, Failed };

struct DatasetStatus
{
    QString datasetId; // the record id of the forestry.dataset record
    QString kind;      // its code
    QString title;
    QString fileName;
    QString sha256;
    DatasetState state = DatasetState::Waiting;
    qint64 rows = 0;
    qint64 problems = 0;
    QString message; // why it failed: the first problems in words
    QDateTime updatedAt;
};

class ForestryTables
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryTables)
public:
    [[nodiscard]] static QList<Core::Migration> migrations();

    explicit ForestryTables(Core::Database &db)
        : m_db(db)
    {
    }

    // One converted row of a file (TableImport's values in schema order), areas in the file's
    // unit; stored in 公顷.
    [[nodiscard]] Core::Result<> insert(DatasetKind kind, const QString &datasetId, QVariantList values);
    [[nodiscard]] Core::Result<> removeRows(const QString &datasetId);

    [[nodiscard]] Core::Result<std::optional<DatasetStatus>> status(const QString &datasetId) const;
    [[nodiscard]] Core::Result<QList<DatasetStatus>> statuses() const; // newest first
    [[nodiscard]] Core::Result<> setStatus(const DatasetStatus &status);
    [[nodiscard]] Core::Result<> removeStatus(const QString &datasetId);
    [[nodiscard]] Core::Result<QStringList> waitingDatasets() const;
    [[nodiscard]] static QString stateName(DatasetState state); // translated

    // Empties every table (a projection rebuild).
    [[nodiscard]] Core::Result<> clear();

private:
    Core::Database &m_db;
};

} // namespace GovDesk::Forestry
