// PgSession: SqlSession on PostgreSQL — a pool of libpq connections shared by the server's worker
// threads, each transaction on one connection of its own.
#pragma once

#include "postgres/PgConnection.h"
#include "sql/SqlSession.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace GovDesk::Server {

class PgSession final : public SqlSession
{
public:
    // Connects once to prove the URI; more connections are opened as threads need them, up to
    // `maxConnections`, and a connection that broke (the server restarted) is replaced.
    [[nodiscard]] static Result<std::unique_ptr<PgSession>> open(const QString &uri, int maxConnections);
    ~PgSession() override;

    [[nodiscard]] Result<qint64> run(const QString &sql, const SqlParams &params = {}) override;
    [[nodiscard]] Result<> visit(const QString &sql, const SqlParams &params,
                                 const RowVisitor &visitor) override;
    [[nodiscard]] Result<> inTransaction(const std::function<Result<>()> &work) override;
    // Several statements without parameters (migrations), on this thread's transaction if any.
    [[nodiscard]] Result<> script(const QString &sql);

    // The repository's SQL in PostgreSQL's form: ?N → $N, "UPDATE OR FAIL" → "UPDATE" (outside
    // quoted literals). Public for its test.
    [[nodiscard]] static QString translate(const QString &sql);

private:
    class Lease;
    PgSession(QString uri, int maxConnections, std::unique_ptr<PgConnection> first);
    [[nodiscard]] Result<std::unique_ptr<PgConnection>> take();
    void giveBack(std::unique_ptr<PgConnection> connection);
    [[nodiscard]] Result<PgResult> exec(const QString &sql, const SqlParams &params);

    const QString m_uri;
    const int m_maxConnections;
    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    int m_open = 0; // idle and taken
};

} // namespace GovDesk::Server
