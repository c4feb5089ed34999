// IdleCountdown: the alarm behind IdleLockTimer; a seam so that tests move time on by hand.
#pragma once

#include <chrono>
#include <functional>

namespace GovDesk::Core {

class IdleCountdown
{
public:
    virtual ~IdleCountdown() = default;

    // Runs the expired handler once after `duration`, unless restarted or stopped before.
    virtual void start(std::chrono::milliseconds duration) = 0;
    virtual void stop() = 0;

    void setExpiredHandler(std::function<void()> handler) { m_expired = std::move(handler); }

protected:
    void expire()
    {
        if (m_expired)
            m_expired();
    }

private:
    std::function<void()> m_expired;
};

} // namespace GovDesk::Core
