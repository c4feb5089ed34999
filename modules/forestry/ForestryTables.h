// ForestryTables: the module's own tables — one per dataset kind, every row carrying the dataset
// it came from, so re-applying or deleting a dataset replaces exactly its rows. The state of each
// dataset is the core's (Core::DatasetStatusStore).
#pragma once

#include "ForestrySchemas.h"
#include "Result.h"
#include "import/DatasetStatus.h"
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

using DatasetState = Core::DatasetState;
using DatasetStatus = Core::DatasetStatus;

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

    // The datasets' statuses (Core::DatasetStatusStore, module "forestry").
    [[nodiscard]] Core::Result<std::optional<DatasetStatus>> status(const QString &datasetId) const;
    [[nodiscard]] Core::Result<QList<DatasetStatus>> statuses() const; // newest first
    [[nodiscard]] static QString stateName(DatasetState state);        // translated
    // Every table a dataset's rows go to.
    [[nodiscard]] static QStringList tableNames();

    // Empties every table (a projection rebuild).
    [[nodiscard]] Core::Result<> clear();

private:
    Core::Database &m_db;
};

} // namespace GovDesk::Forestry
