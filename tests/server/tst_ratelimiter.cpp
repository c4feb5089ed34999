// Tests LocalRateLimiter: a minute's allowance as a burst, refusal with a useful Retry-After, refill
// over time, independent keys, and forgetting idle keys.
#include "ManualClock.h"
#include "RateLimiter.h"

#include <QTest>

using namespace GovDesk::Server;
using GovDesk::Test::ManualClock;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void allowsAMinutesAllowanceThenRefuses()
    {
        ManualClock clock;
        LocalRateLimiter limiter(5, clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(limiter.take("token:wangfang").allowed, qPrintable(QString::number(i)));
        const RateLimiter::Decision refused = limiter.take("token:wangfang");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 12); // 5 a minute: one every 12 s
    }

    void refillsOverTime()
    {
        ManualClock clock;
        LocalRateLimiter limiter(60, clock);
        for (int i = 0; i < 60; ++i)
            QVERIFY(limiter.take("k").allowed);
        QVERIFY(!limiter.take("k").allowed);
        clock.advanceMs(999);
        QVERIFY(!limiter.take("k").allowed);
        clock.advanceMs(1);
        QVERIFY(limiter.take("k").allowed);
        QVERIFY(!limiter.take("k").allowed);
        clock.advanceSeconds(3600); // never more than the allowance, however long the pause
        for (int i = 0; i < 60; ++i)
            QVERIFY(limiter.take("k").allowed);
        QVERIFY(!limiter.take("k").allowed);
    }

    void retryAfterShrinksAsTheBucketRefills()
    {
        ManualClock clock;
        LocalRateLimiter limiter(6, clock); // one every 10 s
        for (int i = 0; i < 6; ++i)
            QVERIFY(limiter.take("k").allowed);
        QCOMPARE(limiter.take("k").retryAfterSeconds, 10);
        clock.advanceSeconds(7);
        QCOMPARE(limiter.take("k").retryAfterSeconds, 3);
        clock.advanceSeconds(3);
        QVERIFY(limiter.take("k").allowed);
    }

    void keysAreIndependent()
    {
        ManualClock clock;
        LocalRateLimiter limiter(2, clock);
        QVERIFY(limiter.take("token:a").allowed);
        QVERIFY(limiter.take("token:a").allowed);
        QVERIFY(!limiter.take("token:a").allowed);
        QVERIFY(limiter.take("token:b").allowed);
        QVERIFY(limiter.take("address:127.0.0.1").allowed);
    }

    void zeroDisablesTheLimit()
    {
        ManualClock clock;
        LocalRateLimiter limiter(0, clock);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(limiter.take("k").allowed);
        QCOMPARE(limiter.trackedKeys(), 0);
    }

    void forgetsIdleKeys()
    {
        ManualClock clock;
        LocalRateLimiter limiter(10, clock);
        for (int i = 0; i < 100; ++i)
            (void)limiter.take("token:" + QByteArray::number(i));
        QCOMPARE(limiter.trackedKeys(), 100);
        clock.advanceSeconds(120);
        (void)limiter.take("token:new");
        QCOMPARE(limiter.trackedKeys(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
