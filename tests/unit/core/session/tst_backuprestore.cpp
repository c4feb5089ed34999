// Tests backup and restore: a verified single-file backup, and restores that never lose data.
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "session/BackupArchive.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {
SecureBytes passphrase(const char *text = "白日依山尽-黄河入海流")
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

qint64 documentCount(Session &session)
{
    return session.database().queryInt(QStringLiteral("SELECT count(*) FROM documents")).value_or(-1);
}
} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    ProfileMetadata m_profile;
    QString m_archive;

    // A profile with 3 documents and a verified backup of it.
    void makeProfileAndBackup()
    {
        auto created = m_profiles->create({.displayName = QStringLiteral("周芳"),
                                           .organisation = QStringLiteral("东莞市水务局")},
                                          passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profile = *created;
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        GD_VERIFY(session.database().execute(QStringLiteral(
            "CREATE TABLE documents (number TEXT);"
            "INSERT INTO documents VALUES ('东水发〔2014〕3号'), ('东水发〔2014〕4号'), ('东水发〔2014〕5号')")));
        GD_VERIFY(session.backupTo(m_archive));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->filePath(QStringLiteral("profiles")));
        m_archive = m_dir->filePath(QStringLiteral("东莞水务-备份.gdbackup"));
        makeProfileAndBackup();
    }

    void backupIsOneEncryptedFileWithAHeader()
    {
        QVERIFY(QFile::exists(m_archive));
        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("GOVDESK-BACKUP1\n"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("东水发").toUtf8()));
        auto header = BackupArchive::readHeader(m_archive);
        GD_VERIFY(header);
        QCOMPARE(header->profile.id, m_profile.id);
        QCOMPARE(header->profile.organisation, QStringLiteral("东莞市水务局"));
        // Only the archive remains: no snapshot or verification copies next to it.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    }

    void restoreBringsBackTheBackedUpState()
    {
        {
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_profile.id, passphrase()));
            GD_VERIFY(session.database().execute(QStringLiteral("DELETE FROM documents")));
        }
        auto restored = m_profiles->restore(m_archive, passphrase());
        GD_VERIFY(restored);
        QCOMPARE(restored->generation, 2);
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(documentCount(session), 3);
        const auto entries = session.audit().entries().value_or(QList<AuditEntry>{});
        QVERIFY(!entries.isEmpty());
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const AuditEntry &e) { return e.event == AuditEvent::BackupCreated; }));
        QVERIFY(session.audit().verify()->intact);
    }

    void restoreOnAnotherMachineCreatesTheProfile()
    {
        ProfileRepository elsewhere(m_dir->filePath(QStringLiteral("other-machine")));
        auto restored = elsewhere.restore(m_archive, passphrase());
        GD_VERIFY(restored);
        QCOMPARE(restored->displayName, QStringLiteral("周芳"));
        Session session(elsewhere);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(documentCount(session), 3);
    }

    void wrongPassphraseRestoresNothing()
    {
        const QString current = m_profiles->databasePathOf(m_profile);
        const QByteArray before = fileSha256(current);
        auto restored = m_profiles->restore(m_archive, passphrase("错误口令"));
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(fileSha256(current), before);
        QCOMPARE(m_profiles->find(m_profile.id)->generation, 1);
    }

    void damagedBackupIsRefusedAndCurrentDataKept_data()
    {
        QTest::addColumn<qint64>("offsetFromEnd");
        QTest::addColumn<bool>("truncate");
        QTest::newRow("bit flip in the database part") << qint64(5000) << false;
        QTest::newRow("bit flip in the last page") << qint64(10) << false;
        QTest::newRow("truncated") << qint64(4096) << true;
    }

    void damagedBackupIsRefusedAndCurrentDataKept()
    {
        QFETCH(qint64, offsetFromEnd);
        QFETCH(bool, truncate);
        const qint64 size = QFile(m_archive).size();
        if (truncate)
            QVERIFY(truncateFile(m_archive, size - offsetFromEnd));
        else
            QVERIFY(flipByte(m_archive, size - offsetFromEnd));
        const QString current = m_profiles->databasePathOf(m_profile);
        const QByteArray before = fileSha256(current);

        auto restored = m_profiles->restore(m_archive, passphrase());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Corrupt);
        QVERIFY(restored.error().message.contains(QStringLiteral("unchanged")));
        QCOMPARE(fileSha256(current), before);
        QCOMPARE(QDir(m_profiles->directoryOf(m_profile.id)).entryList({QStringLiteral("store-*")}, QDir::Files),
                 QStringList{QStringLiteral("store-1.gddb")});
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(documentCount(session), 3);
    }

    void failedRestoreOverADamagedDescriptionKeepsTheDatabase()
    {
        // With profile.json unreadable, the restore must still not pick the current file's name.
        const QString current = m_profiles->databasePathOf(m_profile);
        const QByteArray before = fileSha256(current);
        QFile description(m_profiles->metadataPathOf(m_profile.id));
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write("{ damaged");
        description.close();
        QVERIFY(flipByte(m_archive, QFile(m_archive).size() - 10));

        auto restored = m_profiles->restore(m_archive, passphrase());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Corrupt);
        QCOMPARE(fileSha256(current), before);
    }

    void notABackupIsRefused()
    {
        const QString bogus = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("会议纪要：不是备份文件");
        file.close();
        auto restored = m_profiles->restore(bogus, passphrase());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::NotGovDeskDatabase);
    }

    void restoreWhileProfileIsOpenIsRefused()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        auto restored = m_profiles->restore(m_archive, passphrase());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
