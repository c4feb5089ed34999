// ManualCountdown: an IdleCountdown that tests move on by hand, so idle-lock tests never wait.
#pragma once

#include "session/IdleCountdown.h"
#include "session/IdleLockTimer.h"

namespace GovDesk::Test {

class ManualCountdown : public Core::IdleCountdown
{
public:
    // Puts a ManualCountdown into `timer`, which owns it.
    static ManualCountdown &installIn(Core::IdleLockTimer &timer);

    void start(std::chrono::milliseconds duration) override;
    void stop() override;

    // Lets `elapsed` pass: expires, as the real timer would, once the remaining time has run out.
    void advance(std::chrono::milliseconds elapsed);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] std::chrono::milliseconds remaining() const { return m_remaining; }

private:
    bool m_running = false;
    std::chrono::milliseconds m_remaining{0};
};

} // namespace GovDesk::Test
