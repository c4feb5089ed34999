// Tests govdesk-cli end to end as a user runs it: real process, real profiles, exit codes, language.
#include "TestProfile.h"
#include "search/SearchService.h"
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

    void severalSearchesPerUnlock()
    {
        const QString good = writeFile(QStringLiteral("good"), "敦煌莫高窟-1987\n");
        const QString id = createProfile(good);
        {
            // Entries as a module would index them, through the same core the CLI uses.
            using namespace GovDesk::Core;
            ProfileRepository profiles(m_dir->filePath(QStringLiteral("profiles")));
            Session session(profiles);
            GD_VERIFY(session.unlock(id, SecureBytes::fromUtf8(u"敦煌莫高窟-1987")));
            GD_VERIFY(session.search().registerType(
                {QStringLiteral("documents"), QStringLiteral("incoming"), QStringLiteral("收文")}));
            GD_VERIFY(session.search().index(
                QList<SearchDocument>{{QStringLiteral("documents"),
                                       QStringLiteral("incoming"),
                                       QStringLiteral("d1"),
                                       QStringLiteral("关于召开全省电子政务工作会议的通知"),
                                       QStringLiteral("请各单位派员参加。"),
                                       {},
                                       QStringLiteral("甘政办发〔2016〕12号")},
                                      {QStringLiteral("documents"),
                                       QStringLiteral("incoming"),
                                       QStringLiteral("d2"),
                                       QStringLiteral("關於做好森林防火工作的通知"),
                                       QStringLiteral("各市、州林業局：請認真落實。"),
                                       {}}}));
        }
        const QString electronic = QStringLiteral("电子政务会议");
        const QString forest = QStringLiteral("森林防火");
        const QString number = QStringLiteral("甘政办发〔2016〕12号");

        // Several positional queries: one block each, under a header.
        CliRun run = cli(
            {QStringLiteral("search"), id, electronic, forest, QStringLiteral("--passphrase-file"), good});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("==> 电子政务会议 <=="));
        QVERIFY(lines.at(1).startsWith(
            QStringLiteral("documents/incoming\td1\t关于召开全省电子政务工作会议的通知\ttitle")));
        QCOMPARE(lines.at(3), QStringLiteral("==> 森林防火 <=="));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("documents/incoming\td2\t")));
        QVERIFY2(run.err.contains(QStringLiteral("1 hit"))
                     && run.err.contains(QStringLiteral("\"森林防火\"")),
                 qPrintable(run.err));

        // A queries file, one a line (blank lines skipped), after the positional ones.
        const QString file = writeFile(QStringLiteral("queries.txt"),
                                       (number + QStringLiteral("\n\n森林防火\r\n")).toUtf8());
        run = cli({QStringLiteral("search"), id, QStringLiteral("电子政务"), QStringLiteral("--queries-file"),
                   file, QStringLiteral("--passphrase-file"), good});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("==> ")), 3);
        QVERIFY(run.out.contains(
            QStringLiteral(
                "==> %1 <==\ndocuments/incoming\td1\t关于召开全省电子政务工作会议的通知\tdocumentNumber\n")
                .arg(number)));

        // Queries on standard input: the passphrase must then come from a file.
        run = cli({QStringLiteral("search"), id, QStringLiteral("--queries-file"), QStringLiteral("-"),
                   QStringLiteral("--passphrase-file"), good},
                  (forest + QStringLiteral("\n") + number + QStringLiteral("\n")).toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("==> ")), 2);
        QVERIFY(run.out.contains(QStringLiteral("\td2\t")));
        run = cli({QStringLiteral("search"), id, QStringLiteral("--queries-file"), QStringLiteral("-")},
                  "敦煌莫高窟-1987\n森林防火\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(run.out.isEmpty());

        // One query, passphrase piped: the output stays as it always was, without a header.
        run = cli({QStringLiteral("search"), id, QStringLiteral("森林防火")}, "敦煌莫高窟-1987\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(
            QStringLiteral("documents/incoming\td2\t關於做好森林防火工作的通知\ttitle\n")));
        QVERIFY(run.err.contains(QStringLiteral("1 hit")));
        QCOMPARE(cli({QStringLiteral("search"), id, QStringLiteral("--passphrase-file"), good}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("search"), id, QStringLiteral("--queries-file"),
                      m_dir->filePath(QStringLiteral("none")), QStringLiteral("--passphrase-file"), good})
                     .exitCode,
                 4);
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
