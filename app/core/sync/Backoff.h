// Backoff: how long to wait before retrying a failed sync request (exponential, full jitter).
#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace GovDesk::Core {

// sleep = random(0, min(cap, base · 2^attempt)), or Retry-After when that is longer (the
// protocol's rule). Full jitter spreads the retries of many offices after an outage instead of
// having them all return in the same second.
class Backoff
{
public:
    // Uniform in [0, inclusiveMax]; tests pass a fixed or scripted one.
    using Random = std::function<qint64(qint64 inclusiveMax)>;

    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
                     std::chrono::milliseconds cap = std::chrono::minutes(5));

    // attempt 0 = the first retry.
    [[nodiscard]] std::chrono::milliseconds ceiling(int attempt) const;
    [[nodiscard]] std::chrono::milliseconds delay(int attempt, const Random &random,
                                                  std::chrono::seconds retryAfter = std::chrono::seconds(0)) const;

    [[nodiscard]] static Random systemRandom();

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};

} // namespace GovDesk::Core
