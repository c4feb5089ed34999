#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace GovDesk::Core {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
{
}

std::chrono::milliseconds Backoff::ceiling(int attempt) const
{
    // Doubling stops once the cap is reached, so large attempt numbers cannot overflow.
    std::chrono::milliseconds value = m_base;
    for (int i = 0; i < attempt && value < m_cap; ++i)
        value *= 2;
    return std::min(value, m_cap);
}

std::chrono::milliseconds Backoff::delay(int attempt, const Random &random, std::chrono::seconds retryAfter) const
{
    const qint64 bound = ceiling(std::max(0, attempt)).count();
    const qint64 drawn = std::clamp<qint64>(random ? random(bound) : bound, 0, bound);
    return std::max(std::chrono::milliseconds(drawn), std::chrono::duration_cast<std::chrono::milliseconds>(retryAfter));
}

Backoff::Random Backoff::systemRandom()
{
    return [](qint64 inclusiveMax) {
        return inclusiveMax <= 0 ? 0 : static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(inclusiveMax) + 1));
    };
}

} // namespace GovDesk::Core
