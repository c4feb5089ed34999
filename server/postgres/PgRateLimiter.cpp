#include "PgRateLimiter.h"

#include "LogSafe.h"
#include "ServerLogging.h"
#include "sql/SqlRows.h"

namespace GovDesk::Server {

namespace {

constexpr qint64 TableLockKey = 0x676f7672617465; // "govrate": instances creating the table at once

// The bucket after refilling: at most a minute's allowance.
const QString Refilled
    = QStringLiteral("LEAST(?2, b.tokens + GREATEST(0, ?3 - b.updated_ms) * ?2 / 60000.0)");

} // namespace

Result<std::unique_ptr<PgRateLimiter>> PgRateLimiter::open(const QString &uri, int perMinute,
                                                           const Clock &clock)
{
    auto session = PgSession::open(uri, 2);
    if (!session)
        return std::unexpected(session.error());
    PgSession &opened = **session;
    const auto createTable = [&opened]() -> Result<> {
        GD_TRY(done(opened.run(QStringLiteral("SELECT pg_advisory_xact_lock(?1)"), {TableLockKey})));
        return opened.script(
            QStringLiteral("CREATE UNLOGGED TABLE IF NOT EXISTS rate_buckets ("
                           " key TEXT NOT NULL PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,"
                           " updated_ms BIGINT NOT NULL, allowed SMALLINT NOT NULL)"));
    };
    GD_TRY(opened.inTransaction(createTable));
    return std::unique_ptr<PgRateLimiter>(new PgRateLimiter(std::move(*session), perMinute, clock));
}

PgRateLimiter::PgRateLimiter(std::unique_ptr<PgSession> session, int perMinute, const Clock &clock)
    : m_session(std::move(session))
    , m_perMinute(perMinute)
    , m_clock(clock)
{
}

void PgRateLimiter::pruneIdle(qint64 nowMs)
{
    // A bucket idle for a minute is full again, the same as no bucket.
    qint64 last = m_lastPruneMs;
    if (nowMs - last < PruneIntervalMs || !m_lastPruneMs.compare_exchange_strong(last, nowMs))
        return;
    if (auto pruned = m_session->run(QStringLiteral("DELETE FROM rate_buckets WHERE updated_ms < ?1"),
                                     {nowMs - PruneIntervalMs});
        !pruned)
        qCWarning(lcSyncd).noquote() << "rate limit buckets not pruned:"
                                     << Core::logSafe(pruned.error().fullText());
}

RateLimiter::Decision PgRateLimiter::take(const QByteArray &key)
{
    if (m_perMinute <= 0)
        return {};
    const qint64 now = m_clock.nowMs();
    pruneIdle(now);
    std::optional<std::pair<double, bool>> bucket;
    const auto taken = m_session->visit(
        QStringLiteral(
            "INSERT INTO rate_buckets AS b (key, tokens, updated_ms, allowed) VALUES (?1, ?2 - 1, ?3, 1)"
            " ON CONFLICT (key) DO UPDATE SET"
            " tokens = CASE WHEN %1 >= 1 THEN %1 - 1 ELSE %1 END,"
            " allowed = CASE WHEN %1 >= 1 THEN 1 ELSE 0 END,"
            " updated_ms = GREATEST(b.updated_ms, ?3)"
            " RETURNING tokens, allowed")
            .arg(Refilled),
        {QString::fromUtf8(key), qint64(m_perMinute), now}, [&bucket](const SqlRow &row) {
            bucket = std::pair{row.bytes(0).toByteArray().toDouble(), row.int64(1) != 0};
            return false;
        });
    if (!taken || !bucket) {
        qCWarning(lcSyncd).noquote() << "rate limit not checked (allowed):"
                                     << Core::logSafe(taken ? QStringLiteral("no row")
                                                            : taken.error().fullText());
        return {};
    }
    if (bucket->second)
        return {};
    return refusal(bucket->first, m_perMinute);
}

} // namespace GovDesk::Server
