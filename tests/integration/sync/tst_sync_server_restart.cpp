// The server goes away in the middle of a push — killed (a crash, a power cut), stopped by the
// service manager, or gone between two batches — and comes back on the same port and data: the
// client reports "offline" with its outbox intact, and the next sync loses and doubles nothing.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
constexpr int Batch = 100;    // ops per push (SyncEngineOptions::maxPushOps)
constexpr int Records = 250; // three pushes: 100, 100, 50

enum class Outage { KillDuringPush, StopDuringPush, KillBetweenBatches };

QJsonObject draft(int n)
{
    return {{QStringLiteral("title"), QStringLiteral("关于2026年第%1批防汛物资调拨的请示").arg(n)},
            {QStringLiteral("documentNumber"), QStringLiteral("柳应急请〔2026〕%1号").arg(n)},
            {QStringLiteral("n"), n}};
}

} // namespace

Q_DECLARE_METATYPE(Outage)

class TestSyncServerRestart : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    int faultsInjected() const { return int(m_server.log().count("injecting fault into POST /v1/sync/push")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
    }

    void cleanup()
    {
        if (!m_server.isRunning())
            GD_VERIFY(m_server.start());
        GD_VERIFY(m_server.clearFaults());
    }

    void nothingIsLostOrDoubledWhenTheServerDiesMidPush_data()
    {
        QTest::addColumn<Outage>("outage");
        QTest::newRow("SIGKILL while a push is in flight") << Outage::KillDuringPush;
        QTest::newRow("SIGTERM while a push is in flight") << Outage::StopDuringPush;
        QTest::newRow("SIGKILL between two pushes") << Outage::KillBetweenBatches;
    }

    void nothingIsLostOrDoubledWhenTheServerDiesMidPush()
    {
        QFETCH(Outage, outage);
        auto created = SyncedProfile::create(m_dir.path(), QStringLiteral("王芳"), QStringLiteral("应急值守-口令"),
                                             {m_server.baseUrl(), m_server.caFile(), {}});
        GD_VERIFY(created);
        SyncedProfile &office = **created;
        auto account = office.signIn(QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        GD_VERIFY(account);
        GD_VERIFY(*account);

        QStringList ids;
        {
            auto transaction = Transaction::begin(office.session().database());
            GD_VERIFY(transaction);
            for (int n = 0; n < Records; ++n) {
                ids << RecordStore::newRecordId();
                GD_VERIFY(office.records().put(Documents, ids.last(), draft(n)));
            }
            GD_VERIFY(transaction->commit());
        }
        QCOMPARE(office.pendingCount().value_or(-1), Records);
        const quint16 port = m_server.port();

        // The engine runs on its own thread, as in the app; this thread plays the outage. Retries
        // wait until the server process is gone for good: a retry racing the dying process would
        // meet a half-closed socket (see aServerDyingDuringTheTlsHandshakeIsOffline).
        std::atomic_bool firstBatchAnswered{false};
        std::atomic_bool serverGone{false};
        QSemaphore resume;
        const SyncEngine::ProgressCallback progress = [&](const SyncProgress &state) {
            if (outage == Outage::KillBetweenBatches && state.phase == SyncProgress::Phase::Pushing && state.pushed == Batch
                && !firstBatchAnswered) {
                firstBatchAnswered = true;
                resume.acquire(); // hold the engine until the server is gone
            }
            if (state.phase == SyncProgress::Phase::Waiting) {
                QElapsedTimer held;
                held.start();
                while (!serverGone && held.elapsed() < 30000)
                    QThread::msleep(2);
            }
        };
        if (outage != Outage::KillBetweenBatches) {
            // The server applies the push, then holds its answer for a minute: the request is in flight.
            GD_VERIFY(m_server.setFault(QStringLiteral("stall"), 1, QStringLiteral("/v1/sync/push"), 1, 60.0));
        }
        const int injectedBefore = faultsInjected();
        SyncEngineOptions options = quickEngineOptions();
        options.maxAttempts = 4;
        options.maxPushOps = Batch;
        auto running = std::async(std::launch::async, [&] { return office.sync(options, progress); });

        QElapsedTimer waited;
        waited.start();
        if (outage == Outage::KillBetweenBatches) {
            while (!firstBatchAnswered && waited.elapsed() < 30000)
                QThread::msleep(5);
            QVERIFY(firstBatchAnswered);
            m_server.kill();
            serverGone = true;
            resume.release();
        } else {
            while (faultsInjected() == injectedBefore && waited.elapsed() < 30000)
                QThread::msleep(5);
            QVERIFY2(faultsInjected() > injectedBefore, "the push never reached the server");
            if (outage == Outage::KillDuringPush) {
                QThread::msleep(30); // most likely part-way through applying the batch
                m_server.kill();
            } else {
                // A clean shutdown must not wait for the stalled answer.
                QElapsedTimer stopping;
                stopping.start();
                QCOMPARE(m_server.stop(), 0);
                QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
            }
            serverGone = true;
        }

        // The client: offline (retryable), nothing dropped from the outbox.
        auto failed = running.get();
        GD_VERIFY(failed);
        QVERIFY(failed->error.has_value());
        QVERIFY2(failed->error->isConnectivity(), qPrintable(describe(*failed)));
        QVERIFY(failed->error->retryable);
        const int acknowledged = outage == Outage::KillBetweenBatches ? Batch : 0;
        QCOMPARE(failed->pushed, acknowledged);
        QCOMPARE(office.pendingCount().value_or(-1), Records - acknowledged);

        // Restart on the same port and data directory.
        GD_VERIFY(m_server.start());
        QCOMPARE(m_server.port(), port);
        auto before = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(before);
        int alreadyThere = 0;
        for (const QString &id : std::as_const(ids))
            alreadyThere += before->find(Documents, id) ? 1 : 0;
        // In flight = applied before the answer was held (stall) — after SIGKILL a prefix of it
        // may be, the ops are applied one by one in their own transactions.
        if (outage == Outage::KillDuringPush)
            QVERIFY2(alreadyThere >= 0 && alreadyThere <= Batch, qPrintable(QString::number(alreadyThere)));
        else
            QCOMPARE(alreadyThere, Batch);
        qInfo("ops on the server before the resync: %d of %d", alreadyThere, Records);

        // Sync again: what the server had is answered "duplicate", the rest applied, once.
        auto resumed = office.sync();
        GD_VERIFY(resumed);
        QVERIFY2(resumed->completed(), qPrintable(describe(*resumed)));
        QCOMPARE(resumed->duplicates, alreadyThere - acknowledged);
        QCOMPARE(resumed->pushed, Records - alreadyThere);
        QCOMPARE(resumed->conflicts, 0);
        QCOMPARE(resumed->rejected, 0);
        QCOMPARE(office.pendingCount().value_or(-1), 0);

        auto after = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(after);
        QCOMPARE(after->appearances, after->records.size());
        for (int n = 0; n < Records; ++n) {
            const StoredRecord *stored = after->find(Documents, ids.at(n));
            QVERIFY2(stored, qPrintable(QStringLiteral("record %1 lost").arg(n)));
            QCOMPARE(stored->revision, 1);
            QCOMPARE(stored->payload, draft(n));
        }
        auto local = office.records().list(Documents);
        GD_VERIFY(local);
        int ours = 0;
        for (const SyncRecord &record : *local) {
            if (ids.contains(record.recordId)) {
                ++ours;
                QCOMPARE(record.revision, 1);
            }
        }
        QCOMPARE(ours, Records);
    }

    // A client that connects while the server process dies: the kernel had accepted the TCP
    // connection into the listen backlog, the ClientHello is sent, then the socket is reset.
    // That is the network failing, not the server's identity: retried, and reported as offline.
    // (Seen with the real server when a retry raced its SIGKILL; reproduced here on purpose.)
    void aServerDyingDuringTheTlsHandshakeIsOffline()
    {
        auto created = SyncedProfile::create(m_dir.path(), QStringLiteral("王芳（握手）"), QStringLiteral("应急值守-口令"),
                                             {m_server.baseUrl(), m_server.caFile(), {}});
        GD_VERIFY(created);
        SyncedProfile &office = **created;
        auto account = office.signIn(QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        GD_VERIFY(account);
        GD_VERIFY(*account);
        GD_VERIFY(office.records().put(Documents, RecordStore::newRecordId(), draft(1)));

        QTcpServer dying;
        QVERIFY(dying.listen(QHostAddress::LocalHost));
        std::atomic_int resets{0};
        connect(&dying, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = dying.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &resets] {
                    ++resets;
                    socket->abort(); // unread ClientHello in the buffer: the kernel answers with RST
                    socket->deleteLater();
                });
            }
        });
        GD_VERIFY(office.setServerSettings(
            {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(dying.serverPort())), m_server.caFile(), {}}));
        SyncEngineOptions options = quickEngineOptions();
        options.maxAttempts = 3;
        auto running = std::async(std::launch::async, [&] { return office.sync(options); });
        while (running.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
            QTest::qWait(5);
        auto summary = running.get();
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        qInfo("handshake reset: %s", qPrintable(describe(*summary)));
        QVERIFY(resets >= 1);
        QCOMPARE(office.pendingCount().value_or(-1), 1); // nothing lost either way
        QVERIFY2(summary->error->isConnectivity(), qPrintable(describe(*summary)));
        QCOMPARE(summary->retries, 2);
        QCOMPARE(resets.load(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncServerRestart)
#include "tst_sync_server_restart.moc"
