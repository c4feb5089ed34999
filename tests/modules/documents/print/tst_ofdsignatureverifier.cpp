// Tests OfdSignatureVerifier on packages OfdExporter signed: a valid signature, then one changed
// byte of a page, a swapped resource, a removed file, a rewritten digest, a re-signed package
// under another CA and a damaged SignedValue — each refused and the changed file named.
#include "../DocumentSamples.h"
#include "../SealSamples.h"
#include "OfdExporter.h"
#include "OfdPackage.h"
#include "OfdSignature.h"
#include "OfdSignatureVerifier.h"
#include "OfdTestReader.h"
#include "TestProfile.h"

#include <QBuffer>
#include <QTest>

using namespace GovDesk::Documents;
namespace Reading = GovDesk::Test::OfdReading;

namespace {

const QDateTime ExportedAt(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
const QString FirstPage = QStringLiteral("Doc_0/Pages/Page_0/Content.xml");

QByteArray exportOfd(const OfficialDocument &document, const OfdExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!OfdExporter::write(document, buffer, options))
        return {};
    return buffer.data();
}

// The package with `path` changed by `change`.
QByteArray changed(const QByteArray &zip, const QString &path,
                   const std::function<void(QByteArray &)> &change)
{
    QHash<QString, QByteArray> files = Reading::unzip(zip);
    change(files[path]);
    return Reading::rezip(files);
}

} // namespace

class TestOfdSignatureVerifier : public QObject
{
    Q_OBJECT

    GovDesk::Core::Sm2Credential m_authority;
    SealKeyMaterial m_seal;
    QByteArray m_signed;

    [[nodiscard]] OfdSignatureCheck onlySignature(const QByteArray &zip) const
    {
        auto verification = OfdSignatureVerifier::verify(zip, m_seal.authorityCertificatePem);
        if (!verification || verification->signatures.size() != 1)
            return {};
        return verification->signatures.constFirst();
    }

private slots:
    void initTestCase()
    {
        m_authority = GovDesk::Test::sealAuthority();
        m_seal = GovDesk::Test::officeSeal(m_authority);
        auto sealed = DocumentSealer::seal(GovDesk::Test::fireNotice(), m_seal, GovDesk::Test::SealClerk,
                                           GovDesk::Test::SealCaStart.addDays(40));
        GD_VERIFY(sealed);
        m_signed = exportOfd(*sealed, {m_seal, ExportedAt});
        QVERIFY(!m_signed.isEmpty());
    }

    void acceptsTheSignedPackage()
    {
        auto verification = OfdSignatureVerifier::verify(m_signed, m_seal.authorityCertificatePem);
        GD_VERIFY(verification);
        QVERIFY(verification->isValid());
        QCOMPARE(verification->signatures.size(), 1);
        const OfdSignatureCheck &check = verification->signatures.constFirst();
        QCOMPARE(check.path, OfdSignature::SignaturePath);
        QVERIFY(check.digestMethodKnown);
        QVERIFY(check.signedDataMatches);
        QVERIFY(check.signatureValid);
        QVERIFY(check.sealValid);
        QVERIFY(check.certificateCheck && check.certificateCheck->isValid());
        QCOMPARE(check.sealName, m_seal.sealName);
        QCOMPARE(check.sealId, m_seal.sealId);
        QCOMPARE(check.certificate.commonName, m_seal.sealName);
        QCOMPARE(check.signedAt, ExportedAt);
        QVERIFY(check.changedFiles.isEmpty());
        QVERIFY(verification->uncoveredFiles.isEmpty());
    }

    void namesAPageWithOneChangedByte()
    {
        const QByteArray tampered = changed(m_signed, FirstPage, [](QByteArray &content) {
            const qsizetype at = content.indexOf("DeltaX=\"") + 8;
            content[at] = content.at(at) == '5' ? '6' : '5';
        });
        const OfdSignatureCheck check = onlySignature(tampered);
        QVERIFY(!check.isValid());
        QCOMPARE(check.changedFiles, QStringList{QLatin1Char('/') + FirstPage});
        QVERIFY2(check.problems.join(u';').contains(FirstPage), qPrintable(check.problems.join(u';')));
        // The signature itself still holds: it is the page that changed.
        QVERIFY(check.signatureValid);
    }

    void namesASwappedResource()
    {
        const QHash<QString, QByteArray> files = Reading::unzip(m_signed);
        QStringList fonts;
        QString picture;
        for (const QString &path : files.keys()) {
            if (path.startsWith(QStringLiteral("Doc_0/Res/font_")))
                fonts << path;
            else if (path.endsWith(QStringLiteral(".png")))
                picture = path;
        }
        QVERIFY(fonts.size() >= 2);
        QVERIFY(!picture.isEmpty());
        // Another font's subset under this one's name (the characters would draw wrongly).
        const QByteArray swapped
            = changed(m_signed, fonts.at(0), [&](QByteArray &font) { font = files.value(fonts.at(1)); });
        QCOMPARE(onlySignature(swapped).changedFiles, QStringList{QLatin1Char('/') + fonts.at(0)});
        // Another seal picture.
        const QByteArray otherSeal
            = changed(m_signed, picture, [](QByteArray &png) { png[png.size() / 2] ^= 0x01; });
        QCOMPARE(onlySignature(otherSeal).changedFiles, QStringList{QLatin1Char('/') + picture});
    }

    void namesARemovedFile()
    {
        QHash<QString, QByteArray> files = Reading::unzip(m_signed);
        QVERIFY(files.remove(QStringLiteral("Doc_0/DocumentRes.xml")));
        const OfdSignatureCheck check = onlySignature(Reading::rezip(files));
        QVERIFY(!check.isValid());
        QCOMPARE(check.missingFiles, QStringList{QStringLiteral("/Doc_0/DocumentRes.xml")});
    }

    void refusesARewrittenDigest()
    {
        // The page changed and its reference rewritten to match: Signature.xml no longer has
        // the digest that was signed.
        QHash<QString, QByteArray> files = Reading::unzip(m_signed);
        const QByteArray oldDigest
            = GovDesk::Core::Sm2Crypto::sm3(files.value(FirstPage)).value_or(QByteArray()).toBase64();
        files[FirstPage].replace("柳州市", "桂林市");
        const QByteArray newDigest
            = GovDesk::Core::Sm2Crypto::sm3(files.value(FirstPage)).value_or(QByteArray()).toBase64();
        const QString signaturePath = OfdSignature::SignaturePath;
        QVERIFY(files.value(signaturePath).contains(oldDigest));
        files[signaturePath].replace(oldDigest, newDigest);
        const OfdSignatureCheck check = onlySignature(Reading::rezip(files));
        QVERIFY(check.changedFiles.isEmpty());
        QVERIFY(!check.signedDataMatches);
        QVERIFY(!check.isValid());
    }

    void refusesAPackageResignedUnderAnotherAuthority()
    {
        // Someone changes the page and signs again with a seal of their own making.
        auto package = OfdPackage::fromZip(m_signed);
        GD_VERIFY(package);
        QByteArray page = package->file(FirstPage);
        page.replace("柳州市", "桂林市");
        package->add(FirstPage, page);
        const GovDesk::Core::Sm2Credential forger
            = GovDesk::Core::Sm2CertificateIssuer::createAuthority({QStringLiteral("伪造印章CA"), {}, {}},
                                                                   GovDesk::Test::SealCaStart,
                                                                   GovDesk::Test::SealCaStart.addYears(5))
                  .value_or(GovDesk::Core::Sm2Credential{});
        const SealKeyMaterial forged = GovDesk::Test::officeSeal(forger);
        GD_VERIFY(OfdSignature::sign(*package, forged, {1, QRectF(120, 200, 42, 42), "png"}, ExportedAt));
        auto zip = package->toZip();
        GD_VERIFY(zip);
        // Consistent in itself…
        auto alone = OfdSignatureVerifier::verify(*zip);
        GD_VERIFY(alone);
        QVERIFY(alone->isValid());
        // …but not issued by the seal CA this profile trusts.
        const OfdSignatureCheck check = onlySignature(*zip);
        QVERIFY(check.signatureValid);
        QVERIFY(check.certificateCheck);
        QCOMPARE(check.certificateCheck->verdict, GovDesk::Core::CertificateVerdict::NotIssuedByAuthority);
        QVERIFY(!check.isValid());
    }

    void refusesADamagedSignedValue()
    {
        const QString valuePath = OfdSignature::SignedValuePath;
        const OfdSignatureCheck flipped = onlySignature(changed(m_signed, valuePath, [](QByteArray &der) {
            der[der.size() - 5] ^= 0x40; // inside the signature's bits
        }));
        QVERIFY(!flipped.signatureValid);
        QVERIFY(!flipped.isValid());
        const OfdSignatureCheck garbage = onlySignature(
            changed(m_signed, valuePath, [](QByteArray &der) { der = "not an SES_Signature"; }));
        QVERIFY(!garbage.isValid());
        QVERIFY2(garbage.problems.join(u';').contains(QStringLiteral("SignedValue")),
                 qPrintable(garbage.problems.join(u';')));
    }

    void reportsWhatIsNotAPackage()
    {
        QVERIFY(!OfdSignatureVerifier::verify(QByteArray("PK\x03\x04 not really")));
        QHash<QString, QByteArray> files = Reading::unzip(m_signed);
        files.remove(QStringLiteral("OFD.xml"));
        QVERIFY(!OfdSignatureVerifier::verify(Reading::rezip(files)));
        // Signatures.xml named but absent: an error, not a silent "unsigned".
        files = Reading::unzip(m_signed);
        files.remove(QStringLiteral("Doc_0/Signs/Signatures.xml"));
        auto missing = OfdSignatureVerifier::verify(Reading::rezip(files));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("Signatures.xml")));
    }
};

QTEST_MAIN(TestOfdSignatureVerifier)
#include "tst_ofdsignatureverifier.moc"
