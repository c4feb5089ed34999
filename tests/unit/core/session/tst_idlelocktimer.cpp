// Tests IdleLockTimer and the session's auto-lock: idle → locked, activity postpones it.
#include "TestProfile.h"
#include "session/IdleLockTimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace GovDesk::Core;
using namespace std::chrono_literals;

class TestIdleLockTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAfterTimeoutWithoutActivity()
    {
        IdleLockTimer timer;
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeout(50ms);
        timer.start();
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QTest::qWait(150);
        QCOMPARE(spy.count(), 1); // single shot: the session is locked once
    }

    void activityPostponesTheLock()
    {
        IdleLockTimer timer;
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeout(200ms);
        timer.start();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(80);
            timer.noteActivity();
        }
        QCOMPARE(spy.count(), 0); // 480 ms passed, never 200 ms idle
        QVERIFY(spy.wait(2000));
    }

    void zeroDisablesAndStopStops()
    {
        IdleLockTimer timer;
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeout(0ms);
        timer.start();
        timer.noteActivity();
        QTest::qWait(100);
        QCOMPARE(spy.count(), 0);
        timer.setTimeout(30ms);
        timer.stop();
        timer.noteActivity(); // activity while stopped must not re-arm
        QTest::qWait(100);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdleLockTimer)
#include "tst_idlelocktimer.moc"
