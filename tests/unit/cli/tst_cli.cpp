// Tests govdesk-cli end to end as a user runs it: real process, real profiles, exit codes, language.
#include "TestProfile.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/DamageMark.h"
#include "sync/RecordStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    CliRun cli(QStringList arguments, const QByteArray &input = {}, const QString &language = QStringLiteral("en"))
    {
        QProcess process;
        arguments.prepend(m_dir->filePath(QStringLiteral("profiles")));
        arguments.prepend(QStringLiteral("--profiles-dir"));
        arguments << QStringLiteral("--lang") << language;
        process.start(QStringLiteral(GOVDESK_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Creates a profile through the CLI and returns its id.
    QString createProfile(const QString &passphraseFile)
    {
        const CliRun run = cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--name"),
                                QStringLiteral("陈静"), QStringLiteral("--organisation"), QStringLiteral("甘肃省林业厅"),
                                QStringLiteral("--passphrase-file"), passphraseFile});
        if (run.exitCode != 0)
            qWarning() << run.err;
        const QStringList fields = cli({QStringLiteral("profile"), QStringLiteral("list")}).out.split(QLatin1Char('\t'));
        return fields.value(0);
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void versionAndHelp()
    {
        const CliRun version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(GOVDESK_VERSION)));
        const CliRun none = cli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("profile create")));
    }

    void profileLifecycle()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString id = createProfile(good);
        QCOMPARE(id.size(), 8);
        const CliRun list = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("陈静")));
        QVERIFY(list.out.contains(QStringLiteral("甘肃省林业厅")));

        CliRun check = cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good});
        QCOMPARE(check.exitCode, 0);
        // A pipe works as well as a file (scripts); never argv.
        check = cli({QStringLiteral("check"), id}, "敦煌莫高窟-1987\n");
        QCOMPARE(check.exitCode, 0);

        const CliRun refused = cli({QStringLiteral("profile"), QStringLiteral("delete"), id});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--yes")));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("delete"), id, QStringLiteral("--yes")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good}).exitCode, 4);
    }

    void wrongPassphraseExitCodeAndChineseMessage()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString id = createProfile(good);
        const CliRun english = cli({QStringLiteral("check"), id}, "wrong\n");
        QCOMPARE(english.exitCode, 3);
        QVERIFY(english.err.contains(QStringLiteral("The passphrase is wrong.")));
        const CliRun chinese = cli({QStringLiteral("check"), id}, "wrong\n", QStringLiteral("zh_CN"));
        QCOMPARE(chinese.exitCode, 3);
        QVERIFY2(chinese.err.contains(QStringLiteral("口令错误")), qPrintable(chinese.err));
    }

    void backupRestoreRekeyAuditAndSearch()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString next = writeFile(QStringLiteral("next"), "祁连山-2026\n");
        const QString id = createProfile(good);
        const QString archive = m_dir->filePath(QStringLiteral("backup.gdbackup"));

        QCOMPARE(cli({QStringLiteral("backup"), id, archive, QStringLiteral("--passphrase-file"), good}).exitCode, 0);
        QVERIFY(QFile::exists(archive));
        QCOMPARE(cli({QStringLiteral("rekey"), id, QStringLiteral("--passphrase-file"), good,
                      QStringLiteral("--new-passphrase-file"), next}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), next}).exitCode, 0);

        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("verify"), id, QStringLiteral("--passphrase-file"), next});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains(QStringLiteral("intact")));

        // The backup still carries the old passphrase; restoring it brings that back.
        QCOMPARE(cli({QStringLiteral("restore"), archive, QStringLiteral("--passphrase-file"), next}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("restore"), archive, QStringLiteral("--passphrase-file"), good}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good}).exitCode, 0);

        const CliRun search = cli({QStringLiteral("search"), id, QStringLiteral("森林防火"), QStringLiteral("--passphrase-file"), good});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.err.contains(QStringLiteral("0 hit")));
    }

    void damagedBackupIsRefusedWithExitCode()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString id = createProfile(good);
        const QString archive = m_dir->filePath(QStringLiteral("backup.gdbackup"));
        QCOMPARE(cli({QStringLiteral("backup"), id, archive, QStringLiteral("--passphrase-file"), good}).exitCode, 0);
        QVERIFY(GovDesk::Test::flipByte(archive, QFile(archive).size() - 100));
        const CliRun restore = cli({QStringLiteral("restore"), archive, QStringLiteral("--passphrase-file"), good});
        QCOMPARE(restore.exitCode, 5);
        QVERIFY(restore.err.contains(QStringLiteral("unchanged")));
    }

    void damagedProfileIsNamedAsDamageAndNeverWritten()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString id = createProfile(good);
        QCOMPARE(id.size(), 8);
        QString path;
        {
            // Data as a module writes it, so that the middle of the file holds records.
            using namespace GovDesk::Core;
            ProfileRepository profiles(m_dir->filePath(QStringLiteral("profiles")));
            Session session(profiles);
            GD_VERIFY(session.unlock(id, SecureBytes::fromUtf8(QStringLiteral("敦煌莫高窟-1987"))));
            auto tx = Transaction::begin(session.database());
            GD_VERIFY(tx);
            for (int i = 0; i < 400; ++i) {
                const QString title = QStringLiteral("关于做好%1年森林防火工作的通知").arg(2000 + i);
                GD_VERIFY(session.records().put(QStringLiteral("documents"), QString::number(i),
                                                {{QStringLiteral("title"), title},
                                                 {QStringLiteral("body"), QStringLiteral("甘肃省林业厅各市州林业局：").repeated(40)}}));
            }
            GD_VERIFY(tx->commit());
            path = profiles.databasePathOf(session.profile());
        }
        QCOMPARE(cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good}).exitCode, 0);
        QVERIFY(GovDesk::Test::damageMiddlePage(path) > 0);
        const QByteArray damaged = GovDesk::Test::fileSha256(path);
        const QString message = GovDesk::Core::DamageMark::damageError({}).message;

        const QList<QStringList> commands = {
            {QStringLiteral("check"), id},
            {QStringLiteral("sync"), id, QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:1")},
            {QStringLiteral("search"), id, QStringLiteral("森林防火")},
            {QStringLiteral("audit"), QStringLiteral("verify"), id},
            {QStringLiteral("backup"), id, m_dir->filePath(QStringLiteral("damaged.gdbackup"))},
        };
        for (QStringList command : commands) {
            command << QStringLiteral("--passphrase-file") << good;
            const CliRun run = cli(command);
            QVERIFY2(run.exitCode == 5, qPrintable(command.first() + QLatin1Char(' ') + run.err));
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QCOMPARE(GovDesk::Test::fileSha256(path), damaged);
        }
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("damaged.gdbackup"))));
        const CliRun chinese = cli({QStringLiteral("check"), id, QStringLiteral("--passphrase-file"), good}, {},
                                   QStringLiteral("zh_CN"));
        QCOMPARE(chinese.exitCode, 5);
        QVERIFY2(chinese.err.contains(QStringLiteral("已损坏")), qPrintable(chinese.err));
        QCOMPARE(GovDesk::Test::fileSha256(path), damaged);
    }

    void demoReset()
    {
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("reset")}).exitCode, 0);
        const CliRun list = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(list.out.startsWith(QStringLiteral("demo\t")));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("demo")}, "govdesk-demo\n").exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
