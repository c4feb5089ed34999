// IdleLockTimer: fires once after a period without user activity (the shell reports activity).
#pragma once

#include "session/IdleCountdown.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace GovDesk::Core {

class IdleLockTimer : public QObject
{
    Q_OBJECT
public:
    // Counts down on a coarse QTimer.
    explicit IdleLockTimer(QObject *parent = nullptr);
    ~IdleLockTimer() override;

    // Tests install a countdown they advance by hand, so no test waits for a real timeout.
    // A running timer restarts its full timeout on the new countdown.
    void setCountdown(std::unique_ptr<IdleCountdown> countdown);

    // Zero disables auto-lock.
    void setTimeout(std::chrono::milliseconds timeout);
    void setTimeoutMinutes(int minutes) { setTimeout(std::chrono::minutes(minutes)); }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    void start();
    void stop();
    // Any keyboard or mouse input: restarts the countdown.
    void noteActivity();

Q_SIGNALS:
    void idleTimeout();

private:
    std::unique_ptr<IdleCountdown> m_countdown;
    std::chrono::milliseconds m_timeout{0};
    bool m_running = false;
};

} // namespace GovDesk::Core
