// RowUpsert: writes one row by its key, updating it when the key exists and inserting it when not.
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>
#include <optional>

namespace GovDesk::Core {

class Database;
class Statement;

// The form of INSERT OR REPLACE to use for rows written one at a time on an encrypted profile.
// A REPLACE statement (or any with a trigger) on a table with CHECK or NOT NULL constraints keeps
// a statement journal, and SQLCipher encrypts every page journalled there: with an index or two
// that is several encryptions a row, for nothing, since one row is written. UPDATE OR FAIL, then
// INSERT OR FAIL when no row has the key, need no statement journal (a pull of 100k records went
// from ~10 page encryptions a record to ~1). As with REPLACE, a NULL bound to a NOT NULL column
// that has a default writes the default. Use it inside a transaction: a failed statement keeps
// what it wrote before failing, so the caller rolls back on an error (Transaction does).
// SQLCipher 3.4 is SQLite 3.15, which has no UPSERT clause.
class RowUpsert
{
public:
    // `columns` as in SQL ("record_id, title, …"); the first `keyColumns` of them are the key.
    // Parameter ?N is the N-th column.
    RowUpsert(QString table, const QString &columns, int keyColumns);

    [[nodiscard]] Result<> write(Database &db, const std::function<void(Statement &)> &bind) const;

private:
    struct Sql
    {
        QString update;
        QString insert;
    };
    // Built on first use, from the table's columns and their defaults.
    [[nodiscard]] Result<Sql> sql(Database &db) const;

    QString m_table;
    QStringList m_columns;
    int m_keyColumns;
    mutable std::mutex m_mutex;
    mutable std::optional<Sql> m_sql;
};

} // namespace GovDesk::Core
