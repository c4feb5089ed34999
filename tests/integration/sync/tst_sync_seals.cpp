// Electronic seals reach the profile through the sync run, against the real govdesk-syncd over
// HTTPS on real encrypted profiles: after one sync a signatory's profile holds the organisation's
// seal (valid under the seal CA, its key signing verifiably) and a clerk's only the seal CA; the
// key is nowhere on disk in plain text.
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "crypto/SealCertificate.h"
#include "crypto/SealKeyStore.h"
#include "crypto/Sm2Signature.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Passphrase = QStringLiteral("用印-柳州-2026");

QList<SyncServerFixture::User> usersWithASignatory()
{
    QList<SyncServerFixture::User> users = SyncServerFixture::defaultUsers();
    users.append({QStringLiteral("zhangwei"),
                  QStringLiteral("张伟"),
                  QStringLiteral("gx-lz-gov"),
                  {QStringLiteral("leader"), QStringLiteral("signer")},
                  QString::fromUtf8(SyncServerFixture::DefaultPassword)});
    // A signatory of an organisation that has no seal issued.
    users.append({QStringLiteral("lijun"),
                  QStringLiteral("李军"),
                  QStringLiteral("gx-lz-luzhai"),
                  {QStringLiteral("signer")},
                  QString::fromUtf8(SyncServerFixture::DefaultPassword)});
    return users;
}

} // namespace

class TestSyncSeals : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<SyncedProfile> profileOf(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.filePath(user), user, Passphrase,
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

    // True when some file under `directory` holds `text` as it is (not encrypted).
    static bool anyFileHolds(const QString &directory, const QByteArray &text)
    {
        QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp(SyncServerFixture::defaultOrganisations(), usersWithASignatory()));
        GD_VERIFY(
            m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), QStringLiteral("gx-lz-gov")}));
    }

    void aSignatorysProfileHoldsTheSealAfterASync()
    {
        auto signer = profileOf(QStringLiteral("zhangwei"));
        QVERIFY(signer);
        auto summary = signer->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QVERIFY(summary->sealAuthorityStored);
        QVERIFY(summary->sealKeyStored);

        // Read back on the UI's connection, where the 公文 module reads it.
        auto key = SealKeyStore::load(signer->session().database());
        GD_VERIFY(key);
        QVERIFY(key->has_value());
        const SealKeyMaterial &seal = **key;
        QCOMPARE(seal.organisationId, QStringLiteral("gx-lz-gov"));
        QCOMPARE(seal.sealName, QStringLiteral("柳州市人民政府办公室"));
        auto authority = SealKeyStore::authority(signer->session().database());
        GD_VERIFY(authority);
        QCOMPARE(*authority, seal.authorityCertificatePem);
        auto check = SealCertificate::check(seal.certificatePem, *authority, QDateTime::currentDateTimeUtc());
        GD_VERIFY(check);
        QVERIFY2(check->isValid(), qPrintable(check->detail));
        auto signing = Sm2Signer::fromPrivateKeyPem(seal.privateKeyPem);
        GD_VERIFY(signing);
        const QByteArray message = QStringLiteral("柳政办发〔2026〕1号").toUtf8();
        auto signature = signing->sign(message);
        GD_VERIFY(signature);
        auto verifier = Sm2Verifier::fromCertificatePem(seal.certificatePem);
        GD_VERIFY(verifier);
        QVERIFY(verifier->verify(message, *signature).value_or(false));

        // Only inside the encrypted profile.
        signer->lock();
        QVERIFY(!anyFileHolds(m_dir.filePath(QStringLiteral("zhangwei")), "PRIVATE KEY"));
        QVERIFY(!anyFileHolds(m_dir.filePath(QStringLiteral("zhangwei")), seal.privateKeyPem.mid(40, 32)));
    }

    void aClerksProfileHoldsOnlyTheSealAuthority()
    {
        auto clerk = profileOf(QStringLiteral("wangfang"));
        QVERIFY(clerk);
        auto summary = clerk->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QVERIFY(summary->sealAuthorityStored);
        QVERIFY(!summary->sealKeyStored);
        auto authority = SealKeyStore::authority(clerk->session().database());
        GD_VERIFY(authority);
        QVERIFY(authority->contains("BEGIN CERTIFICATE"));
        auto key = SealKeyStore::load(clerk->session().database());
        GD_VERIFY(key);
        QVERIFY(!key->has_value());
    }

    void anOrganisationWithoutASealIsNoError()
    {
        // 鹿寨县人民政府 has no seal issued: its signatory's run completes (404 is an answer), the CA
        // still arrives.
        auto county = profileOf(QStringLiteral("lijun"));
        QVERIFY(county);
        auto summary = county->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QVERIFY(summary->sealAuthorityStored);
        QVERIFY(!summary->sealKeyStored);
        QVERIFY(summary->sealProblem.isEmpty());
        auto key = SealKeyStore::load(county->session().database());
        GD_VERIFY(key);
        QVERIFY(!key->has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncSeals)
#include "tst_sync_seals.moc"
