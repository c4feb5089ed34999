// PgRateLimiter: the token buckets of RateLimiter in PostgreSQL, so that a client's requests count
// the same whichever instance behind the balancer answers them.
#pragma once

#include "RateLimiter.h"
#include "postgres/PgSession.h"

#include <atomic>
#include <memory>

namespace GovDesk::Server {

class PgRateLimiter final : public RateLimiter
{
public:
    // Its own two connections to `uri`; the buckets live in an UNLOGGED table (a crash of the
    // database forgets them, which costs nothing but a fresh minute's allowance).
    [[nodiscard]] static Result<std::unique_ptr<PgRateLimiter>> open(const QString &uri, int perMinute,
                                                                     const Clock &clock);

    // One statement: the bucket refilled for the time since its last request, and a token taken
    // when there is one. Should the database not answer, the request is allowed (and logged):
    // the limit protects the service, it must not take it down.
    [[nodiscard]] Decision take(const QByteArray &key) override;
    [[nodiscard]] int perMinute() const override { return m_perMinute; }

private:
    PgRateLimiter(std::unique_ptr<PgSession> session, int perMinute, const Clock &clock);
    void pruneIdle(qint64 nowMs);

    std::unique_ptr<PgSession> m_session;
    int m_perMinute;
    const Clock &m_clock;
    std::atomic<qint64> m_lastPruneMs{0};
};

} // namespace GovDesk::Server
