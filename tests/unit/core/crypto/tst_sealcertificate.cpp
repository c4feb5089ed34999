// Tests SealCertificate: reading a seal certificate, and its check against the seal CA — issued
// by it, another CA, expired, not yet valid, and the CA itself expired.
#include "TestProfile.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2CertificateIssuer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

namespace {
const QDateTime Start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const CertificateSubject Office{QStringLiteral("柳州市人民政府办公室"), QStringLiteral("gx-lz-gov"), {}};
} // namespace

class TestSealCertificate : public QObject
{
    Q_OBJECT

    Sm2Credential m_authority;
    Sm2Credential m_office; // 2026-01-01 .. 2028-01-01

    CertificateCheck check(const QByteArray &certificate, const QByteArray &authority, const QDateTime &at)
    {
        auto result = SealCertificate::check(certificate, authority, at);
        return result.value_or(
            CertificateCheck{CertificateVerdict::Unusable, result ? QString() : result.error().fullText()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto authority = Sm2CertificateIssuer::createAuthority(
            {QStringLiteral("GovDesk 印章CA"), QStringLiteral("GovDesk"), {}}, Start, Start.addYears(20));
        GD_VERIFY(authority);
        m_authority = *authority;
        auto office = Sm2CertificateIssuer::issue(m_authority, Office, Start, Start.addYears(2));
        GD_VERIFY(office);
        m_office = *office;
    }

    void inspectReadsNamesAndValidity()
    {
        auto info = SealCertificate::inspect(m_office.certificatePem);
        GD_VERIFY(info);
        QCOMPARE(info->commonName, QStringLiteral("柳州市人民政府办公室"));
        QCOMPARE(info->organisation, QStringLiteral("gx-lz-gov"));
        QCOMPARE(info->issuerCommonName, QStringLiteral("GovDesk 印章CA"));
        QCOMPARE(info->notBefore, Start);
        QCOMPARE(info->notAfter, Start.addYears(2));
        QCOMPARE(info->sha256Fingerprint.size(), 64);
        QVERIFY(!info->serialNumber.isEmpty());
        QVERIFY(!SealCertificate::inspect("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    }

    void validWhenIssuedByTheAuthorityWithinItsPeriod()
    {
        const CertificateCheck result
            = check(m_office.certificatePem, m_authority.certificatePem, Start.addDays(100));
        QVERIFY2(result.isValid(), qPrintable(result.detail));
    }

    void anotherAuthorityIsRefused()
    {
        auto other = Sm2CertificateIssuer::createAuthority(
            {QStringLiteral("GovDesk 印章CA"), QStringLiteral("GovDesk"), {}}, Start, Start.addYears(20));
        GD_VERIFY(other);
        // Same subject name as the real CA: only the signature tells them apart.
        auto forged = Sm2CertificateIssuer::issue(*other, Office, Start, Start.addYears(2));
        GD_VERIFY(forged);
        QCOMPARE(check(forged->certificatePem, m_authority.certificatePem, Start.addDays(1)).verdict,
                 CertificateVerdict::NotIssuedByAuthority);
        // A self-made certificate presented as the organisation's.
        auto selfMade = Sm2CertificateIssuer::createAuthority(Office, Start, Start.addYears(2));
        GD_VERIFY(selfMade);
        QCOMPARE(check(selfMade->certificatePem, m_authority.certificatePem, Start.addDays(1)).verdict,
                 CertificateVerdict::NotIssuedByAuthority);
    }

    void outsideItsPeriodIsExpiredOrNotYetValid()
    {
        QCOMPARE(
            check(m_office.certificatePem, m_authority.certificatePem, Start.addYears(2).addSecs(1)).verdict,
            CertificateVerdict::Expired);
        QCOMPARE(check(m_office.certificatePem, m_authority.certificatePem, Start.addSecs(-60)).verdict,
                 CertificateVerdict::NotYetValid);
    }

    void anExpiredAuthorityInvalidatesItsCertificates()
    {
        auto shortAuthority = Sm2CertificateIssuer::createAuthority({QStringLiteral("短期CA"), {}, {}}, Start,
                                                                    Start.addYears(1));
        GD_VERIFY(shortAuthority);
        auto office = Sm2CertificateIssuer::issue(*shortAuthority, Office, Start, Start.addYears(5));
        GD_VERIFY(office);
        const CertificateCheck result
            = check(office->certificatePem, shortAuthority->certificatePem, Start.addYears(2));
        QCOMPARE(result.verdict, CertificateVerdict::Expired);
        QVERIFY(result.detail.contains(QStringLiteral("depth 1")));
    }

    // The command line verifies our certificates with the SM2 signer id, so another
    // implementation reading the seal can check them too.
    void opensslVerifiesTheChain()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl command line not installed");
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(QStringLiteral("ca.pem"), m_authority.certificatePem));
        QVERIFY(write(QStringLiteral("office.pem"), m_office.certificatePem));
        QProcess process;
        process.start(QStringLiteral("openssl"),
                      {QStringLiteral("verify"), QStringLiteral("-attime"),
                       QString::number(Start.addDays(10).toSecsSinceEpoch()), QStringLiteral("-vfyopt"),
                       QStringLiteral("distid:1234567812345678"), QStringLiteral("-CAfile"),
                       dir.filePath(QStringLiteral("ca.pem")), dir.filePath(QStringLiteral("office.pem"))});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void unreadableInputIsAnError()
    {
        QVERIFY(!SealCertificate::check("garbage", m_authority.certificatePem, Start));
        QVERIFY(!SealCertificate::check(m_office.certificatePem, "garbage", Start));
    }
};

QTEST_GUILESS_MAIN(TestSealCertificate)
#include "tst_sealcertificate.moc"
