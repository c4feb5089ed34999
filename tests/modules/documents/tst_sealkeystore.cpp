// Tests SealKeyStore on a real encrypted profile: the answer of GET /v1/seal is checked, kept in
// the profile's settings inside the SQLCipher database (not in plaintext on disk), read back after
// a lock and unlock, and signs a document that then verifies.
#include "DocumentSamples.h"
#include "SealSamples.h"
#include "SealVerifier.h"
#include "TestProfile.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {
const QString Passphrase = QStringLiteral("柳州-公文-2026");
const QDateTime Now = SealCaStart.addDays(40);

QJsonObject serverAnswer(const SealKeyMaterial &key)
{
    return {{"sealId", key.sealId},
            {"sealName", key.sealName},
            {"organisation", key.organisationId},
            {"certificate", QString::fromLatin1(key.certificatePem)},
            {"privateKey", QString::fromLatin1(key.privateKeyPem)},
            {"authorityCertificate", QString::fromLatin1(key.authorityCertificatePem)},
            {"distinguishingId", "1234567812345678"}};
}
} // namespace

class TestSealKeyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    ObjectPool m_pool;
    std::unique_ptr<ModuleContext> m_context;
    QString m_profileId;
    Sm2Credential m_authority;
    SealKeyMaterial m_key;

    void openContext()
    {
        ModuleMetadata metadata;
        metadata.id = QStringLiteral("documents");
        m_context = std::make_unique<ModuleContext>(metadata, *m_session, m_pool);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authority = sealAuthority();
        m_key = officeSeal(m_authority);
        m_profiles = std::make_unique<ProfileRepository>(m_dir.path());
        auto profile = m_profiles->create(
            {.displayName = QStringLiteral("张伟"), .organisation = QStringLiteral("柳州市人民政府办公室")},
            SecureBytes::fromUtf8(Passphrase), KdfParameters::forTests());
        GD_VERIFY(profile);
        m_profileId = profile->id;
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(m_profileId, SecureBytes::fromUtf8(Passphrase)));
        openContext();
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_session.reset();
    }

    void acceptsACompleteAnswer()
    {
        auto material = SealKeyStore::fromServerAnswer(serverAnswer(m_key), Now);
        GD_VERIFY(material);
        QCOMPARE(material->sealId, m_key.sealId);
        QCOMPARE(material->privateKeyPem, m_key.privateKeyPem);
    }

    void refusesABrokenAnswer()
    {
        QJsonObject missing = serverAnswer(m_key);
        missing.remove("privateKey");
        QVERIFY(!SealKeyStore::fromServerAnswer(missing, Now));

        QJsonObject mismatched = serverAnswer(m_key);
        mismatched.insert("privateKey", QString::fromLatin1(officeSeal(m_authority).privateKeyPem));
        auto refused = SealKeyStore::fromServerAnswer(mismatched, Now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Crypto);

        QJsonObject foreign = serverAnswer(m_key);
        foreign.insert("authorityCertificate", QString::fromLatin1(sealAuthority().certificatePem));
        QVERIFY(!SealKeyStore::fromServerAnswer(foreign, Now));
        QVERIFY(!SealKeyStore::fromServerAnswer(serverAnswer(m_key), SealCaStart.addYears(3))); // expired
    }

    void storedOnlyInsideTheEncryptedProfile()
    {
        auto none = SealKeyStore::load(m_context->database());
        GD_VERIFY(none);
        QVERIFY(!none->has_value());
        GD_VERIFY(SealKeyStore::store(m_context->database(), m_key));

        // Lock and unlock: the seal comes back from the database.
        m_context.reset();
        m_session->lock();
        GD_VERIFY(m_session->unlock(m_profileId, SecureBytes::fromUtf8(Passphrase)));
        openContext();
        auto loaded = SealKeyStore::load(m_context->database());
        GD_VERIFY(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->privateKeyPem, m_key.privateKeyPem);
        QCOMPARE((*loaded)->certificatePem, m_key.certificatePem);
        QCOMPARE(SealKeyStore::authority(m_context->database()).value_or(QByteArray()), m_authority.certificatePem);

        // No file of the profile holds the key's text.
        m_context.reset();
        m_session->lock();
        const QByteArray needle = m_key.privateKeyPem.mid(40, 32);
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(needle), qPrintable(file.fileName()));
        }
        GD_VERIFY(m_session->unlock(m_profileId, SecureBytes::fromUtf8(Passphrase)));
        openContext();
    }

    void theStoredKeySealsAndTheStoredAuthorityVerifies()
    {
        auto loaded = SealKeyStore::load(m_context->database());
        GD_VERIFY(loaded);
        QVERIFY(loaded->has_value());
        auto sealed = DocumentSealer::seal(fireNotice(), **loaded, SealClerk, Now);
        GD_VERIFY(sealed);
        auto authority = SealKeyStore::authority(m_context->database());
        GD_VERIFY(authority);
        auto verification = SealVerifier::verify(*sealed, *authority, QStringLiteral("gx-lz-gov"));
        GD_VERIFY(verification);
        QCOMPARE(verification->status, SealStatus::Valid);
    }

    void forgetRemovesTheKeyButKeepsTheAuthority()
    {
        GD_VERIFY(SealKeyStore::forget(m_context->database()));
        auto loaded = SealKeyStore::load(m_context->database());
        GD_VERIFY(loaded);
        QVERIFY(!loaded->has_value());
        QCOMPARE(SealKeyStore::authority(m_context->database()).value_or(QByteArray()), m_authority.certificatePem);
        QVERIFY(!SealKeyStore::storeAuthority(m_context->database(), "not a certificate"));
    }
};

QTEST_GUILESS_MAIN(TestSealKeyStore)
#include "tst_sealkeystore.moc"
