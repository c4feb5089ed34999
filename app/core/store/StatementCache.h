// StatementCache: prepared statements of one connection, kept for reuse by their SQL text.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

struct sqlite3_stmt;

namespace GovDesk::Core {

// Preparing is a third of the cost of a small statement (measured in sync_bench: ~34% of a
// pull). A Statement from Database::prepareCached() hands its handle back here, reset and with
// its bindings cleared, when it goes; the next prepareCached() of the same SQL takes it instead
// of preparing again. Two live statements of the same SQL (nested use) simply get two handles.
// The cache is shared with the statements it lent, so a statement that outlives it finalises
// its handle instead of returning it.
class StatementCache
{
public:
    static constexpr int MaxHandles = 128; // per connection: the hot statements, not every IN (…) list

    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    [[nodiscard]] sqlite3_stmt *take(const QByteArray &sql);
    // Resets the handle and keeps it, or finalises it when the cache is full or closed.
    void giveBack(sqlite3_stmt *statement);
    // Finalises every kept handle; later give-backs finalise theirs (the connection closes next).
    void close();

private:
    QHash<QByteArray, QList<sqlite3_stmt *>> m_idle;
    int m_count = 0;
    bool m_closed = false;
};

} // namespace GovDesk::Core
