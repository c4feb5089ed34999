// Tests OfdSignature on a small hand-made package: Signatures.xml and Signature.xml as GB/T 33190
// lays them out (SM2/SM3 OIDs, one SM3 reference per covered file, the stamp annotation), and
// SignedValue.dat as an SES_Signature whose parts check out with the certificate on their own.
#include "../SealSamples.h"
#include "OfdPackage.h"
#include "OfdSignature.h"
#include "OfdTestReader.h"
#include "TestProfile.h"
#include "crypto/SesSignature.h"
#include "crypto/Sm2Signature.h"

#include <QTest>

using namespace GovDesk::Documents;
using GovDesk::Core::SesSignature;
using GovDesk::Core::Sm2Crypto;
namespace Reading = GovDesk::Test::OfdReading;

namespace {

const QDateTime SignedAt(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
const QByteArray Picture = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');

OfdPackage smallPackage()
{
    OfdPackage package;
    package.add(QStringLiteral("OFD.xml"), "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
    package.add(QStringLiteral("Doc_0/Document.xml"),
                "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
    package.add(QStringLiteral("Doc_0/Res/seal_3.png"), Picture);
    return package;
}

} // namespace

class TestOfdSignature : public QObject
{
    Q_OBJECT

    SealKeyMaterial m_seal;

private slots:
    void initTestCase() { m_seal = GovDesk::Test::officeSeal(GovDesk::Test::sealAuthority()); }

    void writesTheSignsFolder()
    {
        OfdPackage package = smallPackage();
        GD_VERIFY(OfdSignature::sign(package, m_seal, {7, QRectF(120.5, 200, 42, 42), Picture}, SignedAt));
        const QByteArray signatures = package.file(QStringLiteral("Doc_0/Signs/Signatures.xml"));
        QCOMPARE(Reading::attributes(signatures, u"Signature", QStringLiteral("BaseLoc")),
                 QStringList{QStringLiteral("/Doc_0/Signs/Sign_0/Signature.xml")});
        QCOMPARE(Reading::attributes(signatures, u"Signature", QStringLiteral("Type")),
                 QStringList{QStringLiteral("Seal")});

        const QByteArray signature = package.file(OfdSignature::SignaturePath);
        QVERIFY(Reading::isOfdXml(signature));
        QCOMPARE(Reading::texts(signature, u"SignatureMethod"),
                 QStringList{QStringLiteral("1.2.156.10197.1.501")});
        QCOMPARE(Reading::texts(signature, u"SignatureDateTime"),
                 QStringList{QStringLiteral("20260302080000Z")});
        QCOMPARE(Reading::attributes(signature, u"References", QStringLiteral("CheckMethod")),
                 QStringList{QStringLiteral("1.2.156.10197.1.401")});
        QCOMPARE(Reading::texts(signature, u"SignedValue"),
                 QStringList{QStringLiteral("/Doc_0/Signs/Sign_0/SignedValue.dat")});
        QCOMPARE(Reading::attributes(signature, u"StampAnnot", QStringLiteral("PageRef")),
                 QStringList{QStringLiteral("7")});
        QCOMPARE(Reading::attributes(signature, u"StampAnnot", QStringLiteral("Boundary")),
                 QStringList{QStringLiteral("120.5 200 42 42")});
        // Every file but the signatures' own, each with the base64 of its SM3.
        const QStringList refs = Reading::attributes(signature, u"Reference", QStringLiteral("FileRef"));
        QCOMPARE(refs, (QStringList{QStringLiteral("/OFD.xml"), QStringLiteral("/Doc_0/Document.xml"),
                                    QStringLiteral("/Doc_0/Res/seal_3.png")}));
        const QStringList values = Reading::texts(signature, u"CheckValue");
        for (qsizetype i = 0; i < refs.size(); ++i)
            QCOMPARE(values.at(i).toLatin1(),
                     Sm2Crypto::sm3(package.file(refs.at(i).mid(1))).value_or(QByteArray()).toBase64());
    }

    void signedValueIsAnSesSignatureOverSignatureXml()
    {
        OfdPackage package = smallPackage();
        GD_VERIFY(OfdSignature::sign(package, m_seal, {7, QRectF(120, 200, 42, 42), Picture}, SignedAt));
        auto ses = SesSignature::decode(package.file(OfdSignature::SignedValuePath));
        GD_VERIFY(ses);
        const QByteArray certificate = SesSignature::derFromPem(m_seal.certificatePem).value_or(QByteArray());
        QCOMPARE(ses->certificate, certificate);
        QCOMPARE(ses->seal.holderCertificates, QList<QByteArray>{certificate});
        QCOMPARE(ses->seal.name, m_seal.sealName);
        QCOMPARE(ses->seal.sealId, m_seal.sealId);
        QCOMPARE(ses->seal.picture.type, QByteArray("PNG"));
        QCOMPARE(ses->seal.picture.data, Picture);
        QCOMPARE(ses->seal.picture.widthMillimetres, 42);
        QCOMPARE(ses->signedAt, SignedAt);
        QCOMPARE(ses->propertyInfo, QByteArray("/Doc_0/Signs/Sign_0/Signature.xml"));
        QCOMPARE(ses->dataHash,
                 Sm2Crypto::sm3(package.file(OfdSignature::SignaturePath)).value_or(QByteArray()));
        auto verifier = GovDesk::Core::Sm2Verifier::fromCertificatePem(m_seal.certificatePem);
        GD_VERIFY(verifier);
        QVERIFY(verifier->verify(ses->toBeSigned().value_or(QByteArray()), ses->signature).value_or(false));
        QVERIFY(verifier->verify(ses->seal.sealToBeSigned().value_or(QByteArray()), ses->seal.makerSignature)
                    .value_or(false));
        // Another signed message does not pass as this one.
        QVERIFY(!verifier->verify(QByteArray("another TBS_Sign"), ses->signature).value_or(true));
    }

    void refusesAKeyThatIsNotTheCertificates()
    {
        SealKeyMaterial mixed = m_seal;
        mixed.privateKeyPem = GovDesk::Test::officeSeal(GovDesk::Test::sealAuthority()).privateKeyPem;
        OfdPackage package = smallPackage();
        auto signedPackage
            = OfdSignature::sign(package, mixed, {7, QRectF(120, 200, 42, 42), Picture}, SignedAt);
        QVERIFY(!signedPackage);
        QVERIFY(signedPackage.error().message.contains(m_seal.sealName));
    }
};

QTEST_GUILESS_MAIN(TestOfdSignature)
#include "tst_ofdsignature.moc"
