// RateLimiter: a token bucket per key (an access token, or an address before sign-in), so that one
// misbehaving client cannot starve the others. Bursts up to a minute's allowance are allowed.
// LocalRateLimiter keeps the buckets in this process (one instance); PgRateLimiter keeps them in
// PostgreSQL, shared by every instance behind a balancer. Safe to call from several threads.
#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QHash>
#include <mutex>

namespace GovDesk::Server {

class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: until one request is allowed again
    };

    virtual ~RateLimiter() = default;
    [[nodiscard]] virtual Decision take(const QByteArray &key) = 0;
    [[nodiscard]] virtual int perMinute() const = 0;

protected:
    // Buckets idle this long are full again and are dropped, at most this often.
    static constexpr qint64 PruneIntervalMs = 60 * 1000;

    // A refusal while the bucket holds `tokens` (< 1): the wait until it holds one.
    [[nodiscard]] static Decision refusal(double tokens, int perMinute);
};

class LocalRateLimiter final : public RateLimiter
{
public:
    // perMinute <= 0 disables the limit.
    LocalRateLimiter(int perMinute, const Clock &clock);

    [[nodiscard]] Decision take(const QByteArray &key) override;
    [[nodiscard]] int perMinute() const override { return m_perMinute; }
    [[nodiscard]] qsizetype trackedKeys() const
    {
        const std::scoped_lock lock(m_mutex);
        return m_buckets.size();
    }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    void pruneIdle(qint64 nowMs);

    int m_perMinute;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace GovDesk::Server
