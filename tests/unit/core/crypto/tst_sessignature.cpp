// Tests SesSignature: GB/T 38540 SES_Signature round trip in DER, the structure as the openssl
// command line parses it (an independent DER reader), whole-byte BIT STRINGs, and refusals.
#include "TestProfile.h"
#include "crypto/SesSignature.h"
#include "crypto/Sm2CertificateIssuer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

namespace {

const QDateTime SignedAt(QDate(2026, 2, 27), QTime(9, 30, 0), Qt::UTC);

SesSignature sample(const QByteArray &certificate)
{
    SesSignature signature;
    SesSeal &seal = signature.seal;
    seal.vendorId = QStringLiteral("GovDesk");
    seal.sealId = QStringLiteral("seal-gx-lz-gov-1");
    seal.name = QStringLiteral("柳州市人民政府办公室");
    seal.holderCertificates = {certificate};
    seal.createdAt = SignedAt.addDays(-30);
    seal.validStart = SignedAt.addDays(-30);
    seal.validEnd = SignedAt.addYears(2);
    seal.picture = {"PNG", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x'), 42, 42};
    seal.makerCertificate = certificate;
    seal.signatureAlgorithm = QStringLiteral("1.2.156.10197.1.501");
    seal.makerSignature = QByteArray::fromHex("3045022100aa00");
    signature.signedAt = SignedAt;
    // Trailing zero bytes: a BIT STRING encoded without them would change the hash.
    signature.dataHash
        = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e0000");
    signature.propertyInfo = "/Doc_0/Signs/Sign_0/Signature.xml";
    signature.certificate = certificate;
    signature.signatureAlgorithm = QStringLiteral("1.2.156.10197.1.501");
    signature.signature = QByteArray::fromHex("30440220010203");
    return signature;
}

} // namespace

class TestSesSignature : public QObject
{
    Q_OBJECT

    QByteArray m_certificate;

private Q_SLOTS:
    void initTestCase()
    {
        auto authority = Sm2CertificateIssuer::createAuthority({QStringLiteral("GovDesk 印章CA"), {}, {}},
                                                               SignedAt.addYears(-1), SignedAt.addYears(10));
        QVERIFY(authority);
        auto der = SesSignature::derFromPem(authority->certificatePem);
        GD_VERIFY(der);
        m_certificate = *der;
        QCOMPARE(SesSignature::derFromPem(SesSignature::pemFromDer(m_certificate)).value_or(QByteArray()),
                 m_certificate);
    }

    void roundTripsEveryField()
    {
        const SesSignature original = sample(m_certificate);
        auto encoded = original.encode();
        GD_VERIFY(encoded);
        auto decoded = SesSignature::decode(*encoded);
        GD_VERIFY(decoded);
        QCOMPARE(decoded->seal.vendorId, original.seal.vendorId);
        QCOMPARE(decoded->seal.sealId, original.seal.sealId);
        QCOMPARE(decoded->seal.type, SesSeal::OrganisationSeal);
        QCOMPARE(decoded->seal.name, original.seal.name);
        QCOMPARE(decoded->seal.holderCertificates, original.seal.holderCertificates);
        QCOMPARE(decoded->seal.createdAt, original.seal.createdAt);
        QCOMPARE(decoded->seal.validStart, original.seal.validStart);
        QCOMPARE(decoded->seal.validEnd, original.seal.validEnd);
        QCOMPARE(decoded->seal.picture.type, QByteArray("PNG"));
        QCOMPARE(decoded->seal.picture.data, original.seal.picture.data);
        QCOMPARE(decoded->seal.picture.widthMillimetres, 42);
        QCOMPARE(decoded->seal.makerCertificate, m_certificate);
        QCOMPARE(decoded->seal.signatureAlgorithm, QStringLiteral("1.2.156.10197.1.501"));
        QCOMPARE(decoded->seal.makerSignature, original.seal.makerSignature);
        QCOMPARE(decoded->signedAt, SignedAt);
        QCOMPARE(decoded->dataHash, original.dataHash);
        QCOMPARE(decoded->propertyInfo, original.propertyInfo);
        QCOMPARE(decoded->certificate, m_certificate);
        QCOMPARE(decoded->signature, original.signature);
        // What was signed is what is read back: the same TBS_Sign bytes.
        QCOMPARE(decoded->toBeSigned().value_or(QByteArray()),
                 original.toBeSigned().value_or(QByteArray("x")));
        QVERIFY(original.seal.sealToBeSigned().value_or(QByteArray()).size() > 300);
    }

    void isTheStandardsStructureForOpenssl()
    {
        auto encoded = sample(m_certificate).encode();
        GD_VERIFY(encoded);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("SignedValue.dat")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*encoded);
        file.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER"),
                       QStringLiteral("-in"), file.fileName()});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const QString tree = QString::fromUtf8(openssl.readAllStandardOutput());
        // SES_Header "ES" version 4, the name as UTF8String, GeneralizedTime, SM2 OIDs, the path.
        QVERIFY2(tree.contains(QStringLiteral(":ES")), qPrintable(tree.left(600)));
        QVERIFY(tree.contains(QStringLiteral("IA5STRING         :GovDesk")));
        QVERIFY(tree.contains(QStringLiteral("UTF8STRING        :柳州市人民政府办公室")));
        QVERIFY(tree.contains(QStringLiteral("GENERALIZEDTIME   :20260227093000Z")));
        QVERIFY(tree.contains(QStringLiteral("1.2.156.10197.1.501"))
                || tree.contains(QStringLiteral("SM2-with-SM3")));
        QVERIFY(tree.contains(QStringLiteral(":/Doc_0/Signs/Sign_0/Signature.xml")));
        // The 32-byte hash as a BIT STRING of 33 bytes (no unused bits), trailing zeros kept.
        QVERIFY2(encoded->contains(QByteArray::fromHex("032100") + sample(m_certificate).dataHash),
                 encoded->toHex().constData());
    }

    void refusesWhatIsNotOne()
    {
        QVERIFY(!SesSignature::decode(QByteArray("not DER at all")));
        auto encoded = sample(m_certificate).encode();
        GD_VERIFY(encoded);
        QVERIFY(!SesSignature::decode(QByteArrayView(*encoded).first(encoded->size() - 3)));
        QVERIFY(!SesSignature::decode(*encoded + QByteArray("\x00", 1)));
        QVERIFY(!SesSignature::derFromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    }
};

QTEST_GUILESS_MAIN(TestSesSignature)
#include "tst_sessignature.moc"
