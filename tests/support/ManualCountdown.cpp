#include "ManualCountdown.h"

#include <memory>

namespace GovDesk::Test {

ManualCountdown &ManualCountdown::installIn(Core::IdleLockTimer &timer)
{
    auto countdown = std::make_unique<ManualCountdown>();
    ManualCountdown &installed = *countdown;
    timer.setCountdown(std::move(countdown));
    return installed;
}

void ManualCountdown::start(std::chrono::milliseconds duration)
{
    m_running = true;
    m_remaining = duration;
}

void ManualCountdown::stop()
{
    m_running = false;
}

void ManualCountdown::advance(std::chrono::milliseconds elapsed)
{
    if (!m_running)
        return;
    if (elapsed < m_remaining) {
        m_remaining -= elapsed;
        return;
    }
    m_running = false;
    m_remaining = {};
    expire(); // last: the handler may restart this countdown
}

} // namespace GovDesk::Test
