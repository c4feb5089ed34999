// Tests DocumentSealer (用印): the seal it puts into a document, its signature with the SM2
// signer id, and refusals of keys that cannot make a verifiable seal.
#include "DocumentCanonicalForm.h"
#include "DocumentSamples.h"
#include "DocumentSealer.h"
#include "SealSamples.h"
#include "TestProfile.h"
#include "crypto/Sm2Signature.h"

#include <QJsonDocument>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {
const QDateTime At(QDate(2026, 2, 28), QTime(10, 15, 30, 250), Qt::UTC);
}

class TestDocumentSealer : public QObject
{
    Q_OBJECT

    Sm2Credential m_authority;
    SealKeyMaterial m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_authority = sealAuthority();
        m_key = officeSeal(m_authority);
        QVERIFY(!m_key.privateKeyPem.isEmpty());
    }

    void sealRecordsTheSealTheSignerAndTheDigests()
    {
        auto record = DocumentSealer::sign(fireNotice(), m_key, SealClerk, At);
        GD_VERIFY(record);
        QCOMPARE(record->sealId, QStringLiteral("seal-gx-lz-gov-1"));
        QCOMPARE(record->sealName, QStringLiteral("柳州市人民政府办公室"));
        QCOMPARE(record->organisationId, QStringLiteral("gx-lz-gov"));
        QCOMPARE(record->signedAt, QDateTime(QDate(2026, 2, 28), QTime(10, 15, 30), Qt::UTC));
        QCOMPARE(record->validStart, SealCaStart);
        QCOMPARE(record->validEnd, SealCaStart.addYears(2));
        QCOMPARE(record->signerName, QStringLiteral("刘洋"));
        QCOMPARE(record->signatureAlgorithm, QStringLiteral("1.2.156.10197.1.501"));
        QCOMPARE(record->digestAlgorithm, QStringLiteral("1.2.156.10197.1.401"));
        QCOMPARE(record->references.size(), DocumentCanonicalForm::parts(fireNotice()).size());
        QCOMPARE(record->dataHash,
                 QString::fromLatin1(Sm2Crypto::sm3(DocumentCanonicalForm::bytes(fireNotice()))->toHex()));
        const auto body
            = std::find_if(record->references.cbegin(), record->references.cend(),
                           [](const SealPartDigest &d) { return d.part == QStringLiteral("body"); });
        QVERIFY(body != record->references.cend());
        QCOMPARE(body->checkValue, QString::fromLatin1(Sm2Crypto::sm3(fireNotice().body.toUtf8())->toHex()));
    }

    // The signature is SM2 with SM3 and the id 1234567812345678, over toBeSigned().
    void signatureVerifiesWithTheCertificateAndTheStandardId()
    {
        auto record = DocumentSealer::sign(fireNotice(), m_key, SealClerk, At);
        GD_VERIFY(record);
        auto verifier = Sm2Verifier::fromCertificatePem(m_key.certificatePem);
        GD_VERIFY(verifier);
        QCOMPARE(verifier->verify(record->toBeSigned(), record->signature).value_or(false), true);
        SealRecord altered = *record;
        altered.signerName = QStringLiteral("王芳");
        QCOMPARE(verifier->verify(altered.toBeSigned(), record->signature).value_or(true), false);
    }

    void sealPutsTheRecordIntoTheDocumentAndThePayload()
    {
        auto sealed = DocumentSealer::seal(fireNotice(), m_key, SealClerk, At);
        GD_VERIFY(sealed);
        QVERIFY(sealed->seal.sealed);
        QCOMPARE(sealed->seal.sealId, m_key.sealId);
        QCOMPARE(sealed->seal.signature.value(QStringLiteral("version")).toInt(), 4);
        // The seal travels in the record's payload and comes back whole.
        const OfficialDocument reread = OfficialDocument::fromPayload(sealed->toPayload());
        QCOMPARE(reread.seal.signature, sealed->seal.signature);
        QCOMPARE(reread, *sealed);
        QVERIFY(!QJsonDocument(sealed->toPayload()).toJson().contains("PRIVATE KEY"));
    }

    void refusesACertificateThatIsNotValidNow()
    {
        auto expired = DocumentSealer::sign(fireNotice(), m_key, SealClerk, SealCaStart.addYears(3));
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::Crypto);
        QVERIFY(expired.error().message.contains(QStringLiteral("柳州市人民政府办公室")));

        SealKeyMaterial foreign = m_key;
        foreign.authorityCertificatePem = sealAuthority().certificatePem;
        QVERIFY(!DocumentSealer::sign(fireNotice(), foreign, SealClerk, At));
    }

    void refusesAKeyThatIsNotTheCertificates()
    {
        SealKeyMaterial mixed = m_key;
        mixed.privateKeyPem = officeSeal(m_authority).privateKeyPem;
        auto refused = DocumentSealer::sign(fireNotice(), mixed, SealClerk, At);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QStringLiteral("does not match")));
        mixed.privateKeyPem = "garbage";
        QVERIFY(!DocumentSealer::sign(fireNotice(), mixed, SealClerk, At));
    }
};

QTEST_GUILESS_MAIN(TestDocumentSealer)
#include "tst_documentsealer.moc"
