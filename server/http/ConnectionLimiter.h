// ConnectionLimiter: how many connections are open, in all and per client address, so that one
// address (or a flood of them) cannot take every file descriptor. Safe from several threads.
#pragma once

#include <QHash>
#include <QString>
#include <mutex>

namespace GovDesk::Server {

class ConnectionLimiter
{
public:
    enum class Admission { Admitted, ServerFull, AddressFull };

    // A connection's place, given back when it is destroyed.
    class Slot
    {
    public:
        Slot() = default;
        Slot(ConnectionLimiter *limiter, QString address);
        ~Slot();
        Slot(Slot &&other) noexcept;
        Slot &operator=(Slot &&other) = delete;
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;

        [[nodiscard]] const QString &address() const { return m_address; }

    private:
        ConnectionLimiter *m_limiter = nullptr;
        QString m_address;
    };

    ConnectionLimiter(int maxConnections, int maxPerAddress);

    // Counts the connection when it is admitted.
    [[nodiscard]] Admission admit(const QString &address);
    [[nodiscard]] int openConnections() const;

private:
    void release(const QString &address);

    const int m_maxConnections;
    const int m_maxPerAddress;
    mutable std::mutex m_mutex;
    int m_open = 0;
    QHash<QString, int> m_perAddress;
};

} // namespace GovDesk::Server
