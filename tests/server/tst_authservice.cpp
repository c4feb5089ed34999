// Tests AuthService: sign-in answers, tokens stored only as hashes, expiry, refresh rotation and
// sign-out, with a manual clock instead of waiting an hour.
#include "AuthService.h"
#include "ManualClock.h"
#include "SqlSyncRepository.h"
#include "TestProfile.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Server;
using GovDesk::Test::ManualClock;

namespace {
const QString Password = QStringLiteral("正确的口令-2026");
QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlSyncRepository> m_repository;
    ManualClock m_clock;
    PasswordHasher m_hasher{{.memoryKiB = 64, .iterations = 1}};
    std::unique_ptr<AuthService> m_auth;

    SessionGrant signIn()
    {
        auto grant = m_auth->signIn(QStringLiteral("wangfang"), Password, QStringLiteral("GovDesk 0.1.0 on host-17"));
        if (!grant)
            qFatal("sign-in failed: %s", qPrintable(grant.error().message));
        return *grant;
    }

private slots:
    void init()
    {
        m_clock = ManualClock();
        m_dir = std::make_unique<QTemporaryDir>();
        auto repository = SqlSyncRepository::openSqlite(m_dir->filePath(QStringLiteral("syncd.db")), {});
        GD_VERIFY(repository);
        m_repository = std::move(*repository);
        GD_VERIFY(m_repository->addOrganisation({QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")}));
        auto hash = m_hasher.hash(Password);
        GD_VERIFY(hash);
        GD_VERIFY(m_repository->addUser({QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("gx-lz-gov"),
                                         {QStringLiteral("clerk")}, *hash}));
        m_auth = std::make_unique<AuthService>(*m_repository, m_clock, m_hasher, AuthService::Lifetimes{});
    }

    void cleanup()
    {
        m_auth.reset();
        m_repository.reset();
        m_dir.reset();
    }

    void signInAnswersWithUserAndTokens()
    {
        const SessionGrant grant = signIn();
        QCOMPARE(grant.user.name, QStringLiteral("王芳"));
        QCOMPARE(grant.organisation.name, QStringLiteral("柳州市人民政府办公室"));
        QCOMPARE(grant.user.roles, QStringList{QStringLiteral("clerk")});
        QVERIFY(grant.user.passwordHash.isEmpty());
        QCOMPARE(grant.accessExpiresAt, m_clock.now().addSecs(3600));
        QCOMPARE(grant.refreshExpiresAt, m_clock.now().addDays(30));
        QVERIFY(grant.accessToken.size() >= 43);
        QVERIFY(grant.accessToken != grant.refreshToken);
    }

    void pbkdf2HashesAreUpgradedToArgon2idAtTheNextSignIn()
    {
        // A hash as earlier versions stored it: PBKDF2-HMAC-SHA256 of Password, 1000 iterations.
        const QString legacy = QStringLiteral("pbkdf2-sha256$1000$R292RGVzay1wYmtkZjItMQ==$DGQxdFFqj9/zquLc1aTgwfT1PeV7pu3IvSqQKyO1kaI=");
        GD_VERIFY(m_repository->setPasswordHash(QStringLiteral("wangfang"), legacy));

        // A wrong password neither signs in nor touches the stored hash.
        QVERIFY(!m_auth->signIn(QStringLiteral("wangfang"), QStringLiteral("错误的口令"), {}));
        QCOMPARE(m_repository->user(QStringLiteral("wangfang"))->value().passwordHash, legacy);

        signIn();
        const QString upgraded = m_repository->user(QStringLiteral("wangfang"))->value().passwordHash;
        QVERIFY2(upgraded.startsWith(QStringLiteral("$argon2id$v=19$m=64,t=1,p=1$")), qPrintable(upgraded));
        QVERIFY(m_hasher.verify(Password, upgraded));
        // Later sign-ins use the new hash (and leave it as it is); wrong passwords stay refused.
        signIn();
        QCOMPARE(m_repository->user(QStringLiteral("wangfang"))->value().passwordHash, upgraded);
        const auto wrong = m_auth->signIn(QStringLiteral("wangfang"), QStringLiteral("错误的口令"), {});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("bad_credentials"));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        const auto wrong = m_auth->signIn(QStringLiteral("wangfang"), QStringLiteral("错误的口令"), {});
        const auto unknown = m_auth->signIn(QStringLiteral("nobody"), Password, {});
        QVERIFY(!wrong);
        QVERIFY(!unknown);
        QCOMPARE(wrong.error().status, 401);
        QCOMPARE(wrong.error().code, QStringLiteral("bad_credentials"));
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void tokensAreStoredOnlyAsHashes()
    {
        const SessionGrant grant = signIn();
        auto stored = m_repository->token(AuthService::tokenHash(grant.accessToken.toLatin1()));
        GD_VERIFY(stored);
        QVERIFY(stored->has_value());
        GD_VERIFY(m_repository->sqliteDatabase()->checkpoint());
        QFile file(m_repository->sqliteDatabase()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(grant.accessToken.toLatin1()));
        QVERIFY(!bytes.contains(grant.refreshToken.toLatin1()));
    }

    void accessTokensAuthenticateUntilTheyExpire()
    {
        const SessionGrant grant = signIn();
        auto principal = m_auth->authenticate(bearer(grant.accessToken));
        QVERIFY(principal);
        QCOMPARE(principal->userId, QStringLiteral("wangfang"));
        QCOMPARE(principal->organisationId, QStringLiteral("gx-lz-gov"));

        m_clock.advanceSeconds(3599);
        QVERIFY(m_auth->authenticate(bearer(grant.accessToken)));
        m_clock.advanceSeconds(1);
        const auto expired = m_auth->authenticate(bearer(grant.accessToken));
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, QStringLiteral("token_expired"));
    }

    void badHeadersAreInvalidTokens_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("no scheme") << QByteArray("abc");
        QTest::newRow("basic") << QByteArray("Basic d2FuZ2Zhbmc6eA==");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("unknown") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void badHeadersAreInvalidTokens()
    {
        QFETCH(QByteArray, header);
        const auto result = m_auth->authenticate(header);
        QVERIFY(!result);
        QCOMPARE(result.error().status, 401);
        QCOMPARE(result.error().code, QStringLiteral("token_invalid"));
    }

    void refreshTokensAreNotAccessTokens()
    {
        const SessionGrant grant = signIn();
        QCOMPARE(m_auth->authenticate(bearer(grant.refreshToken)).error().code, QStringLiteral("token_invalid"));
        QCOMPARE(m_auth->refresh(grant.accessToken).error().code, QStringLiteral("token_invalid"));
    }

    void refreshRotatesThePair()
    {
        const SessionGrant first = signIn();
        m_clock.advanceSeconds(3000);
        auto second = m_auth->refresh(first.refreshToken);
        QVERIFY(second);
        QVERIFY(second->accessToken != first.accessToken);
        QCOMPARE(second->accessExpiresAt, m_clock.now().addSecs(3600));
        QCOMPARE(second->user.name, QStringLiteral("王芳"));
        // The old refresh token is spent; the old access token lives out its hour.
        QCOMPARE(m_auth->refresh(first.refreshToken).error().code, QStringLiteral("token_invalid"));
        QVERIFY(m_auth->authenticate(bearer(first.accessToken)));
        QVERIFY(m_auth->authenticate(bearer(second->accessToken)));
        QVERIFY(m_auth->refresh(second->refreshToken));
    }

    void expiredRefreshTokensAreRefused()
    {
        const SessionGrant grant = signIn();
        m_clock.advanceSeconds(30 * 24 * 3600);
        QCOMPARE(m_auth->refresh(grant.refreshToken).error().code, QStringLiteral("token_invalid"));
    }

    void signOutEndsTheWholeSession()
    {
        const SessionGrant grant = signIn();
        const SessionGrant other = signIn(); // another device keeps its session
        auto principal = m_auth->authenticate(bearer(grant.accessToken));
        QVERIFY(principal);
        QVERIFY(m_auth->signOut(*principal));
        QCOMPARE(m_auth->authenticate(bearer(grant.accessToken)).error().code, QStringLiteral("token_invalid"));
        QCOMPARE(m_auth->refresh(grant.refreshToken).error().code, QStringLiteral("token_invalid"));
        QVERIFY(m_auth->authenticate(bearer(other.accessToken)));
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
