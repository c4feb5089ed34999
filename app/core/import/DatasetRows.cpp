#include "DatasetRows.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QDateTime>

namespace GovDesk::Core::DatasetRows {

QString insertSql(const QString &table, const QString &columns)
{
    const int count = int(columns.count(QLatin1Char(','))) + 1;
    const QStringList marks(count + 1, QStringLiteral("?")); // and dataset_id
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2, dataset_id) VALUES (%3)")
        .arg(table, columns, marks.join(QLatin1Char(',')));
}

void bindCell(Statement &statement, int index, const QVariant &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::QDateTime)
        statement.bind(index, value.toDateTime().toSecsSinceEpoch());
    else if (value.typeId() == QMetaType::QDate)
        statement.bind(index, value.toDate().toString(Qt::ISODate));
    else if (value.typeId() == QMetaType::Double)
        statement.bind(index, value.toDouble());
    else if (value.typeId() == QMetaType::LongLong)
        statement.bind(index, value.toLongLong());
    else
        statement.bind(index, value.toString());
}

Result<> remove(Database &db, const QStringList &tables, const QString &datasetId)
{
    for (const QString &table : tables) {
        auto statement = db.prepare(QStringLiteral("DELETE FROM %1 WHERE dataset_id = ?").arg(table));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, datasetId);
        GD_TRY(statement->exec());
    }
    return {};
}

} // namespace GovDesk::Core::DatasetRows
