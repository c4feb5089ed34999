// Tests ProfileRepository: creating, listing, finding and deleting profiles, and the demo profile.
#include "TestProfile.h"
#include "session/ProfileKey.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

class TestProfileRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;

    ProfileMetadata createProfile(const QString &name, const char *passphrase = "正确的口令 2026")
    {
        auto created = m_profiles->create({.displayName = name, .organisation = QStringLiteral("桂林市人民政府办公室"),
                                           .serverUrl = QStringLiteral("https://sync.example.gov.cn")},
                                          SecureBytes::fromUtf8(QString::fromUtf8(passphrase)),
                                          KdfParameters::forTests());
        if (!created)
            qWarning() << created.error().fullText();
        return created.value_or(ProfileMetadata{});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
    }

    void createWritesDescriptionAndEncryptedDatabase()
    {
        const ProfileMetadata profile = createProfile(QStringLiteral("张三"));
        QVERIFY(!profile.id.isEmpty());
        QVERIFY(QFile::exists(m_profiles->metadataPathOf(profile.id)));
        const QString database = m_profiles->databasePathOf(profile);
        QVERIFY(QFile::exists(database));
        QVERIFY(isEncryptedOnDisk(database));
        QCOMPARE(profile.generation, 1);
        QCOMPARE(profile.keyCheck.size(), 32);
        QCOMPARE(QFile::permissions(m_profiles->directoryOf(profile.id)) & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
    }

    void descriptionHoldsNoSecret()
    {
        const ProfileMetadata profile = createProfile(QStringLiteral("张三"), "秘密口令-Guangxi-2014");
        QFile file(m_profiles->metadataPathOf(profile.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(QStringLiteral("秘密口令").toUtf8()));
        QVERIFY(!text.contains("Guangxi-2014"));
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        QCOMPARE(json.value(QStringLiteral("displayName")).toString(), QStringLiteral("张三"));
        QCOMPARE(json.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("algorithm")).toString(),
                 QStringLiteral("argon2id"));
    }

    void listIsMostRecentlyUsedFirst()
    {
        const ProfileMetadata first = createProfile(QStringLiteral("甲"));
        QTest::qWait(5);
        const ProfileMetadata second = createProfile(QStringLiteral("乙"));
        QList<ProfileMetadata> profiles = m_profiles->list();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).id, second.id);

        Session session(*m_profiles);
        GD_VERIFY(session.unlock(first.id, SecureBytes::fromUtf8(QStringLiteral("正确的口令 2026"))));
        session.lock();
        profiles = m_profiles->list();
        QCOMPARE(profiles.at(0).id, first.id);
    }

    void listSkipsForeignFolders()
    {
        createProfile(QStringLiteral("甲"));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("not-a-profile")));
        QFile junk(m_dir->filePath(QStringLiteral("not-a-profile/profile.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ this is not json");
        junk.close();
        QCOMPARE(m_profiles->list().size(), 1);
    }

    void createRefusesEmptyNameAndPassphrase()
    {
        auto noName = m_profiles->create({.displayName = QStringLiteral("  ")}, SecureBytes::copyOf("x"),
                                         KdfParameters::forTests());
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, ErrorCode::InvalidArgument);
        auto noPassphrase = m_profiles->create({.displayName = QStringLiteral("李四")}, SecureBytes(),
                                               KdfParameters::forTests());
        QVERIFY(!noPassphrase);
        QCOMPARE(noPassphrase.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_profiles->list().size(), 0);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
    }

    void findRejectsPathTricks()
    {
        QCOMPARE(m_profiles->find(QStringLiteral("../etc")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_profiles->find(QStringLiteral("missing")).error().code, ErrorCode::NotFound);
    }

    void removeDeletesEverythingButNotWhileUnlocked()
    {
        const ProfileMetadata profile = createProfile(QStringLiteral("王五"));
        {
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(profile.id, SecureBytes::fromUtf8(QStringLiteral("正确的口令 2026"))));
            auto refused = m_profiles->remove(profile.id);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Locked);
        }
        GD_VERIFY(m_profiles->remove(profile.id));
        QVERIFY(!QFileInfo::exists(m_profiles->directoryOf(profile.id)));
        QCOMPARE(m_profiles->remove(profile.id).error().code, ErrorCode::NotFound);
    }

    void demoProfileIsSeparateFlaggedAndResettable()
    {
        const ProfileMetadata regular = createProfile(QStringLiteral("赵六"));
        auto demo = m_profiles->ensureDemo();
        GD_VERIFY(demo);
        QVERIFY(demo->isDemo());
        QVERIFY(demo->serverUrl.isEmpty());
        QVERIFY(m_profiles->databasePathOf(*demo) != m_profiles->databasePathOf(regular));

        {
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(demo->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
            QVERIFY(!session.canSync());
            GD_VERIFY(session.database().execute(QStringLiteral("CREATE TABLE trainer_notes (text TEXT);"
                                                                "INSERT INTO trainer_notes VALUES ('培训记录')")));
        }
        auto reset = m_profiles->resetDemo();
        GD_VERIFY(reset);
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(reset->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
        auto notes = session.database().queryInt(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trainer_notes'"));
        GD_VERIFY(notes);
        QCOMPARE(*notes, 0);
        // The regular profile is untouched by the reset.
        QVERIFY(m_profiles->find(regular.id).has_value());
    }

    void calibratedCreationUsesRealCost()
    {
        // Without explicit parameters the repository calibrates to ~0.5 s at 64 MiB.
        auto created = m_profiles->create({.displayName = QStringLiteral("钱七")},
                                          SecureBytes::fromUtf8(QStringLiteral("口令")));
        GD_VERIFY(created);
        QCOMPARE(created->kdf.memoryKiB, 64u * 1024u);
        QVERIFY(created->kdf.iterations >= 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profilerepository.moc"
