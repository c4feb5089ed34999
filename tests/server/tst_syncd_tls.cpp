// Tests govdesk-syncd's TLS by behaviour, with the openssl CLI as the client: Mozilla's
// intermediate profile — TLS 1.2 only with ECDHE and AEAD suites, TLS 1.3 — and nothing weaker.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using GovDesk::Test::SyncServerFixture;

class TestSyncdTls : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

    struct Handshake
    {
        bool established = false;
        QString output;
    };

    // One handshake with `openssl s_client`; the client is told to allow even weak suites
    // (@SECLEVEL=0), so a refusal is the server's.
    Handshake handshake(const QStringList &options)
    {
        QProcess client;
        client.start(QStringLiteral("openssl"),
                     QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
                                 QStringLiteral("-CAfile"), m_server.caFile(),
                                 QStringLiteral("-verify_return_error"), QStringLiteral("-brief")}
                         + options);
        client.closeWriteChannel(); // s_client ends after the handshake when its input ends
        if (!client.waitForFinished(20000)) {
            client.kill();
            client.waitForFinished();
        }
        const QString output
            = QString::fromLocal8Bit(client.readAllStandardOutput() + client.readAllStandardError());
        return {client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0
                    && output.contains(QStringLiteral("CONNECTION ESTABLISHED")),
                output};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl CLI is not installed");
        GD_VERIFY(m_server.setUp());
        // An RSA certificate, so that the RSA key-exchange suites could be chosen at all.
        m_server.stop();
        GD_VERIFY(m_server.start({}, SyncServerFixture::ServerCertificate::Rsa));
    }

    void refusesSuitesWithoutForwardSecrecyOrAead_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::newRow("AES256-SHA (RSA key exchange, CBC, SHA-1)") << QStringLiteral("AES256-SHA");
        QTest::newRow("AES128-SHA256 (RSA key exchange, CBC)") << QStringLiteral("AES128-SHA256");
        QTest::newRow("AES128-GCM-SHA256 (RSA key exchange)") << QStringLiteral("AES128-GCM-SHA256");
        QTest::newRow("every kRSA suite") << QStringLiteral("kRSA");
        QTest::newRow("ECDHE-RSA-AES128-SHA (CBC, SHA-1)") << QStringLiteral("ECDHE-RSA-AES128-SHA");
        QTest::newRow("ECDHE-RSA-AES256-SHA384 (CBC)") << QStringLiteral("ECDHE-RSA-AES256-SHA384");
        QTest::newRow("DHE-RSA-AES128-SHA (CBC, SHA-1)") << QStringLiteral("DHE-RSA-AES128-SHA");
    }
    void refusesSuitesWithoutForwardSecrecyOrAead()
    {
        QFETCH(QString, cipher);
        const Handshake weak = handshake(
            {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), cipher + QStringLiteral(":@SECLEVEL=0")});
        QVERIFY2(!weak.established, qPrintable(weak.output));
    }

    void acceptsEcdheWithAeadOnTls12_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::newRow("ECDHE-RSA-AES128-GCM-SHA256") << QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256");
        QTest::newRow("ECDHE-RSA-AES256-GCM-SHA384") << QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
        QTest::newRow("ECDHE-RSA-CHACHA20-POLY1305") << QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305");
    }
    void acceptsEcdheWithAeadOnTls12()
    {
        QFETCH(QString, cipher);
        const Handshake good = handshake({QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), cipher});
        QVERIFY2(good.established, qPrintable(good.output));
        QVERIFY2(good.output.contains(QStringLiteral("Ciphersuite: ") + cipher), qPrintable(good.output));
    }

    void acceptsTls13()
    {
        const Handshake good = handshake({QStringLiteral("-tls1_3")});
        QVERIFY2(good.established, qPrintable(good.output));
        QVERIFY2(good.output.contains(QStringLiteral("Protocol version: TLSv1.3")), qPrintable(good.output));
    }

    void ecdsaCertificateStillWorks()
    {
        m_server.stop();
        GD_VERIFY(m_server.start());
        const Handshake good = handshake({QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                          QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")});
        QVERIFY2(good.established, qPrintable(good.output));
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/info")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSyncdTls)
#include "tst_syncd_tls.moc"
