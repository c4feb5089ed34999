// SqlRows: the small helpers SqlSyncRepository's statements share — one row or many read into
// values, the upsert SQLite 3.15 needs (no ON CONFLICT), JSON columns, lists of parameters.
#pragma once

#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace GovDesk::Server {

// A null QString binds NULL; NOT NULL text columns get "".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list << value.toString();
    return list;
}

// The first row read by `read`, or nullopt when there is none.
template<typename T, typename Read>
Result<std::optional<T>> single(SqlSession &sql, const QString &query, const SqlParams &params, Read read)
{
    std::optional<T> found;
    GD_TRY(sql.visit(query, params, [&](const SqlRow &row) {
        found = read(row);
        return false;
    }));
    return found;
}

// Every row, read in order.
template<typename T, typename Read>
Result<QList<T>> many(SqlSession &sql, const QString &query, const SqlParams &params, Read read)
{
    QList<T> rows;
    GD_TRY(sql.visit(query, params, [&](const SqlRow &row) {
        rows.append(read(row));
        return true;
    }));
    return rows;
}

// A statement's success, whatever it changed.
inline Result<> done(const Result<qint64> &changed)
{
    if (!changed)
        return std::unexpected(changed.error());
    return {};
}

// `update`, then `insert` when it changed nothing; both take the same parameters.
inline Result<> upsert(SqlSession &sql, const QString &update, const QString &insert, const SqlParams &params)
{
    auto changed = sql.run(update, params);
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed > 0)
        return {};
    return done(sql.run(insert, params));
}

// " AND <column> [NOT] IN (?n, …)" for `values`, numbering parameters from `firstParameter`.
inline QString inList(const QString &column, const QStringList &values, int firstParameter, bool negated)
{
    if (values.isEmpty())
        return {};
    QStringList parameters;
    for (qsizetype i = 0; i < values.size(); ++i)
        parameters << QStringLiteral("?%1").arg(firstParameter + i);
    return QStringLiteral(" AND %1 %2 (%3)")
        .arg(column, negated ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
             parameters.join(QStringLiteral(", ")));
}

} // namespace GovDesk::Server
