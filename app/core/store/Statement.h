// Statement: a prepared SQLCipher statement with typed binds and columns.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <type_traits>
#include <utility>

struct sqlite3_stmt;
struct sqlite3;

namespace GovDesk::Core {

class DamageMark;
class StatementCache;

class Statement
{
public:
    Statement() = default;
    // `damage`: the connection's mark once its key was proven (see SqliteError::from). With
    // `cache`, the handle goes back to it instead of being finalised (Database::prepareCached).
    Statement(sqlite3 *db, sqlite3_stmt *statement, std::shared_ptr<DamageMark> damage = {},
              std::shared_ptr<StatementCache> cache = {});
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Positional parameters count from 1, as in SQLite; named ones include the prefix (":id").
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    template<typename T>
    Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    Statement &bindNull(const char *name) { return bindNull(parameterIndex(name)); }

    // true while a row is available, false when done. On a damaged file, a statement that would
    // write is refused before it runs.
    [[nodiscard]] Result<bool> step();
    // Steps through every row, calling onRow(*this) for each; a callable returning bool stops
    // the walk by returning false. The first failing step ends it with its error.
    template<typename OnRow>
    [[nodiscard]] Result<> forEachRow(OnRow &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<OnRow, const Statement &>, bool>) {
                if (!onRow(std::as_const(*this)))
                    return {};
            } else {
                onRow(std::as_const(*this));
            }
        }
    }
    // Runs to completion, for statements that return no rows.
    [[nodiscard]] Result<> exec();
    void reset(); // keeps bindings, ready to step again
    void clearBindings();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    // The column's text as SQLite holds it, without a copy: valid until the next step or reset.
    [[nodiscard]] QByteArrayView utf8(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }
    [[nodiscard]] sqlite3_stmt *handle() const { return m_statement; }

private:
    int parameterIndex(const char *name) const;
    void noteBindError(int rc, int index);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::shared_ptr<DamageMark> m_damage;
    std::shared_ptr<StatementCache> m_cache;
    QString m_bindError; // reported by the next step(): binds chain, so they cannot return errors
};

} // namespace GovDesk::Core
