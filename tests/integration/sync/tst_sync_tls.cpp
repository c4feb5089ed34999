// Every TLS failure against the real server is refused before anything is sent, never retried,
// and named in the message the user sees: an unknown certificate authority, a certificate for
// another host, an expired certificate, a public key that does not match the profile's pin.
// A matching pin syncs.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");

enum class Trouble { UnknownCa, WrongHost, Expired, PinMismatch };

} // namespace

Q_DECLARE_METATYPE(Trouble)

class TestSyncTls : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    ServerSettings goodSettings() const { return {m_server.baseUrl(), m_server.caFile(), {}}; }

    // Signed in while everything is in order; the trouble comes afterwards.
    std::unique_ptr<SyncedProfile> signedInProfile()
    {
        auto profile = SyncedProfile::createSignedIn(
            m_dir.path(), QStringLiteral("王芳 #%1").arg(++m_profiles), QStringLiteral("证书检查口令"),
            goodSettings(), QStringLiteral("wangfang"),
            QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

    void restartWith(SyncServerFixture::ServerCertificate certificate)
    {
        m_server.stop();
        GD_VERIFY(m_server.start({}, certificate));
    }

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
    }

    void aBadServerIdentityIsRefusedAndNamed_data()
    {
        QTest::addColumn<Trouble>("trouble");
        QTest::addColumn<QString>("cause");
        QTest::newRow("unknown CA") << Trouble::UnknownCa << QStringLiteral("unknown certificate authority");
        QTest::newRow("wrong host name") << Trouble::WrongHost << QStringLiteral("host name mismatch");
        QTest::newRow("expired certificate") << Trouble::Expired << QStringLiteral("certificate expired");
        QTest::newRow("pin mismatch") << Trouble::PinMismatch << QStringLiteral("public key pin mismatch");
    }

    void aBadServerIdentityIsRefusedAndNamed()
    {
        QFETCH(Trouble, trouble);
        QFETCH(QString, cause);
        auto profile = signedInProfile();
        QVERIFY(profile);
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(profile->records().put(Documents, id, {{QStringLiteral("title"), QStringLiteral("关于核对服务器证书的通知")}}));

        ServerSettings settings = goodSettings();
        switch (trouble) {
        case Trouble::UnknownCa:
            settings.caBundlePath = m_server.otherCaFile();
            break;
        case Trouble::WrongHost:
            restartWith(SyncServerFixture::ServerCertificate::WrongHost);
            break;
        case Trouble::Expired:
            restartWith(SyncServerFixture::ServerCertificate::Expired);
            break;
        case Trouble::PinMismatch:
            // A real key, just not the server's: the expired certificate's.
            settings.pinnedPublicKey = m_server.pin(SyncServerFixture::ServerCertificate::Expired);
            QVERIFY(settings.pinnedPublicKey.startsWith(QLatin1String("sha256//")));
            QVERIFY(settings.pinnedPublicKey != m_server.pin());
            break;
        }
        GD_VERIFY(profile->setServerSettings(settings));

        QElapsedTimer timer;
        timer.start();
        auto summary = profile->sync();
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        QCOMPARE(summary->error->kind, SyncError::Kind::Tls);
        QVERIFY2(summary->error->message.contains(cause), qPrintable(summary->error->fullText()));
        QVERIFY2(summary->error->message.contains(QStringLiteral("127.0.0.1")), qPrintable(summary->error->message));
        QVERIFY(!summary->error->retryable);
        QVERIFY(!summary->error->isConnectivity()); // not "offline": a person must look at it
        QCOMPARE(summary->retries, 0);              // never retried automatically
        QCOMPARE(summary->pushed, 0);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        qInfo("%s: %s", QTest::currentDataTag(), qPrintable(summary->error->fullText()));

        // Sign-in is refused the same way (the password never leaves this computer).
        auto again = profile->signIn(QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        GD_VERIFY(again);
        QVERIFY(!again->has_value());
        QCOMPARE(again->error().kind, SyncError::Kind::Tls);
        QVERIFY2(again->error().message.contains(cause), qPrintable(again->error().fullText()));

        // Nothing was sent: the change is still queued and the server has no trace of it.
        QCOMPARE(profile->pendingCount().value_or(-1), 1);
        if (trouble == Trouble::WrongHost || trouble == Trouble::Expired)
            restartWith(SyncServerFixture::ServerCertificate::Valid);
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QVERIFY(!server->find(Documents, id));

        // With the identity right again, the queued change goes out once.
        GD_VERIFY(profile->setServerSettings(goodSettings()));
        summary = profile->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QCOMPARE(summary->pushed, 1);
        QCOMPARE(profile->pendingCount().value_or(-1), 0);
    }

    void aMatchingPinSyncs()
    {
        auto profile = signedInProfile();
        QVERIFY(profile);
        ServerSettings pinned = goodSettings();
        // A second, unrelated pin first: any one of the listed keys may match (key rotation).
        pinned.pinnedPublicKey = m_server.pin(SyncServerFixture::ServerCertificate::WrongHost) + QLatin1Char(';')
                                 + m_server.pin();
        GD_VERIFY(profile->setServerSettings(pinned));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(profile->records().put(Documents, id, {{QStringLiteral("title"), QStringLiteral("证书固定（公钥）测试")}}));
        auto summary = profile->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QCOMPARE(summary->pushed, 1);
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QVERIFY(server->find(Documents, id));

        // The pin alone is not trust: with the right pin but an unknown CA, still refused.
        pinned.pinnedPublicKey = m_server.pin();
        pinned.caBundlePath = m_server.otherCaFile();
        GD_VERIFY(profile->setServerSettings(pinned));
        summary = profile->sync();
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        QCOMPARE(summary->error->kind, SyncError::Kind::Tls);
        QVERIFY2(summary->error->message.contains(QStringLiteral("unknown certificate authority")),
                 qPrintable(summary->error->fullText()));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
