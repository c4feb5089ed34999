// SqlSession: what the server's repository needs of a database — statements with parameters,
// rows read in place, transactions — so that one SqlSyncRepository runs on SQLite and PostgreSQL.
#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <initializer_list>
#include <variant>

namespace GovDesk::Server {

template<typename T = void> using Result = Core::Result<T>;

// A parameter: NULL, an integer or a text (a null QString is NULL too).
using SqlValue = std::variant<std::monostate, qint64, QString>;

// Parameters ?1, ?2, … in order. The SQL is written in the dialect both databases read; a
// PostgreSQL session numbers them $1, $2, … itself.
class SqlParams
{
public:
    SqlParams() = default;
    SqlParams(std::initializer_list<SqlValue> values)
        : m_values(values)
    {
    }
    SqlParams &operator<<(SqlValue value)
    {
        m_values.append(std::move(value));
        return *this;
    }
    SqlParams &operator<<(int value) { return *this << SqlValue(static_cast<qint64>(value)); }
    SqlParams &operator<<(bool value) { return *this << SqlValue(static_cast<qint64>(value ? 1 : 0)); }
    [[nodiscard]] const QList<SqlValue> &values() const { return m_values; }

private:
    QList<SqlValue> m_values;
};

// One row of a result, valid during the visit only.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    // The column's text as UTF-8, without a copy.
    [[nodiscard]] virtual QByteArrayView bytes(int column) const = 0;
    [[nodiscard]] virtual qint64 int64(int column) const = 0;
    [[nodiscard]] QString text(int column) const
    {
        const QByteArrayView value = bytes(column);
        return QString::fromUtf8(value.data(), value.size());
    }
};

// Implementations are safe to call from several threads at once. Inside inTransaction(), the
// calls `work` makes on the same thread belong to that transaction.
class SqlSession
{
public:
    using RowVisitor = std::function<bool(const SqlRow &)>; // false stops the visit

    virtual ~SqlSession() = default;

    // A statement without rows; the number of rows it changed.
    [[nodiscard]] virtual Result<qint64> run(const QString &sql, const SqlParams &params = {}) = 0;
    // A query, row by row.
    [[nodiscard]] virtual Result<> visit(const QString &sql, const SqlParams &params,
                                         const RowVisitor &visitor)
        = 0;
    // Committed when `work` succeeds, rolled back otherwise.
    [[nodiscard]] virtual Result<> inTransaction(const std::function<Result<>()> &work) = 0;
};

} // namespace GovDesk::Server
