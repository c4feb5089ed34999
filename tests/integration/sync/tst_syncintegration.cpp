// The client sync engine against the real govdesk-syncd over HTTPS: a document travels to
// another office and its receipt comes back, conflicts keep both versions, lost and cut-short
// answers are repeated safely, a stalled request is cancelled, and every TLS failure is named.
#include "SyncServerFixture.h"
#include "TestProfile.h"
#include "store/Database.h"
#include "sync/CurlTransport.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Receipts = QStringLiteral("documents.receipt");

// One user's profile: the module's connection and store, and the engine's own connection.
class Client
{
public:
    Client(const QString &path, const SyncServerFixture &server, CurlTransport::TlsOptions tls)
        : m_server(server)
        , m_tls(std::move(tls))
    {
        auto db = openWithSchema(path, RecordStore::MigrationOwner, RecordStore::migrations(), true);
        if (!db)
            qFatal("%s", qPrintable(db.error().fullText()));
        m_uiDb = std::move(*db);
        auto worker = Database::open(path, testKey(), {.lockProfile = false});
        if (!worker)
            qFatal("%s", qPrintable(worker.error().fullText()));
        m_workerDb = std::move(*worker);
        store = std::make_unique<RecordStore>(*m_uiDb);
    }

    // A new transport and engine per run, as SyncService does.
    std::unique_ptr<SyncEngine> engine(CurlTransport::TlsOptions *tls = nullptr)
    {
        m_transport = std::make_unique<CurlTransport>(tls ? *tls : m_tls);
        SyncEngine::Seams seams;
        seams.sleep = [this](std::chrono::milliseconds duration, const std::atomic_bool &cancel) {
            sleeps << duration; // the server does not care how long we wait
            return !cancel;
        };
        return std::make_unique<SyncEngine>(*m_workerDb, *m_transport, m_server.baseUrl(), seams);
    }

    SyncResult<SyncAccount> signIn(const QString &user)
    {
        return engine()->signIn(user, QString::fromUtf8(SyncServerFixture::DefaultPassword));
    }

    SyncSummary sync()
    {
        std::atomic_bool cancel{false};
        auto summary = engine()->run(cancel);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().fullText()));
        return *summary;
    }

    std::optional<SyncRecord> record(const QString &collection, const QString &id) const
    {
        auto found = store->get(collection, id);
        return found ? *found : std::nullopt;
    }

    CurlTransport &transport() { return *m_transport; }

private:
    const SyncServerFixture &m_server;
    CurlTransport::TlsOptions m_tls;
    // Declared before the store and engines: destroyed after them.
    std::unique_ptr<Database> m_uiDb;
    std::unique_ptr<Database> m_workerDb;
    std::unique_ptr<CurlTransport> m_transport;

public:
    std::unique_ptr<RecordStore> store;
    QList<std::chrono::milliseconds> sleeps;
};

QString describe(const SyncSummary &summary)
{
    return summary.error ? summary.error->fullText() : QStringLiteral("completed");
}

} // namespace

Q_DECLARE_METATYPE(GovDesk::Test::SyncServerFixture::ServerCertificate)

class TestSyncIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServerFixture> m_server;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    std::unique_ptr<Client> client(const QString &user)
    {
        auto made = std::make_unique<Client>(m_dir.filePath(QStringLiteral("profile-%1.gddb").arg(++m_profiles)),
                                             *m_server, CurlTransport::TlsOptions{.caBundlePath = m_server->caFile()});
        auto account = made->signIn(user);
        if (!account)
            qFatal("sign-in of %s: %s", qPrintable(user), qPrintable(account.error().fullText()));
        return made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SyncServerFixture>();
        GD_VERIFY(m_server->setUp());
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }

    void init()
    {
        GD_VERIFY(m_server->clearFaults());
    }

    void aDocumentTravelsToAnotherOfficeAndItsReceiptComesBack()
    {
        auto sender = client(QStringLiteral("wangfang"));
        auto recipient = client(QStringLiteral("chenjing"));
        auto bystander = client(QStringLiteral("limin"));

        const QString documentId = RecordStore::newRecordId();
        GD_VERIFY(sender->store->put(Documents, documentId,
                                     {{QStringLiteral("title"), QStringLiteral("关于做好2014年森林防火工作的通知")},
                                      {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2014〕12号")}},
                                     {QStringLiteral("gx-lz-forestry")}));
        SyncSummary summary = sender->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pushed, 1);

        summary = recipient->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        const auto received = recipient->record(Documents, documentId);
        QVERIFY(received.has_value());
        QCOMPARE(received->owner, QStringLiteral("gx-lz-gov"));
        QCOMPARE(received->payload.value(QStringLiteral("documentNumber")).toString(), QStringLiteral("柳政办发〔2014〕12号"));

        const QString receiptId = RecordStore::newRecordId();
        GD_VERIFY(recipient->store->put(Receipts, receiptId,
                                        {{QStringLiteral("documentId"), documentId},
                                         {QStringLiteral("status"), QStringLiteral("received")},
                                         {QStringLiteral("by"), QStringLiteral("陈静")}},
                                        {QStringLiteral("gx-lz-gov")}));
        QVERIFY(recipient->sync().completed());
        QVERIFY(sender->sync().completed());
        const auto receipt = sender->record(Receipts, receiptId);
        QVERIFY(receipt.has_value());
        QCOMPARE(receipt->payload.value(QStringLiteral("by")).toString(), QStringLiteral("陈静"));

        QVERIFY(bystander->sync().completed());
        QVERIFY(!bystander->record(Documents, documentId).has_value());
        QVERIFY(!bystander->record(Receipts, receiptId).has_value());

        // Recipients may read, not change: the server refuses, the change stays and is reported.
        GD_VERIFY(recipient->store->put(Documents, documentId, {{QStringLiteral("title"), QStringLiteral("篡改")}}));
        summary = recipient->sync();
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(recipient->store->rejectedOps()->size(), 1);
    }

    void editsOnTwoDevicesConflictAndBothVersionsAreKept()
    {
        auto office = client(QStringLiteral("wangfang"));
        auto laptop = client(QStringLiteral("wangfang"));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(office->store->put(Documents, id, {{QStringLiteral("title"), QStringLiteral("初稿")}}));
        QVERIFY(office->sync().completed());
        QVERIFY(laptop->sync().completed());
        QVERIFY(laptop->record(Documents, id).has_value());

        GD_VERIFY(office->store->put(Documents, id, {{QStringLiteral("title"), QStringLiteral("办公室修改稿")}}));
        GD_VERIFY(laptop->store->put(Documents, id, {{QStringLiteral("title"), QStringLiteral("出差途中修改稿")}}));
        QVERIFY(office->sync().completed());
        const SyncSummary summary = laptop->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.conflicts, 1);
        auto conflicts = laptop->store->conflicts();
        GD_VERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().serverPayload.value(QStringLiteral("title")).toString(), QStringLiteral("办公室修改稿"));
        QCOMPARE(conflicts->first().localPayload.value(QStringLiteral("title")).toString(), QStringLiteral("出差途中修改稿"));

        GD_VERIFY(laptop->store->resolveKeepLocal(conflicts->first().id));
        QCOMPARE(laptop->sync().pushed, 1);
        QVERIFY(office->sync().completed());
        QCOMPARE(office->record(Documents, id)->payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("出差途中修改稿"));
        QCOMPARE(office->record(Documents, id)->revision, 3);
    }

    void aLostAnswerIsResentAndAppliedOnce_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("drop") << QStringLiteral("drop");
        QTest::newRow("truncate") << QStringLiteral("truncate");
    }

    void aLostAnswerIsResentAndAppliedOnce()
    {
        QFETCH(QString, mode);
        auto sender = client(QStringLiteral("wangfang"));
        auto other = client(QStringLiteral("wangfang"));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(sender->store->put(Documents, id, {{QStringLiteral("title"), QStringLiteral("防汛值班表")}}));
        GD_VERIFY(m_server->setFault(mode, 1, QStringLiteral("/v1/sync/push")));
        const SyncSummary summary = sender->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.retries, 1);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(sender->store->pendingCount().value_or(-1), 0);
        QVERIFY(other->sync().completed());
        QCOMPARE(other->record(Documents, id)->revision, 1); // stored once
    }

    void busyAndBrokenAnswersAreRetriedWithRetryAfter()
    {
        auto user = client(QStringLiteral("wangfang"));
        GD_VERIFY(user->store->put(Documents, RecordStore::newRecordId(), {{QStringLiteral("title"), QStringLiteral("通知")}}));
        GD_VERIFY(m_server->setFault(QStringLiteral("status503"), 1, QStringLiteral("/v1/sync/push"), 2));
        SyncSummary summary = user->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(user->sleeps.size(), 1);
        QVERIFY(user->sleeps.first() >= 2000ms);

        GD_VERIFY(m_server->setFault(QStringLiteral("truncate"), 1, QStringLiteral("/v1/sync/pull")));
        summary = user->sync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.retries, 1);
    }

    void aStalledRequestIsCancelledAtOnce()
    {
        auto user = client(QStringLiteral("wangfang"));
        GD_VERIFY(m_server->setFault(QStringLiteral("stall"), 1, QStringLiteral("/v1/sync/pull"), 1, 30.0));
        const QByteArray held = "injecting fault into GET /v1/sync/pull";
        const qsizetype heldBefore = m_server->log().count(held);
        auto engine = user->engine();
        std::atomic_bool cancel{false};
        auto running = std::async(std::launch::async, [&] { return engine->run(cancel); });
        // In flight: the server has read the pull and holds its answer for 30 s.
        QElapsedTimer waiting;
        waiting.start();
        while (m_server->log().count(held) == heldBefore && waiting.elapsed() < 20000)
            QThread::msleep(10);
        QCOMPARE(m_server->log().count(held), heldBefore + 1);
        QCOMPARE(running.wait_for(0ms), std::future_status::timeout);

        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel = true; // as SyncService::cancel() does
        user->transport().cancel();
        auto summary = running.get();
        const qint64 took = sinceCancel.elapsed();
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        QCOMPARE(summary->error->kind, SyncError::Kind::Cancelled);
        QVERIFY2(took < 1000, qPrintable(QStringLiteral("%1 ms after the cancel").arg(took)));
        QVERIFY(user->sleeps.isEmpty()); // ended, not retried after a back-off
    }

    void pinsAreChecked()
    {
        auto user = client(QStringLiteral("wangfang"));
        CurlTransport::TlsOptions pinned{.caBundlePath = m_server->caFile(),
                                         .pinnedPublicKey = m_server->pin().toLatin1()};
        std::atomic_bool cancel{false};
        auto run = user->engine(&pinned)->run(cancel);
        GD_VERIFY(run);
        QVERIFY2(run->completed(), qPrintable(describe(*run)));

        CurlTransport::TlsOptions wrongPin{.caBundlePath = m_server->caFile(),
                                           .pinnedPublicKey = m_server->pin(SyncServerFixture::ServerCertificate::Expired).toLatin1()};
        run = user->engine(&wrongPin)->run(cancel);
        GD_VERIFY(run);
        QCOMPARE(run->error->kind, SyncError::Kind::Tls);
        QVERIFY2(run->error->message.contains(QStringLiteral("public key pin mismatch")), qPrintable(run->error->message));
        QVERIFY(user->sleeps.isEmpty()); // TLS failures are never retried
    }

    void anUnknownAuthorityIsNamed()
    {
        auto user = client(QStringLiteral("wangfang"));
        CurlTransport::TlsOptions otherCa{.caBundlePath = m_server->otherCaFile()};
        std::atomic_bool cancel{false};
        auto run = user->engine(&otherCa)->run(cancel);
        GD_VERIFY(run);
        QCOMPARE(run->error->kind, SyncError::Kind::Tls);
        QVERIFY2(run->error->message.contains(QStringLiteral("unknown certificate authority")),
                 qPrintable(run->error->message));
    }

    void aWrongOrExpiredCertificateIsNamed_data()
    {
        QTest::addColumn<SyncServerFixture::ServerCertificate>("certificate");
        QTest::addColumn<QString>("cause");
        QTest::newRow("wrong host") << SyncServerFixture::ServerCertificate::WrongHost << QStringLiteral("host name mismatch");
        QTest::newRow("expired") << SyncServerFixture::ServerCertificate::Expired << QStringLiteral("certificate expired");
    }

    void aWrongOrExpiredCertificateIsNamed()
    {
        QFETCH(SyncServerFixture::ServerCertificate, certificate);
        QFETCH(QString, cause);
        auto user = client(QStringLiteral("wangfang"));
        m_server->stop();
        GD_VERIFY(m_server->start({}, certificate));
        const SyncSummary summary = user->sync();
        m_server->stop();
        GD_VERIFY(m_server->start());
        QVERIFY(summary.error.has_value());
        QCOMPARE(summary.error->kind, SyncError::Kind::Tls);
        QVERIFY2(summary.error->message.contains(cause), qPrintable(summary.error->message));
        QVERIFY(user->sleeps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
