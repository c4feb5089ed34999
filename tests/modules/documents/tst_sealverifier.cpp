// Tests SealVerifier: 有效 for an untouched sealed document (also after a payload round trip), and
// 已被篡改 / 证书无效 naming the cause — one changed character in 正文, a changed 标题, a swapped
// attachment digest, altered seal data, a certificate of another CA, an expired certificate.
#include "DocumentSamples.h"
#include "DocumentSealer.h"
#include "DocumentsChinese.h"
#include "SealSamples.h"
#include "SealVerifier.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {
const QDateTime At(QDate(2026, 2, 28), QTime(10, 15), Qt::UTC);
}

class TestSealVerifier : public QObject
{
    Q_OBJECT

    Sm2Credential m_authority;
    SealKeyMaterial m_key;
    OfficialDocument m_sealed;
    DocumentsChineseTranslator m_chinese;

    SealVerification verify(const OfficialDocument &document, const QString &organisation = {})
    {
        auto result = SealVerifier::verify(document, m_authority.certificatePem, organisation);
        if (!result)
            qWarning() << result.error().fullText();
        return result.value_or(SealVerification{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authority = sealAuthority();
        m_key = officeSeal(m_authority);
        OfficialDocument document = fireNotice();
        document.attachments.append(
            {.sha256 = QString(64, QLatin1Char('e')), .name = QStringLiteral("附件2.pdf"), .size = 9911});
        document.attachmentNotes.append(QStringLiteral("森林火险等级预报"));
        auto sealed = DocumentSealer::seal(document, m_key, SealClerk, At);
        GD_VERIFY(sealed);
        m_sealed = *sealed;
    }

    void untouchedDocumentIsValid()
    {
        const SealVerification result = verify(m_sealed, QStringLiteral("gx-lz-gov"));
        QCOMPARE(result.status, SealStatus::Valid);
        QVERIFY(result.changedParts.isEmpty());
        QCOMPARE(result.certificate.commonName, QStringLiteral("柳州市人民政府办公室"));
        QCOMPARE(result.record.signerName, QStringLiteral("刘洋"));
        QCOMPARE(result.statusText(), QStringLiteral("Valid"));
        QVERIFY(result.explanation().isEmpty());
        // As a recipient reads it: through the synced payload.
        QCOMPARE(verify(OfficialDocument::fromPayload(m_sealed.toPayload())).status, SealStatus::Valid);
    }

    void stillValidAfterTheCertificateExpired()
    {
        // The seal was made while the certificate was valid; verifying years later changes nothing.
        QCOMPARE(verify(m_sealed).status, SealStatus::Valid);
        QVERIFY(m_sealed.seal.signature.value(QStringLiteral("eseal"))
                    .toObject()
                    .contains(QStringLiteral("esID")));
    }

    void unsealedDocumentIsReportedAsSuch()
    {
        const SealVerification result = verify(fireNotice());
        QCOMPARE(result.status, SealStatus::Unsealed);
        OfficialDocument paperSeal = fireNotice();
        paperSeal.seal = {.sealed = true, .sealId = QStringLiteral("seal-1"), .signature = {}};
        QCOMPARE(verify(paperSeal).status, SealStatus::Unsealed);
    }

    void oneChangedCharacterInTheBodyIsNamed()
    {
        OfficialDocument changed = m_sealed;
        changed.body.replace(QStringLiteral("24小时"), QStringLiteral("12小时"));
        const SealVerification result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QCOMPARE(result.changedParts, QStringList{QStringLiteral("body")});
        QCOMPARE(result.changedElementNames(), QStringList{QStringLiteral("正文")});
        QVERIFY(!result.sealDataAltered);
        QCOMPARE(result.statusText(), QStringLiteral("Tampered with"));
        QCOMPARE(result.explanation(), QStringLiteral("Changed after sealing: 正文."));
    }

    void aChangedTitleIsNamed()
    {
        OfficialDocument changed = m_sealed;
        changed.title = QStringLiteral("柳州市人民政府办公室关于做好2026年秋季森林防火工作的通知");
        const SealVerification result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QCOMPARE(result.changedElementNames(), QStringList{QStringLiteral("标题")});
    }

    void aSwappedAttachmentIsNamedByNumberAndFile()
    {
        OfficialDocument changed = m_sealed;
        changed.attachments[1].sha256 = QString(64, QLatin1Char('f'));
        const SealVerification result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QCOMPARE(result.changedParts, QStringList{QStringLiteral("attachments.2")});
        QCOMPARE(result.changedElementNames(), QStringList{QStringLiteral("Attachment 2 (附件2.pdf)")});

        // Several changes are all named, in the order of the page.
        changed.title += QStringLiteral("（修订）");
        changed.attachments.removeFirst();
        const SealVerification several = verify(changed);
        QCOMPARE(several.changedParts, (QStringList{QStringLiteral("title"), QStringLiteral("attachments.1"),
                                                    QStringLiteral("attachments.2")}));
    }

    void chineseNamesForTheUser()
    {
        QCoreApplication::installTranslator(&m_chinese);
        OfficialDocument changed = m_sealed;
        changed.body += QStringLiteral("。");
        changed.attachments[1].sha256 = QString(64, QLatin1Char('f'));
        const SealVerification result = verify(changed);
        QCOMPARE(result.statusText(), QStringLiteral("已被篡改"));
        QCOMPARE(result.explanation(), QStringLiteral("用印后已被改动：正文、附件2（附件2.pdf）。"));
        QCoreApplication::removeTranslator(&m_chinese);
    }

    void alteredSealDataIsTampering()
    {
        OfficialDocument changed = m_sealed;
        QJsonObject signature = changed.seal.signature;
        QJsonObject signer = signature.value(QStringLiteral("signer")).toObject();
        signer.insert(QStringLiteral("name"), QStringLiteral("王芳"));
        signature.insert(QStringLiteral("signer"), signer);
        changed.seal.signature = signature;
        SealVerification result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QVERIFY(result.sealDataAltered);
        QVERIFY(result.changedParts.isEmpty());

        // Someone edits the title and rewrites its digest in the seal: the signature catches it.
        changed = m_sealed;
        changed.title = QStringLiteral("伪造的标题");
        signature = changed.seal.signature;
        QJsonArray references = signature.value(QStringLiteral("references")).toArray();
        for (qsizetype i = 0; i < references.size(); ++i) {
            QJsonObject reference = references.at(i).toObject();
            if (reference.value(QStringLiteral("part")).toString() == QStringLiteral("title")) {
                reference.insert(QStringLiteral("checkValue"),
                                 QString::fromLatin1(Sm2Crypto::sm3(changed.title.toUtf8())->toHex()));
                references.replace(i, reference);
            }
        }
        signature.insert(QStringLiteral("references"), references);
        changed.seal.signature = signature;
        result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QVERIFY(result.sealDataAltered);

        changed = m_sealed;
        changed.seal.signature.insert(QStringLiteral("version"), 99);
        result = verify(changed);
        QCOMPARE(result.status, SealStatus::Tampered);
        QVERIFY(result.sealDataAltered);
    }

    void certificateOfAnotherCaIsInvalid()
    {
        // A complete, self-consistent seal — made under a CA this profile does not trust.
        const Sm2Credential rogue = sealAuthority();
        auto forged = DocumentSealer::seal(fireNotice(), officeSeal(rogue), SealClerk, At);
        GD_VERIFY(forged);
        const SealVerification result = verify(*forged);
        QCOMPARE(result.status, SealStatus::CertificateInvalid);
        QCOMPARE(result.certificateProblem, CertificateProblem::NotIssuedByAuthority);
        QCOMPARE(result.statusText(), QStringLiteral("Certificate invalid"));
        QVERIFY(result.explanation().contains(QStringLiteral("not issued by the seal authority")));
    }

    void expiredCertificateIsInvalid()
    {
        // Sealed with the time of sealing after the certificate ended (signed outside
        // DocumentSealer, which refuses to): the certificate was not valid when sealing.
        const SealKeyMaterial old = officeSeal(m_authority, SealCaStart, 1);
        auto record = DocumentSealer::sign(fireNotice(), old, SealClerk, SealCaStart.addMonths(6));
        GD_VERIFY(record);
        record->signedAt = SealCaStart.addYears(1).addDays(1);
        auto signer = Sm2Signer::fromPrivateKeyPem(old.privateKeyPem);
        GD_VERIFY(signer);
        record->signature = signer->sign(record->toBeSigned()).value_or(QByteArray());
        OfficialDocument late = fireNotice();
        late.seal = {.sealed = true, .sealId = old.sealId, .signature = record->toJson()};
        const SealVerification result = verify(late);
        QCOMPARE(result.status, SealStatus::CertificateInvalid);
        QCOMPARE(result.certificateProblem, CertificateProblem::Expired);
        QVERIFY(result.explanation().contains(QStringLiteral("2027-01-01")));
    }

    void anotherOrganisationsSealIsInvalid()
    {
        const SealVerification result = verify(m_sealed, QStringLiteral("gx-lz-luzhai"));
        QCOMPARE(result.status, SealStatus::CertificateInvalid);
        QCOMPARE(result.certificateProblem, CertificateProblem::WrongOrganisation);
    }

    void unreadableAuthorityIsAnError() { QVERIFY(!SealVerifier::verify(m_sealed, "not a certificate")); }
};

QTEST_GUILESS_MAIN(TestSealVerifier)
#include "tst_sealverifier.moc"
