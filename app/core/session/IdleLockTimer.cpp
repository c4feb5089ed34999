#include "IdleLockTimer.h"

namespace GovDesk::Core {

IdleLockTimer::IdleLockTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5% late, which is fine for minutes and saves wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockTimer::idleTimeout);
}

void IdleLockTimer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_running)
        start();
}

void IdleLockTimer::start()
{
    m_running = true;
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

void IdleLockTimer::stop()
{
    m_running = false;
    m_timer.stop();
}

void IdleLockTimer::noteActivity()
{
    if (m_running && m_timeout.count() > 0)
        m_timer.start(m_timeout);
}

} // namespace GovDesk::Core
