// Tests PgRateLimiter on a PostgreSQL server the test starts itself: two limiters on one database
// — two instances behind a balancer — share each key's allowance, refuse with the same Retry-After
// a local limiter gives, refill with time, keep keys apart, and allow when the database is gone.
#include "ManualClock.h"
#include "PostgresFixture.h"
#include "TestProfile.h"
#include "postgres/PgRateLimiter.h"

#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Server;
using namespace GovDesk::Test;

class TestPgRateLimiter : public QObject
{
    Q_OBJECT

    PostgresFixture m_postgres;

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_postgres.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText() + m_postgres.log()));
    }

    void instancesShareTheAllowance()
    {
        ManualClock clock;
        auto first = PgRateLimiter::open(m_postgres.uri(), 6, clock); // one every 10 s
        GD_VERIFY(first);
        auto second = PgRateLimiter::open(m_postgres.uri(), 6, clock);
        GD_VERIFY(second);
        for (int i = 0; i < 6; ++i)
            QVERIFY((i % 2 ? **first : **second).take("token:wangfang").allowed);
        const RateLimiter::Decision refused = (*first)->take("token:wangfang");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 10);
        QVERIFY(!(*second)->take("token:wangfang").allowed); // the other instance agrees
        QVERIFY((*second)->take("token:chenjing").allowed);  // other clients are not held up

        clock.advanceSeconds(10);
        QVERIFY((*second)->take("token:wangfang").allowed);
        QVERIFY(!(*first)->take("token:wangfang").allowed);
        clock.advanceSeconds(120); // idle: a full minute's allowance again, and pruned
        for (int i = 0; i < 6; ++i)
            QVERIFY((*first)->take("token:wangfang").allowed);
    }

    // Last: it stops the server.
    void allowsWhenTheDatabaseIsGone()
    {
        ManualClock clock;
        auto limiter = PgRateLimiter::open(m_postgres.uri(), 1, clock);
        GD_VERIFY(limiter);
        QVERIFY((*limiter)->take("address:127.0.0.1").allowed);
        QVERIFY(!(*limiter)->take("address:127.0.0.1").allowed);
        GD_VERIFY(m_postgres.stop());
        QVERIFY((*limiter)->take("address:127.0.0.1").allowed);
    }
};

QTEST_GUILESS_MAIN(TestPgRateLimiter)
#include "tst_pgratelimiter.moc"
