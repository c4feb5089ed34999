// Tests that signing in to and out of the sync server is audited in the profile — successes and
// failures, never the password or a token — from the sync worker's own connection without
// breaking the hash chain, and that the password travels in a wiped buffer, correctly escaped.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "sync/RecordStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Organisation = QStringLiteral("gx-lz-gov");
// Characters JSON must escape, and Chinese, which it must not mangle.
const QString Password = QStringLiteral("汛期\"值班\"\\2026\n\t末");

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"柳州市 防汛 2026");
}

class ServerTransport final : public HttpTransport
{
public:
    explicit ServerTransport(FakeSyncServer &server) : m_server(server) {}
    HttpResponse perform(const HttpRequest &request) override { return m_server.handle(request); }
    void cancel() override {}

private:
    FakeSyncServer &m_server;
};

} // namespace

class TestSyncAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FakeSyncServer> m_server;

    std::unique_ptr<SyncService> makeService()
    {
        auto service = std::make_unique<SyncService>(*m_session);
        service->setTransportFactory([this](const SyncSettings &) -> std::unique_ptr<HttpTransport> {
            return std::make_unique<ServerTransport>(*m_server);
        });
        SyncEngine::Seams seams;
        seams.sleep = [](std::chrono::milliseconds, const std::atomic_bool &cancel) { return !cancel; };
        service->setEngineSeams(seams, {.maxAttempts = 2});
        return service;
    }

    SyncResult<SyncAccount> signIn(SyncService &service, const QString &password)
    {
        std::optional<SyncResult<SyncAccount>> result;
        service.signIn(QStringLiteral("wangfang"), password, [&result](SyncResult<SyncAccount> r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            qFatal("sign-in did not finish");
        return *result;
    }

    [[nodiscard]] QList<AuditEntry> syncEntries() const
    {
        QList<AuditEntry> found;
        for (const AuditEntry &entry : m_session->audit().entries().value_or(QList<AuditEntry>())) {
            if (entry.event.startsWith(QLatin1StringView("sync.")))
                found << entry;
        }
        return found;
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
    }

    void cleanup()
    {
        m_session.reset();
        m_profiles.reset();
    }

    void signingInAndOutIsAuditedWithoutSecrets()
    {
        auto service = makeService();
        QVERIFY(!signIn(*service, QStringLiteral("错误的密码")));
        GD_VERIFY(signIn(*service, Password));
        QTRY_VERIFY(!service->isBusy()); // the sync that follows a sign-in
        const AuthSession tokens = SyncState(m_session->database()).session().value_or(AuthSession{});
        QVERIFY(!tokens.accessToken.isEmpty());
        std::optional<SyncResult<>> signedOut;
        service->signOut([&signedOut](SyncResult<> r) { signedOut = r; });
        QTRY_VERIFY(signedOut.has_value());
        GD_VERIFY(*signedOut);

        const QList<AuditEntry> entries = syncEntries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).event, SyncAuditEvent::SignInFailed);
        QCOMPARE(entries.at(0).subject, QStringLiteral("wangfang"));
        QCOMPARE(entries.at(0).detail.value(QStringLiteral("error")).toString(), QStringLiteral("bad_credentials"));
        QCOMPARE(entries.at(0).detail.value(QStringLiteral("server")).toString(), QStringLiteral("sync.gx-lz.gov.cn"));
        QCOMPARE(entries.at(1).event, SyncAuditEvent::SignInSucceeded);
        QCOMPARE(entries.at(1).detail.value(QStringLiteral("organisation")).toString(), Organisation);
        QVERIFY(!entries.at(1).detail.value(QStringLiteral("device")).toString().isEmpty());
        QCOMPARE(entries.at(2).event, SyncAuditEvent::SignOutSucceeded);
        QCOMPARE(entries.at(2).subject, QStringLiteral("wangfang"));
        QCOMPARE(entries.at(2).detail.value(QStringLiteral("serverConfirmed")).toBool(), true);
        for (const AuditEntry &entry : entries) {
            const QByteArray text = AuditLog::canonicalForm(entry);
            QVERIFY(!text.contains("错误的密码"));
            QVERIFY(!text.contains(QStringLiteral("值班").toUtf8()));
            QVERIFY(!text.contains(tokens.accessToken.toUtf8()));
            QVERIFY(!text.contains(tokens.refreshToken.toUtf8()));
        }
        auto verified = m_session->verifyAudit();
        GD_VERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
    }

    void theWorkerAndTheUiThreadWriteOneChain()
    {
        // The worker's connection appends while the UI thread's does: AuditLog::append reads the
        // head inside BEGIN IMMEDIATE, so the two interleave without forking the chain.
        auto worker = m_session->openWorkerConnection();
        GD_VERIFY(worker);
        const qint64 before = m_session->audit().head()->sequence;
        constexpr int Each = 60;
        std::atomic_int workerFailures{0};
        std::thread thread([&] {
            AuditLog audit(**worker);
            for (int i = 0; i < Each; ++i) {
                if (!audit.append(SyncAuditEvent::SignOutSucceeded, QStringLiteral("worker-%1").arg(i)))
                    ++workerFailures;
            }
        });
        int uiFailures = 0;
        for (int i = 0; i < Each; ++i) {
            if (!m_session->audit().append(QStringLiteral("document.viewed"), QStringLiteral("ui-%1").arg(i)))
                ++uiFailures;
        }
        thread.join();
        worker->reset();
        QCOMPARE(workerFailures.load(), 0);
        QCOMPARE(uiFailures, 0);
        QCOMPARE(m_session->audit().head()->sequence, before + 2 * Each);
        auto verified = m_session->audit().verify();
        GD_VERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
    }

    void aSignInThatCannotBeAuditedStoresNoTokens()
    {
        // A database without the audit table: the entry fails, so the sign-in must not stand.
        QTemporaryDir dir;
        auto db = openWithSchema(dir.filePath(QStringLiteral("p.gddb")), RecordStore::MigrationOwner,
                                 RecordStore::migrations(), true);
        GD_VERIFY(db);
        FakeTransport transport;
        transport.setHandler(m_server->handler());
        SyncEngine engine(**db, transport, QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")));
        AuditLog audit(**db);
        engine.setAuditLog(&audit);
        auto account = engine.signIn(QStringLiteral("wangfang"), SecureBytes::fromUtf8(Password));
        QVERIFY(!account);
        QCOMPARE(account.error().kind, SyncError::Kind::Local);
        QVERIFY(SyncState(**db).session()->refreshToken.isEmpty());
        QVERIFY(transport.paths().contains(QStringLiteral("POST /v1/auth/sign-out"))); // the session is ended
    }

    void thePasswordIsSentEscapedFromAWipedBuffer()
    {
        FakeTransport transport;
        transport.setHandler(m_server->handler());
        SyncClient client(transport, QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")));
        SecureBytes secret = SecureBytes::fromUtf8(Password);
        auto session = client.signIn(QStringLiteral("wangfang"), secret, QStringLiteral("GovDesk on 办公室-17"));
        GD_VERIFY(session);
        QCOMPARE(session->account.userId, QStringLiteral("wangfang"));
        const QJsonObject body = QJsonDocument::fromJson(transport.requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("password")).toString(), Password);
        QCOMPARE(body.value(QStringLiteral("device")).toString(), QStringLiteral("GovDesk on 办公室-17"));
        QCOMPARE(body.size(), 3);
        QCOMPARE(secret.view(), QByteArrayView(Password.toUtf8())); // the caller's buffer, for the caller to wipe
    }
};

QTEST_GUILESS_MAIN(TestSyncAudit)
#include "tst_syncaudit.moc"
