// Tests Sm2CertificateIssuer: the CA and the organisation certificates it makes, their keys and
// extensions, and refusals of bad input.
#include "TestProfile.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2CertificateIssuer.h"
#include "crypto/Sm2Signature.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace GovDesk::Core;

namespace {
const QDateTime Start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

// `openssl x509 -text` of a certificate, for its extensions.
QString textOf(const QByteArray &pem)
{
    QProcess process;
    process.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")});
    process.write(pem);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestSm2CertificateIssuer : public QObject
{
    Q_OBJECT

    Sm2Credential m_authority;

private Q_SLOTS:
    void initTestCase()
    {
        auto authority = Sm2CertificateIssuer::createAuthority(
            {QStringLiteral("GovDesk 印章CA"), QStringLiteral("GovDesk"), {}}, Start, Start.addYears(20));
        GD_VERIFY(authority);
        m_authority = *authority;
    }

    void issuedKeySignsWhatItsCertificateVerifies()
    {
        auto office = Sm2CertificateIssuer::issue(
            m_authority, {QStringLiteral("鹿寨县人民政府"), QStringLiteral("gx-lz-luzhai"), {}}, Start,
            Start.addYears(3));
        GD_VERIFY(office);
        QVERIFY(office->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(office->certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        auto signer = Sm2Signer::fromPrivateKeyPem(office->privateKeyPem);
        GD_VERIFY(signer);
        auto signature = signer->sign("鹿寨县");
        GD_VERIFY(signature);
        auto verifier = Sm2Verifier::fromCertificatePem(office->certificatePem);
        GD_VERIFY(verifier);
        QCOMPARE(verifier->verify("鹿寨县", *signature).value_or(false), true);
    }

    void everyIssueHasItsOwnKeyAndSerial()
    {
        const CertificateSubject subject{
            QStringLiteral("柳州市林业和园林局"), QStringLiteral("gx-lz-forestry"), {}};
        auto first = Sm2CertificateIssuer::issue(m_authority, subject, Start, Start.addYears(1));
        auto second = Sm2CertificateIssuer::issue(m_authority, subject, Start, Start.addYears(1));
        GD_VERIFY(first);
        GD_VERIFY(second);
        QVERIFY(first->privateKeyPem != second->privateKeyPem);
        QVERIFY(SealCertificate::inspect(first->certificatePem)->serialNumber
                != SealCertificate::inspect(second->certificatePem)->serialNumber);
    }

    void extensionsMarkTheCaAndTheSealCertificate()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl command line not installed");
        const QString ca = textOf(m_authority.certificatePem);
        QVERIFY2(ca.contains(QStringLiteral("CA:TRUE")), qPrintable(ca));
        QVERIFY(ca.contains(QStringLiteral("Certificate Sign")));
        QVERIFY(ca.contains(QStringLiteral("SM2-with-SM3")) || ca.contains(QStringLiteral("SM2-SM3")));
        auto office = Sm2CertificateIssuer::issue(
            m_authority, {QStringLiteral("柳州市水利局"), QStringLiteral("gx-lz-water"), {}}, Start,
            Start.addYears(1));
        GD_VERIFY(office);
        const QString leaf = textOf(office->certificatePem);
        QVERIFY(leaf.contains(QStringLiteral("CA:FALSE")));
        QVERIFY(leaf.contains(QStringLiteral("Digital Signature, Non Repudiation")));
        QVERIFY(leaf.contains(QStringLiteral("Authority Key Identifier")));
    }

    void refusesAnEmptyPeriodAndAMismatchedCaKey()
    {
        auto empty = Sm2CertificateIssuer::issue(m_authority, {QStringLiteral("x"), {}, {}}, Start, Start);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);

        auto other = Sm2CertificateIssuer::createAuthority({QStringLiteral("other"), {}, {}}, Start,
                                                           Start.addYears(1));
        GD_VERIFY(other);
        const Sm2Credential mixed{m_authority.certificatePem, other->privateKeyPem};
        auto refused
            = Sm2CertificateIssuer::issue(mixed, {QStringLiteral("x"), {}, {}}, Start, Start.addYears(1));
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QStringLiteral("X509_check_private_key")));
    }
};

QTEST_GUILESS_MAIN(TestSm2CertificateIssuer)
#include "tst_sm2certificateissuer.moc"
