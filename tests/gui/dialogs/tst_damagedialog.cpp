// Tests the damaged-profile path of the shell: unlocking a profile with an overwritten page through
// the profile dialog shows DamageDialog (nothing written to the file), and its restore action brings
// the last backup back so that the profile unlocks again.
#include "DamageDialog.h"
#include "DialogTestSupport.h"
#include "ProfileDialog.h"
#include "TestProfile.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;
using namespace GovDesk::Test;

namespace {

const QString Passphrase = QStringLiteral("柳州市防汛抗旱指挥部-2026");

QString dialogText(const char *source)
{
    return QCoreApplication::translate("GovDesk::Shell::DamageDialog", source);
}

} // namespace

class TestDamageDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    ProfileMetadata m_profile;
    QString m_backup;

    // A profile with notes, backed up, then damaged in the middle of its file.
    void prepareDamagedProfile()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, SecureBytes::fromUtf8(Passphrase)));
        Database &db = session.database();
        GD_VERIFY(db.execute(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        auto tx = Transaction::begin(db);
        GD_VERIFY(tx);
        auto insert = db.prepare(QStringLiteral("INSERT INTO notes (text) VALUES (?1)"));
        GD_VERIFY(insert);
        for (int i = 0; i < 6000; ++i) {
            insert->bind(1, QStringLiteral("柳江水位日报第%1期：柳州站水位82.3米，低于警戒水位。").arg(i));
            GD_VERIFY(insert->exec());
            insert->reset();
        }
        GD_VERIFY(tx->commit());
        GD_VERIFY(db.checkpoint());
        GD_VERIFY(session.backupTo(m_backup));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GovDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_damagedialog"));
        useChineseForScreenshots();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->filePath(QStringLiteral("profiles")));
        auto created = m_profiles->create({.displayName = QStringLiteral("韦秀英"),
                                           .organisation = QStringLiteral("柳州市水利局")},
                                          SecureBytes::fromUtf8(Passphrase), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profile = *created;
        m_backup = m_dir->filePath(QStringLiteral("韦秀英-备份.gdbackup"));
    }

    void unlockingADamagedProfileShowsTheDamageDialogAndRestoresTheBackup()
    {
        prepareDamagedProfile();
        const QString path = m_profiles->databasePathOf(m_profile);
        QVERIFY(damageMiddlePage(path) > 0);
        const QByteArray damaged = fileSha256(path);

        Session session(*m_profiles);
        ProfileDialog profileDialog(*m_profiles, session);
        profileDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profileDialog));
        profileDialog.selectProfile(m_profile.id);
        auto *passphrase = profileDialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QVERIFY(passphrase);
        typeText(passphrase, Passphrase);
        QTest::mouseClick(profileDialog.findChild<QPushButton *>(QStringLiteral("unlock")), Qt::LeftButton);

        DamageDialog *damage = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((damage = profileDialog.findChild<DamageDialog *>()) && damage->isVisible(), 10000);
        QVERIFY(!session.isUnlocked());
        QVERIFY(profileDialog.isVisible()); // not accepted: there is nothing to open
        auto *title = damage->findChild<QLabel *>(QStringLiteral("damageTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), dialogText("The file of the profile \"%1\" is damaged.").arg(QStringLiteral("韦秀英")));
        auto *explanation = damage->findChild<QLabel *>(QStringLiteral("damageExplanation"));
        QVERIFY(explanation);
        QVERIFY(explanation->text().startsWith(dialogText("Part of the file failed its integrity check: a disk error or "
                                                   "another program changed it. GovDesk will not write anything more "
                                                   "to this file, so that the damage does not spread.\n\n"
                                                   "Restore your last backup (a .gdbackup file) to go on working. "
                                                   "The damaged file is kept unchanged until the restored copy has "
                                                   "been checked.")));
        auto *restore = damage->findChild<QPushButton *>(QStringLiteral("restoreBackup"));
        QVERIFY(restore);
        QVERIFY(restore->isEnabled());
        QCOMPARE(restore->text(), dialogText("Restore backup…"));
        QVERIFY(saveScreenshot(damage, QStringLiteral("damage-dialog")));
        QCOMPARE(fileSha256(path), damaged); // refused before anything was written

        // The restore action: the chooser starts in the documents folder; the test answers it.
        QString offeredFolder;
        damage->setFileChooser([&](QWidget *, const QString &folder) {
            offeredFolder = folder;
            return m_backup;
        });
        damage->setPassphrasePrompt([](QWidget *) { return std::optional<QString>(Passphrase); });
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(offeredFolder, DamageDialog::defaultBackupFolder());
        QTRY_VERIFY(!profileDialog.findChild<DamageDialog *>());
        auto *status = profileDialog.findChild<QLabel *>(QStringLiteral("status"));
        QCOMPARE(status->text(), QCoreApplication::translate("GovDesk::Shell::ProfileDialog",
                                                             "The backup was restored and checked. Enter the backup's "
                                                             "passphrase to unlock the profile."));

        typeText(passphrase, Passphrase);
        QTest::mouseClick(profileDialog.findChild<QPushButton *>(QStringLiteral("unlock")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session.isUnlocked(), 10000);
        QCOMPARE(session.database().queryInt(QStringLiteral("SELECT count(*) FROM notes")).value_or(-1), Q_INT64_C(6000));
        QVERIFY(!session.isDamaged());
    }

    void aWrongBackupPassphraseIsShownAndTheDialogStays()
    {
        prepareDamagedProfile();
        QVERIFY(damageMiddlePage(m_profiles->databasePathOf(m_profile)) > 0);
        Session session(*m_profiles);
        DamageDialog dialog(*m_profiles, session, m_profile.displayName, DamageMark::damageError(QStringLiteral("test")));
        dialog.setFileChooser([&](QWidget *, const QString &) { return m_backup; });
        dialog.setPassphrasePrompt([](QWidget *) { return std::optional<QString>(QStringLiteral("错误口令")); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreBackup")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("damageStatus"))->text(),
                 QCoreApplication::translate("SqliteError", "The passphrase is wrong."));
    }
};

QTEST_MAIN(TestDamageDialog)
#include "tst_damagedialog.moc"
