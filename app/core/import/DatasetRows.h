// DatasetRows: how a module keeps a dataset's rows in its own tables — each row tagged with the
// dataset it came from (a `dataset_id` column), a later dataset's row for the same key replacing an
// earlier one, and a dataset's rows removed from every table when it is forgotten. The cell
// binding is one rule for every module: null, QDateTime as Unix seconds (UTC), QDate as ISO text,
// numbers as numbers, anything else as text.
#pragma once

#include "Result.h"

#include <QStringList>
#include <QVariant>

namespace GovDesk::Core {

class Database;
class Statement;

namespace DatasetRows {

// "INSERT OR REPLACE INTO table (columns, dataset_id) VALUES (?, …)"; `columns` comma-separated.
[[nodiscard]] QString insertSql(const QString &table, const QString &columns);
void bindCell(Statement &statement, int index, const QVariant &value);
[[nodiscard]] Result<> remove(Database &db, const QStringList &tables, const QString &datasetId);

} // namespace DatasetRows

} // namespace GovDesk::Core
