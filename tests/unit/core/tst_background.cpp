// Tests runInBackground: the work runs on its own named thread, the result comes back on the
// receiver's (the application's) thread, and nothing is delivered to a receiver that is gone.
#include "Background.h"

#include <QSignalSpy>
#include <QTest>

using namespace GovDesk::Core;

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultComesBackOnTheReceiversThread()
    {
        QObject receiver;
        QThread *workThread = nullptr;
        QString workThreadName;
        std::optional<int> delivered;
        QThread *deliveredOn = nullptr;
        runInBackground<int>(
            QStringLiteral("courts-analysis"),
            [&] {
                workThread = QThread::currentThread();
                workThreadName = workThread->objectName();
                return 42;
            },
            &receiver,
            [&](int value) {
                delivered = value;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(QTest::qWaitFor([&] { return delivered.has_value(); }, 10'000));
        QCOMPARE(*delivered, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(workThreadName, QStringLiteral("courts-analysis"));
    }

    void aReceiverGoneGetsNothing()
    {
        auto receiver = std::make_unique<QObject>();
        std::atomic_bool release = false;
        std::atomic_bool finished = false;
        bool delivered = false;
        runInBackground<int>(
            QStringLiteral("slow-work"),
            [&] {
                while (!release)
                    QThread::msleep(5);
                finished = true;
                return 1;
            },
            receiver.get(), [&](int) { delivered = true; });
        receiver.reset(); // the page closed while the work ran
        release = true;
        QVERIFY(QTest::qWaitFor([&] { return finished.load(); }, 10'000));
        QTest::qWait(100); // the thread's finished() is handled
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
