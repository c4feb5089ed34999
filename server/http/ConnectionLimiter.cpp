#include "ConnectionLimiter.h"

namespace GovDesk::Server {

ConnectionLimiter::Slot::Slot(ConnectionLimiter *limiter, QString address)
    : m_limiter(limiter)
    , m_address(std::move(address))
{
}

ConnectionLimiter::Slot::~Slot()
{
    if (m_limiter)
        m_limiter->release(m_address);
}

ConnectionLimiter::Slot::Slot(Slot &&other) noexcept
    : m_limiter(std::exchange(other.m_limiter, nullptr))
    , m_address(std::move(other.m_address))
{
}

ConnectionLimiter::ConnectionLimiter(int maxConnections, int maxPerAddress)
    : m_maxConnections(maxConnections)
    , m_maxPerAddress(maxPerAddress)
{
}

ConnectionLimiter::Admission ConnectionLimiter::admit(const QString &address)
{
    const std::scoped_lock lock(m_mutex);
    if (m_open >= m_maxConnections)
        return Admission::ServerFull;
    int &count = m_perAddress[address];
    if (count >= m_maxPerAddress)
        return Admission::AddressFull;
    ++count;
    ++m_open;
    return Admission::Admitted;
}

int ConnectionLimiter::openConnections() const
{
    const std::scoped_lock lock(m_mutex);
    return m_open;
}

void ConnectionLimiter::release(const QString &address)
{
    const std::scoped_lock lock(m_mutex);
    --m_open;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
}

} // namespace GovDesk::Server
