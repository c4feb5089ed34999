// ManualClock: a Clock that moves only when the test says so (token expiry, rate limits).
#pragma once

#include "Clock.h"

namespace GovDesk::Test {

class ManualClock final : public Server::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace GovDesk::Test
