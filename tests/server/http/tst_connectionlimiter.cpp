// Tests ConnectionLimiter: the server's limit and one address's share, and held given back.
#include "http/ConnectionLimiter.h"

#include <QTest>
#include <vector>

using GovDesk::Server::ConnectionLimiter;
using Admission = ConnectionLimiter::Admission;

class TestConnectionLimiter : public QObject
{
    Q_OBJECT

private slots:
    void oneAddressGetsItsShareOthersStillGetIn()
    {
        ConnectionLimiter limiter(10, 3);
        std::vector<ConnectionLimiter::Slot> held;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.admit(QStringLiteral("10.0.0.1")), Admission::Admitted);
            held.emplace_back(&limiter, QStringLiteral("10.0.0.1"));
        }
        QCOMPARE(limiter.admit(QStringLiteral("10.0.0.1")), Admission::AddressFull);
        QCOMPARE(limiter.admit(QStringLiteral("10.0.0.2")), Admission::Admitted);
        held.emplace_back(&limiter, QStringLiteral("10.0.0.2"));
        QCOMPARE(limiter.openConnections(), 4);
    }

    void theServerLimitHoldsForEveryone()
    {
        ConnectionLimiter limiter(2, 5);
        std::vector<ConnectionLimiter::Slot> held;
        for (const char *address : {"10.0.0.1", "10.0.0.2"}) {
            QCOMPARE(limiter.admit(QString::fromLatin1(address)), Admission::Admitted);
            held.emplace_back(&limiter, QString::fromLatin1(address));
        }
        QCOMPARE(limiter.admit(QStringLiteral("10.0.0.3")), Admission::ServerFull);
    }

    void aClosedConnectionGivesItsSlotBack()
    {
        ConnectionLimiter limiter(1, 1);
        {
            QCOMPARE(limiter.admit(QStringLiteral("10.0.0.1")), Admission::Admitted);
            ConnectionLimiter::Slot slot(&limiter, QStringLiteral("10.0.0.1"));
            ConnectionLimiter::Slot moved(std::move(slot)); // a move hands the slot on, not twice back
            QCOMPARE(limiter.admit(QStringLiteral("10.0.0.1")), Admission::ServerFull);
        }
        QCOMPARE(limiter.openConnections(), 0);
        QCOMPARE(limiter.admit(QStringLiteral("10.0.0.1")), Admission::Admitted);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimiter)
#include "tst_connectionlimiter.moc"
