#include "RateLimiter.h"

#include <cmath>

namespace GovDesk::Server {

LocalRateLimiter::LocalRateLimiter(int perMinute, const Clock &clock)
    : m_perMinute(perMinute)
    , m_clock(clock)
{
}

void LocalRateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const double elapsedMinutes = static_cast<double>(qMax<qint64>(0, nowMs - bucket.updatedMs)) / 60000.0;
    bucket.tokens = qMin(static_cast<double>(m_perMinute), bucket.tokens + elapsedMinutes * m_perMinute);
    bucket.updatedMs = nowMs;
}

void LocalRateLimiter::pruneIdle(qint64 nowMs)
{
    // A bucket that has refilled completely is the same as no bucket: forget it, so that tokens
    // and addresses seen once do not accumulate.
    if (nowMs - m_lastPruneMs < PruneIntervalMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, nowMs);
        it = it->tokens >= m_perMinute ? m_buckets.erase(it) : std::next(it);
    }
}

RateLimiter::Decision LocalRateLimiter::take(const QByteArray &key)
{
    if (m_perMinute <= 0)
        return {};
    const std::scoped_lock lock(m_mutex);
    const qint64 now = m_clock.nowMs();
    pruneIdle(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_perMinute), now});
    refill(*it, now);
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return {};
    }
    return refusal(it->tokens, m_perMinute);
}

RateLimiter::Decision RateLimiter::refusal(double tokens, int perMinute)
{
    const double secondsPerToken = 60.0 / perMinute;
    // The epsilon keeps float noise (0.7 tokens = 0.69999…) from adding a whole second.
    const int wait = static_cast<int>(std::ceil((1.0 - tokens) * secondsPerToken - 1e-6));
    return {false, qMax(1, wait)};
}

} // namespace GovDesk::Server
