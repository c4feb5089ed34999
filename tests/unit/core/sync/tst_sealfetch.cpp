// Tests the sync run's seal step (SealFetch) against the fake server on an encrypted database:
// every account gets the seal CA, a signer also its organisation's key, a clerk never asks for
// it, a refused or absent seal is an answer and not a failed run.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "crypto/SealKeyStore.h"
#include "crypto/Sm2CertificateIssuer.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Organisation = QStringLiteral("gx-lz-gov");
const QString OrganisationName = QStringLiteral("柳州市人民政府办公室");
const QString Password = QStringLiteral("用印-2026");
const QDateTime Start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QJsonObject sealAnswer(const Sm2Credential &authority, const Sm2Credential &seal)
{
    return {{QStringLiteral("sealId"), QStringLiteral("seal-gx-lz-gov-1")},
            {QStringLiteral("sealName"), OrganisationName},
            {QStringLiteral("organisation"), Organisation},
            {QStringLiteral("certificate"), QString::fromLatin1(seal.certificatePem)},
            {QStringLiteral("privateKey"), QString::fromLatin1(seal.privateKeyPem)},
            {QStringLiteral("authorityCertificate"), QString::fromLatin1(authority.certificatePem)}};
}

} // namespace

class TestSealFetch : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now;
    std::atomic_bool m_cancel{false};
    Sm2Credential m_authority;
    Sm2Credential m_seal;

    void signIn(const QString &user)
    {
        auto account = m_engine->signIn(user, Password);
        GD_VERIFY(account);
    }

    [[nodiscard]] SyncSummary runSync()
    {
        auto summary = m_engine->run(m_cancel);
        if (!summary) {
            qWarning() << summary.error().fullText();
            return {};
        }
        return *summary;
    }

    [[nodiscard]] int sealKeyRequests() const
    {
        return m_transport->paths().count(QStringLiteral("GET /v1/seal"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto authority = Sm2CertificateIssuer::createAuthority(
            {QStringLiteral("GovDesk 印章CA"), QStringLiteral("GovDesk"), {}}, Start, Start.addYears(20));
        GD_VERIFY(authority);
        m_authority = *authority;
        auto seal = Sm2CertificateIssuer::issue(m_authority, {OrganisationName, Organisation, {}}, Start,
                                                Start.addYears(2));
        GD_VERIFY(seal);
        m_seal = *seal;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = openWithSchema(m_dir->filePath(QStringLiteral("profile.gddb")), RecordStore::MigrationOwner,
                                 RecordStore::migrations(), true);
        GD_VERIFY(db);
        m_db = std::move(*db);
        MigrationRunner settings;
        GD_VERIFY(settings.add(QString::fromLatin1(ProfileSettings::MigrationOwner),
                               ProfileSettings::migrations()));
        GD_VERIFY(settings.run(*m_db));
        m_now = Start.addDays(60);
        m_server = std::make_unique<FakeSyncServer>([this] { return m_now; });
        m_server->addUser(QStringLiteral("zhangwei"), Password, Organisation, QStringLiteral("张伟"));
        m_server->setRoles(QStringLiteral("zhangwei"), {QStringLiteral("clerk"), QStringLiteral("signer")});
        m_server->addUser(QStringLiteral("liuyang"), Password, Organisation, QStringLiteral("刘洋"));
        m_transport = std::make_unique<FakeTransport>();
        m_transport->setHandler(m_server->handler());
        SyncEngine::Seams seams;
        seams.clock = [this] {
            return m_now;
        };
        seams.sleep = [](std::chrono::milliseconds, const std::atomic_bool &cancel) {
            return !cancel;
        };
        m_engine = std::make_unique<SyncEngine>(*m_db, *m_transport,
                                                QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")), seams);
    }

    void cleanup()
    {
        m_engine.reset();
        m_db.reset();
    }

    void aSignerGetsTheAuthorityAndTheOrganisationsSeal()
    {
        m_server->setSealAuthority(m_authority.certificatePem);
        m_server->setSeal(Organisation, sealAnswer(m_authority, m_seal));
        signIn(QStringLiteral("zhangwei"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(summary.sealAuthorityStored);
        QVERIFY(summary.sealKeyStored);
        QVERIFY(summary.sealProblem.isEmpty());
        QCOMPARE(SealKeyStore::authority(*m_db).value_or(QByteArray()), m_authority.certificatePem);
        auto key = SealKeyStore::load(*m_db);
        GD_VERIFY(key);
        QVERIFY(key->has_value());
        QCOMPARE((*key)->sealName, OrganisationName);
        QCOMPARE((*key)->privateKeyPem, m_seal.privateKeyPem);
        // After the pull: the documents come first, the seal last.
        const QStringList paths = m_transport->paths();
        QVERIFY(paths.indexOf(QStringLiteral("GET /v1/seal"))
                > paths.lastIndexOf(QRegularExpression(QStringLiteral("^GET /v1/sync/pull"))));
    }

    void aClerkGetsOnlyTheAuthorityAndNeverAsksForTheKey()
    {
        m_server->setSealAuthority(m_authority.certificatePem);
        m_server->setSeal(Organisation, sealAnswer(m_authority, m_seal));
        signIn(QStringLiteral("liuyang"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(summary.sealAuthorityStored);
        QVERIFY(!summary.sealKeyStored);
        QCOMPARE(sealKeyRequests(), 0);
        QCOMPARE(SealKeyStore::authority(*m_db).value_or(QByteArray()), m_authority.certificatePem);
        QVERIFY(!SealKeyStore::load(*m_db).value_or(std::nullopt).has_value());
    }

    void aSignerWhoseRoleWasTakenAwayForgetsTheKey()
    {
        m_server->setSealAuthority(m_authority.certificatePem);
        m_server->setSeal(Organisation, sealAnswer(m_authority, m_seal));
        signIn(QStringLiteral("zhangwei"));
        QVERIFY(runSync().sealKeyStored);
        m_server->setRoles(QStringLiteral("zhangwei"), {QStringLiteral("clerk")}); // 403 from now on
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed()); // 403 is an answer, not a failure
        QVERIFY(!summary.sealKeyStored);
        QVERIFY(!SealKeyStore::load(*m_db).value_or(std::nullopt).has_value());
        QCOMPARE(SealKeyStore::authority(*m_db).value_or(QByteArray()), m_authority.certificatePem);
    }

    void aServerWithoutSealsIsNotAnError()
    {
        signIn(QStringLiteral("zhangwei"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(!summary.sealAuthorityStored);
        QVERIFY(!summary.sealKeyStored);
        QVERIFY(SealKeyStore::authority(*m_db).value_or(QByteArray("?")).isEmpty());
    }

    void aBrokenSealIsReportedAndNotKept()
    {
        // The key of another certificate: the seal could never be verified, so it is refused.
        auto other = Sm2CertificateIssuer::issue(m_authority, {OrganisationName, Organisation, {}}, Start,
                                                 Start.addYears(2));
        GD_VERIFY(other);
        QJsonObject broken = sealAnswer(m_authority, m_seal);
        broken.insert(QStringLiteral("privateKey"), QString::fromLatin1(other->privateKeyPem));
        m_server->setSealAuthority(m_authority.certificatePem);
        m_server->setSeal(Organisation, broken);
        signIn(QStringLiteral("zhangwei"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(!summary.sealKeyStored);
        QVERIFY(summary.sealProblem.contains(OrganisationName));
        QVERIFY(!SealKeyStore::load(*m_db).value_or(std::nullopt).has_value());
    }

    void aFailingServerIsRetriedLikeEveryOtherRequest()
    {
        m_server->setSealAuthority(m_authority.certificatePem);
        m_server->setSeal(Organisation, sealAnswer(m_authority, m_seal));
        signIn(QStringLiteral("zhangwei"));
        m_server->injectFault(FakeSyncServer::Fault::Status503, 2, QStringLiteral("/v1/seal"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(summary.sealKeyStored);
        QCOMPARE(summary.retries, 2);
    }
};

QTEST_GUILESS_MAIN(TestSealFetch)
#include "tst_sealfetch.moc"
