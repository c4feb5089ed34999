#include "RowUpsert.h"

#include "Database.h"
#include "Statement.h"

#include <QHash>

namespace GovDesk::Core {

RowUpsert::RowUpsert(QString table, const QString &columns, int keyColumns)
    : m_table(std::move(table))
    , m_keyColumns(keyColumns)
{
    for (const QString &column : columns.split(QLatin1Char(',')))
        m_columns << column.trimmed();
}

Result<RowUpsert::Sql> RowUpsert::sql(Database &db) const
{
    std::lock_guard lock(m_mutex);
    if (m_sql)
        return *m_sql;
    auto info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(m_table));
    if (!info)
        return std::unexpected(info.error());
    QHash<QString, QString> defaults; // NOT NULL columns with a default: the default's SQL
    GD_TRY(info->forEachRow([&defaults](const Statement &row) {
        if (row.int64(3) != 0 && !row.isNull(4))
            defaults.insert(row.text(1), row.text(4));
    }));
    QStringList values;
    QStringList assignments;
    QStringList keys;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString &column = m_columns.at(i);
        const QString parameter = QStringLiteral("?%1").arg(i + 1);
        const auto fallback = defaults.constFind(column);
        const QString value = fallback == defaults.cend()
                                  ? parameter
                                  : QStringLiteral("ifnull(%1, %2)").arg(parameter, *fallback);
        values << value;
        if (i < m_keyColumns)
            keys << QStringLiteral("%1 = %2").arg(column, parameter);
        else
            assignments << QStringLiteral("%1 = %2").arg(column, value);
    }
    m_sql = Sql{.update = QStringLiteral("UPDATE OR FAIL %1 SET %2 WHERE %3")
                              .arg(m_table, assignments.join(QStringLiteral(", ")),
                                   keys.join(QStringLiteral(" AND "))),
                .insert = QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES (%3)")
                              .arg(m_table, m_columns.join(QStringLiteral(", ")),
                                   values.join(QStringLiteral(", ")))};
    return *m_sql;
}

Result<> RowUpsert::write(Database &db, const std::function<void(Statement &)> &bind) const
{
    auto statements = sql(db);
    if (!statements)
        return std::unexpected(statements.error());
    auto update = db.prepareCached(statements->update);
    if (!update)
        return std::unexpected(update.error());
    bind(*update);
    GD_TRY(update->exec());
    // changes() counts the outer statement's rows only, not those of its triggers.
    if (db.changes() > 0)
        return {};
    auto insert = db.prepareCached(statements->insert);
    if (!insert)
        return std::unexpected(insert.error());
    bind(*insert);
    return insert->exec();
}

} // namespace GovDesk::Core
