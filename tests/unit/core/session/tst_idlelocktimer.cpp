// Tests IdleLockTimer: idle → one timeout, activity postpones it, zero and stop disable it. Time
// is moved on by hand (ManualCountdown), so the minutes of the real setting cost no waiting.
#include "ManualCountdown.h"
#include "session/IdleLockTimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace GovDesk::Core;
using GovDesk::Test::ManualCountdown;
using namespace std::chrono_literals;

class TestIdleLockTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesOnceAfterTheTimeoutWithoutActivity()
    {
        IdleLockTimer timer;
        ManualCountdown &countdown = ManualCountdown::installIn(timer);
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeoutMinutes(10);
        timer.start();
        countdown.advance(10min - 1ms);
        QCOMPARE(spy.count(), 0);
        countdown.advance(1ms);
        QCOMPARE(spy.count(), 1);
        countdown.advance(60min);
        QCOMPARE(spy.count(), 1); // single shot: the session is locked once
    }

    void activityPostponesTheLock()
    {
        IdleLockTimer timer;
        ManualCountdown &countdown = ManualCountdown::installIn(timer);
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeoutMinutes(10);
        timer.start();
        for (int i = 0; i < 6; ++i) {
            countdown.advance(9min);
            timer.noteActivity();
        }
        QCOMPARE(spy.count(), 0); // 54 minutes passed, never 10 of them idle
        QCOMPARE(countdown.remaining(), std::chrono::milliseconds(10min));
        countdown.advance(10min);
        QCOMPARE(spy.count(), 1);
    }

    void activityAfterTheLockArmsItAgain()
    {
        IdleLockTimer timer;
        ManualCountdown &countdown = ManualCountdown::installIn(timer);
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeoutMinutes(5);
        timer.start();
        countdown.advance(5min);
        timer.noteActivity();
        countdown.advance(5min);
        QCOMPARE(spy.count(), 2);
    }

    void aNewTimeoutRestartsTheCountdown()
    {
        IdleLockTimer timer;
        ManualCountdown &countdown = ManualCountdown::installIn(timer);
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeoutMinutes(10);
        timer.start();
        countdown.advance(8min);
        timer.setTimeoutMinutes(15); // the settings dialog changed it
        countdown.advance(14min);
        QCOMPARE(spy.count(), 0);
        countdown.advance(1min);
        QCOMPARE(spy.count(), 1);
    }

    void zeroDisablesAndStopStops()
    {
        IdleLockTimer timer;
        ManualCountdown &countdown = ManualCountdown::installIn(timer);
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeout(0ms);
        timer.start();
        timer.noteActivity();
        QVERIFY(!countdown.isRunning());
        countdown.advance(24h);
        QCOMPARE(spy.count(), 0);
        timer.setTimeoutMinutes(1);
        QVERIFY(countdown.isRunning());
        timer.stop();
        timer.noteActivity(); // activity while stopped must not re-arm
        QVERIFY(!countdown.isRunning());
        countdown.advance(24h);
        QCOMPARE(spy.count(), 0);
    }

    void theBuiltInCountdownIsARealTimer()
    {
        // The one test on the clock of the wall: production counts down on a QTimer.
        IdleLockTimer timer;
        QSignalSpy spy(&timer, &IdleLockTimer::idleTimeout);
        timer.setTimeout(1ms);
        timer.start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleLockTimer)
#include "tst_idlelocktimer.moc"
