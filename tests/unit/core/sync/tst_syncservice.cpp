// Tests SyncService on a real unlocked profile: syncs run on a worker thread with their own
// connection, results and pulled changes arrive on the UI thread, demo profiles never sync,
// and locking the profile stops a running sync.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Organisation = QStringLiteral("gx-lz-gov");
const QString Password = QStringLiteral("汛期值班-2026");

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"柳州市 防汛 2026");
}

// Each job gets a new transport (as the service asks for); all of them reach one fake server.
class ServerTransport final : public HttpTransport
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const std::atomic_bool &cancelled)>;
    explicit ServerTransport(Handler handler) : m_handler(std::move(handler)) {}
    HttpResponse perform(const HttpRequest &request) override
    {
        if (m_cancelled)
            return FakeTransport::failure(TransportError::Kind::Cancelled);
        return m_handler(request, m_cancelled);
    }
    void cancel() override { m_cancelled = true; }

private:
    Handler m_handler;
    std::atomic_bool m_cancelled{false};
};

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FakeSyncServer> m_server;
    std::atomic_int m_transports{0};
    std::atomic_bool m_stall{false};

    std::unique_ptr<SyncService> makeService()
    {
        auto service = std::make_unique<SyncService>(*m_session);
        service->setTransportFactory([this](const SyncSettings &settings) -> std::unique_ptr<HttpTransport> {
            ++m_transports;
            Q_ASSERT(settings.serverUrl.host() == QLatin1StringView("sync.gx-lz.gov.cn"));
            return std::make_unique<ServerTransport>([this](const HttpRequest &request, const std::atomic_bool &cancelled) {
                // A server that does not answer until the request is cancelled.
                while (m_stall && !cancelled)
                    QThread::msleep(5);
                if (cancelled)
                    return FakeTransport::failure(TransportError::Kind::Cancelled);
                return m_server->handle(request);
            });
        });
        SyncEngine::Seams seams;
        seams.sleep = [](std::chrono::milliseconds, const std::atomic_bool &cancel) { return !cancel; };
        service->setEngineSeams(seams, {.maxAttempts = 2});
        return service;
    }

    void signIn(SyncService &service)
    {
        std::optional<SyncResult<SyncAccount>> result;
        service.signIn(QStringLiteral("wangfang"), Password, [&result](SyncResult<SyncAccount> r) { result = r; });
        QTRY_VERIFY(result.has_value());
        if (!result->has_value())
            QFAIL(qPrintable(result->error().fullText()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto created = m_profiles->create({.displayName = QStringLiteral("王芳"),
                                           .organisation = QStringLiteral("柳州市人民政府"),
                                           .serverUrl = QStringLiteral("https://sync.gx-lz.gov.cn")},
                                          passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(created->id, passphrase()));
        m_server = std::make_unique<FakeSyncServer>();
        m_server->addUser(QStringLiteral("wangfang"), Password, Organisation, QStringLiteral("王芳"));
        m_transports = 0;
        m_stall = false;
    }

    void cleanup()
    {
        m_session.reset();
        m_profiles.reset();
    }

    void modulesHearTheAccountThroughTheirContext()
    {
        ObjectPool pool;
        ModuleMetadata metadata;
        metadata.id = QStringLiteral("courts");
        ModuleContext context(metadata, *m_session, pool);
        QSignalSpy changed(&context, &ModuleContext::accountChanged);
        // Never signed in: no account, and every action offered, as every module is.
        QVERIFY(!context.account().isValid());
        QVERIFY(context.rolesAllow({QStringLiteral("court-staff")}));

        auto service = makeService();
        signIn(*service);
        QCOMPARE(changed.count(), 1);
        const SyncAccount account = context.account();
        QCOMPARE(account.userId, QStringLiteral("wangfang"));
        QCOMPARE(account.name, QStringLiteral("王芳"));
        QCOMPARE(account.organisationId, Organisation);
        QCOMPARE(account.roles, QStringList{QStringLiteral("clerk")});
        QVERIFY(context.rolesAllow({QStringLiteral("clerk"), QStringLiteral("leader")}));
        QVERIFY(!context.rolesAllow({QStringLiteral("court-staff")}));
        QVERIFY(context.rolesAllow({}));

        // A sync that learns nothing new says nothing; the account outlives a lock and unlock.
        QTRY_COMPARE(service->state(), SyncService::State::Idle);
        const QString profileId = m_session->profile().id;
        m_session->lock();
        QCOMPARE(context.account(), account);
        GD_VERIFY(m_session->unlock(profileId, passphrase()));
        QSignalSpy serviceChanged(service.get(), &SyncService::accountChanged);
        service->refresh(); // as the shell does at start: the same account again is no change
        QCOMPARE(context.account(), account);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(serviceChanged.count(), 0);
    }

    void aSyncRunsOnAWorkerAndReportsOnTheUiThread()
    {
        auto service = makeService();
        QCOMPARE(service->state(), SyncService::State::Idle);
        m_server->serverPut(Documents, QStringLiteral("doc-1"), {{QStringLiteral("title"), QStringLiteral("防汛通知")}},
                            Organisation);
        GD_VERIFY(m_session->records().put(Documents, QStringLiteral("doc-2"),
                                           {{QStringLiteral("title"), QStringLiteral("值班安排")}}));
        QTRY_COMPARE(service->pendingCount(), 1);

        QList<QThread *> listenerThreads;
        m_session->records().addChangeListener(Documents, [&listenerThreads](const RecordChange &change) {
            if (change.origin == RecordChange::Origin::Remote)
                listenerThreads << QThread::currentThread();
        });
        QSignalSpy changed(service.get(), &SyncService::recordsChanged);
        QSignalSpy finished(service.get(), &SyncService::syncFinished);
        QSignalSpy states(service.get(), &SyncService::stateChanged);
        signIn(*service); // a sync follows a successful sign-in
        QCOMPARE(service->account().organisationId, Organisation);
        QTRY_COMPARE(finished.count(), 1);
        const auto summary = finished.first().first().value<SyncSummary>();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.pulled, 1);
        QCOMPARE(service->state(), SyncService::State::Idle);
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(SyncService::State::Syncing)}));
        QCOMPARE(service->pendingCount(), 0);
        QVERIFY(service->lastSuccessfulSync().isValid());
        QVERIFY(service->lastError().isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{Documents});
        QCOMPARE(listenerThreads, QList<QThread *>{QThread::currentThread()});
        auto pulled = m_session->records().get(Documents, QStringLiteral("doc-1"));
        GD_VERIFY(pulled);
        QVERIFY(pulled->has_value());
        QCOMPARE(m_transports.load(), 2); // one per job: sign-in, then the sync
        QVERIFY(m_server->record(Documents, QStringLiteral("doc-2")).has_value());
    }

    void withoutSignInTheUserIsAsked()
    {
        auto service = makeService();
        QSignalSpy asked(service.get(), &SyncService::signInRequired);
        service->syncNow();
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(service->state(), SyncService::State::Error);
        QVERIFY(!service->lastError().isEmpty());
    }

    void anUnreachableServerMeansOffline()
    {
        auto service = makeService();
        signIn(*service);
        QTRY_COMPARE(service->state(), SyncService::State::Idle);
        m_server->injectFault(FakeSyncServer::Fault::Timeout, 10);
        QSignalSpy finished(service.get(), &SyncService::syncFinished);
        service->syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(service->state(), SyncService::State::Offline);
        QVERIFY(!service->lastError().isEmpty());
    }

    void lockingStopsARunningSync()
    {
        auto service = makeService();
        signIn(*service);
        QTRY_COMPARE(service->state(), SyncService::State::Idle);
        m_stall = true;
        service->syncNow();
        QCOMPARE(service->state(), SyncService::State::Syncing);
        QVERIFY(service->isBusy());
        QTest::qWait(50);
        m_session->lock(); // must not hang on the stalled request
        QVERIFY(!service->isBusy());
        QCOMPARE(service->state(), SyncService::State::Disabled);
        service->syncNow();
        QVERIFY(!service->isBusy());
    }

    void theDemoProfileNeverSyncs()
    {
        m_session->lock();
        auto demo = m_profiles->ensureDemo();
        GD_VERIFY(demo);
        GD_VERIFY(m_session->unlock(demo->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
        auto service = makeService();
        QCOMPARE(service->state(), SyncService::State::Disabled);
        service->syncNow();
        QVERIFY(!service->isBusy());
        std::optional<SyncResult<SyncAccount>> result;
        service->signIn(QStringLiteral("wangfang"), Password, [&result](SyncResult<SyncAccount> r) { result = r; });
        QVERIFY(result.has_value()); // refused at once, without a thread
        QVERIFY(!result->has_value());
        QCOMPARE(m_transports.load(), 0);
        auto settings = SyncSettings::fromSession(*m_session);
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, ErrorCode::ReadOnly);
    }

    void theWorkerConnectionIsTheSameEncryptedProfile()
    {
        GD_VERIFY(m_session->records().put(Documents, QStringLiteral("doc-9"),
                                           {{QStringLiteral("title"), QStringLiteral("会议纪要")}}));
        auto worker = m_session->openWorkerConnection();
        GD_VERIFY(worker);
        RecordStore store(**worker);
        auto record = store.get(Documents, QStringLiteral("doc-9"));
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        GD_VERIFY(SyncState(**worker).setCursor(QStringLiteral("7")));
        QCOMPARE(SyncState(m_session->database()).cursor().value_or(QString()), QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
