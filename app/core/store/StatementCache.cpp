#include "StatementCache.h"

#include <sqlcipher/sqlite3.h>

namespace GovDesk::Core {

StatementCache::~StatementCache()
{
    close();
}

sqlite3_stmt *StatementCache::take(const QByteArray &sql)
{
    auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->isEmpty())
        return nullptr;
    --m_count;
    return it->takeLast();
}

void StatementCache::giveBack(sqlite3_stmt *statement)
{
    if (!statement)
        return;
    // Reset at once: a finished-but-not-reset SELECT would keep its read snapshot open in WAL.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_closed || m_count >= MaxHandles) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle[QByteArray(sqlite3_sql(statement))].append(statement);
    ++m_count;
}

void StatementCache::close()
{
    for (const QList<sqlite3_stmt *> &handles : std::as_const(m_idle)) {
        for (sqlite3_stmt *statement : handles)
            sqlite3_finalize(statement);
    }
    m_idle.clear();
    m_count = 0;
    m_closed = true;
}

} // namespace GovDesk::Core
