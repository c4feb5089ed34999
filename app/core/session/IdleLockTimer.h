// IdleLockTimer: fires once after a period without user activity (the shell reports activity).
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace GovDesk::Core {

class IdleLockTimer : public QObject
{
    Q_OBJECT
public:
    explicit IdleLockTimer(QObject *parent = nullptr);

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
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_running = false;
};

} // namespace GovDesk::Core
