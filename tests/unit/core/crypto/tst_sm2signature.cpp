// Tests Sm2Signer/Sm2Verifier/Sm2Crypto: SM3 test vector, round trip, the signer id, and
// agreement with the openssl command line (an independent SM2 implementation path).
#include "TestProfile.h"
#include "crypto/Sm2CertificateIssuer.h"
#include "crypto/Sm2Signature.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

namespace {

const QByteArray Message = QStringLiteral("柳政办发〔2026〕12号 关于做好森林防火工作的通知").toUtf8();

Sm2Credential makeCredential()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto authority = Sm2CertificateIssuer::createAuthority({QStringLiteral("GovDesk 测试印章CA"), {}, {}},
                                                           now.addDays(-1), now.addYears(10));
    if (!authority)
        return {};
    auto credential = Sm2CertificateIssuer::issue(
        *authority, {QStringLiteral("柳州市人民政府办公室"), QStringLiteral("gx-lz-gov"), {}},
        now.addDays(-1), now.addYears(2));
    return credential.value_or(Sm2Credential{});
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs openssl; true when it exits 0.
bool openssl(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestSm2Signature : public QObject
{
    Q_OBJECT

    Sm2Credential m_credential;

private Q_SLOTS:
    void initTestCase()
    {
        m_credential = makeCredential();
        QVERIFY(!m_credential.privateKeyPem.isEmpty());
    }

    void sm3MatchesTheStandardsVector()
    {
        // GB/T 32905-2016, example 1.
        auto digest = Sm2Crypto::sm3("abc");
        GD_VERIFY(digest);
        QCOMPARE(digest->toHex(),
                 QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    }

    void signatureVerifiesWithTheCertificate()
    {
        auto signer = Sm2Signer::fromPrivateKeyPem(m_credential.privateKeyPem);
        GD_VERIFY(signer);
        auto signature = signer->sign(Message);
        GD_VERIFY(signature);
        auto verifier = Sm2Verifier::fromCertificatePem(m_credential.certificatePem);
        GD_VERIFY(verifier);
        auto verified = verifier->verify(Message, *signature);
        GD_VERIFY(verified);
        QVERIFY(*verified);
    }

    void changedMessageOrSignatureDoesNotVerify()
    {
        auto signer = Sm2Signer::fromPrivateKeyPem(m_credential.privateKeyPem);
        GD_VERIFY(signer);
        auto signature = signer->sign(Message);
        GD_VERIFY(signature);
        auto verifier = Sm2Verifier::fromCertificatePem(m_credential.certificatePem);
        GD_VERIFY(verifier);

        QByteArray changed = Message;
        changed[changed.size() - 1] = 'X';
        QCOMPARE(verifier->verify(changed, *signature).value_or(true), false);
        QByteArray flipped = *signature;
        flipped[flipped.size() / 2] = static_cast<char>(flipped.at(flipped.size() / 2) ^ 0x01);
        QCOMPARE(verifier->verify(Message, flipped).value_or(true), false);
        QCOMPARE(verifier->verify(Message, QByteArray("not a signature")).value_or(true), false);

        // Another organisation's key.
        const Sm2Credential other = makeCredential();
        auto otherVerifier = Sm2Verifier::fromCertificatePem(other.certificatePem);
        GD_VERIFY(otherVerifier);
        QCOMPARE(otherVerifier->verify(Message, *signature).value_or(true), false);
    }

    // The signer id is 1234567812345678 on both sides: openssl verifies our signature with that
    // id and refuses it without one (OpenSSL 3.0's default is empty), and we verify its signature.
    void agreesWithOpensslOnTheSignerId()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl command line not installed");
        QTemporaryDir dir;
        const QString message = dir.filePath(QStringLiteral("message"));
        const QString signatureFile = dir.filePath(QStringLiteral("signature"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = dir.filePath(QStringLiteral("certificate.pem"));
        QVERIFY(writeFile(message, Message));
        QVERIFY(writeFile(key, m_credential.privateKeyPem));
        QVERIFY(writeFile(certificate, m_credential.certificatePem));

        auto signer = Sm2Signer::fromPrivateKeyPem(m_credential.privateKeyPem);
        GD_VERIFY(signer);
        auto signature = signer->sign(Message);
        GD_VERIFY(signature);
        QVERIFY(writeFile(signatureFile, *signature));
        const QStringList verify{QStringLiteral("pkeyutl"),
                                 QStringLiteral("-verify"),
                                 QStringLiteral("-certin"),
                                 QStringLiteral("-inkey"),
                                 certificate,
                                 QStringLiteral("-rawin"),
                                 QStringLiteral("-digest"),
                                 QStringLiteral("sm3"),
                                 QStringLiteral("-in"),
                                 message,
                                 QStringLiteral("-sigfile"),
                                 signatureFile};
        QVERIFY(openssl(
            verify + QStringList{QStringLiteral("-pkeyopt"), QStringLiteral("distid:1234567812345678")}));
        QVERIFY(!openssl(verify));

        const QString theirs = dir.filePath(QStringLiteral("theirs"));
        QVERIFY(openssl({QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), key,
                         QStringLiteral("-rawin"), QStringLiteral("-digest"), QStringLiteral("sm3"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("distid:1234567812345678"),
                         QStringLiteral("-in"), message, QStringLiteral("-out"), theirs}));
        QFile file(theirs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto verifier = Sm2Verifier::fromCertificatePem(m_credential.certificatePem);
        GD_VERIFY(verifier);
        QCOMPARE(verifier->verify(Message, file.readAll()).value_or(false), true);
    }

    void refusesKeysThatAreNotSm2()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl command line not installed");
        QByteArray pem;
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")},
                        &pem));
        auto signer = Sm2Signer::fromPrivateKeyPem(pem);
        QVERIFY(!signer);
        QCOMPARE(signer.error().code, ErrorCode::Crypto);
        QVERIFY(signer.error().detail.contains(QStringLiteral("EC")));

        auto garbage
            = Sm2Signer::fromPrivateKeyPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!garbage);
        QVERIFY(!garbage.error().detail.isEmpty());
        QVERIFY(!Sm2Verifier::fromCertificatePem("nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestSm2Signature)
#include "tst_sm2signature.moc"
