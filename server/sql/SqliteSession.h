// SqliteSession: SqlSession on one SQLite file (WAL) through govdesk-core's Database.
#pragma once

#include "sql/SqlSession.h"

#include <memory>
#include <mutex>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Server {

class SqliteSession final : public SqlSession
{
public:
    // One connection, shared by the server's worker threads: every call holds the lock, and
    // inTransaction() holds it for the whole transaction, so the calls `work` makes re-enter it
    // (hence recursive) while other threads wait.
    explicit SqliteSession(std::unique_ptr<Core::Database> db);
    ~SqliteSession() override;

    [[nodiscard]] Result<qint64> run(const QString &sql, const SqlParams &params = {}) override;
    [[nodiscard]] Result<> visit(const QString &sql, const SqlParams &params,
                                 const RowVisitor &visitor) override;
    [[nodiscard]] Result<> inTransaction(const std::function<Result<>()> &work) override;

    [[nodiscard]] Core::Database &database() { return *m_db; }

private:
    std::recursive_mutex m_mutex;
    std::unique_ptr<Core::Database> m_db;
};

} // namespace GovDesk::Server
