#include "IdleLockTimer.h"

#include <QTimer>

namespace GovDesk::Core {

namespace {
// The production countdown: one single-shot QTimer, restarted on every activity.
class QTimerCountdown : public IdleCountdown
{
public:
    QTimerCountdown()
    {
        m_timer.setSingleShot(true);
        // Coarse timers may fire up to 5% late, which is fine for minutes and saves wake-ups.
        m_timer.setTimerType(Qt::CoarseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { expire(); });
    }

    void start(std::chrono::milliseconds duration) override { m_timer.start(duration); }
    void stop() override { m_timer.stop(); }

private:
    QTimer m_timer;
};
} // namespace

IdleLockTimer::IdleLockTimer(QObject *parent)
    : QObject(parent)
{
    setCountdown(std::make_unique<QTimerCountdown>());
}

IdleLockTimer::~IdleLockTimer() = default;

void IdleLockTimer::setCountdown(std::unique_ptr<IdleCountdown> countdown)
{
    if (m_countdown)
        m_countdown->stop();
    m_countdown = std::move(countdown);
    m_countdown->setExpiredHandler([this] { Q_EMIT idleTimeout(); });
    if (m_running)
        start();
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
        m_countdown->start(m_timeout);
    else
        m_countdown->stop();
}

void IdleLockTimer::stop()
{
    m_running = false;
    m_countdown->stop();
}

void IdleLockTimer::noteActivity()
{
    if (m_running && m_timeout.count() > 0)
        m_countdown->start(m_timeout);
}

} // namespace GovDesk::Core
