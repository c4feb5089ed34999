// govdesk-cli's sync commands against the real server: sign-in with the office's CA bundle,
// sync with a summary, sync-status, the "offline" exit code when the server is down, and a TLS
// refusal that names its cause.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "crypto/KeyDerivation.h"
#include "search/SearchService.h"
#include "todo/TodoService.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Passphrase = QStringLiteral("命令行同步-口令");
constexpr int ExitOk = 0;
constexpr int ExitSyncRefused = 10;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QString text() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_profileId;

    QString file(const QString &name, const QString &content)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content.toUtf8() + '\n') < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CliRun cli(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(GOVDESK_CLI_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profiles-dir"),
                        m_dir.filePath(QStringLiteral("profiles")), QStringLiteral("--passphrase-file"),
                        file(QStringLiteral("passphrase.txt"), Passphrase)}
                + arguments);
        CliRun run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("govdesk-cli did not finish: ") + process.errorString();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The profile is only unlocked here while no govdesk-cli runs (one process per profile).
    void write(int count)
    {
        auto profile
            = SyncedProfile::open(m_dir.filePath(QStringLiteral("profiles")), m_profileId, Passphrase);
        GD_VERIFY(profile);
        for (int n = 0; n < count; ++n)
            GD_VERIFY((*profile)->records().put(
                Documents, RecordStore::newRecordId(),
                {{QStringLiteral("title"), QStringLiteral("命令行发文第%1号").arg(n)}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
        // A plain profile with the server address given at creation, as `profile create --server` makes.
        ProfileRepository profiles(m_dir.filePath(QStringLiteral("profiles")));
        auto created = profiles.create(
            {.displayName = QStringLiteral("王芳（命令行）"), .serverUrl = m_server.baseUrl().toString()},
            SecureBytes::fromUtf8(Passphrase), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profileId = created->id;
    }

    void signInThenSync()
    {
        const QString password
            = file(QStringLiteral("password.txt"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        CliRun run = cli({QStringLiteral("--password-file"), password, QStringLiteral("sign-in"), m_profileId,
                          QStringLiteral("wangfang"), QStringLiteral("--ca-bundle"), m_server.caFile()});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("Signed in as 王芳 (wangfang)")), qPrintable(run.text()));

        write(3);
        run = cli({QStringLiteral("sync"), m_profileId});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("Sent 3, already on the server 0, conflicts 0, rejected 0")),
                 qPrintable(run.text()));

        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QCOMPARE(server->count(Documents), 3);
        for (const StoredRecord &record : std::as_const(server->records))
            QCOMPARE(record.revision, 1);

        run = cli({QStringLiteral("sync-status"), m_profileId});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("Pending changes: 0")), qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("wangfang")), qPrintable(run.text()));
    }

    void aSyncFromTheCliLeavesTheModulesProjectionsLevel()
    {
        // The same user on another desktop adds personal items (workbench task records).
        auto desktop = SyncedProfile::create(
            m_dir.filePath(QStringLiteral("desktop")), QStringLiteral("王芳（办公室）"), Passphrase,
            {.serverUrl = m_server.baseUrl(), .caBundlePath = m_server.caFile()});
        GD_VERIFY(desktop);
        auto signedIn = (*desktop)->signIn(QStringLiteral("wangfang"),
                                           QString::fromUtf8(SyncServerFixture::DefaultPassword));
        GD_VERIFY(signedIn);
        QVERIFY(*signedIn);
        for (int n = 1; n <= 4; ++n)
            GD_VERIFY((*desktop)->records().put(
                QStringLiteral("workbench.task"), RecordStore::newRecordId(),
                {{QStringLiteral("title"), QStringLiteral("复核防汛物资台账第%1册").arg(n)},
                 {QStringLiteral("urgency"), 1}}));
        auto pushed = (*desktop)->sync();
        GD_VERIFY(pushed);
        QVERIFY2(pushed->completed(), qPrintable(describe(*pushed)));
        desktop->reset();

        CliRun run = cli({QStringLiteral("sync"), m_profileId});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("received 4")), qPrintable(run.text()));

        // No module is loaded here: the to-dos are what govdesk-cli's projections wrote.
        auto profile
            = SyncedProfile::open(m_dir.filePath(QStringLiteral("profiles")), m_profileId, Passphrase);
        GD_VERIFY(profile);
        QCOMPARE((*profile)->session().todos().openCount({QStringLiteral("workbench")}).value_or(-1), 4);
        auto hits = (*profile)->session().search().search({.text = QStringLiteral("防汛物资")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 4);
    }

    void theServerComingBackWhileTheCliWaitsGetsTheChanges()
    {
        write(2);
        m_server.stop();
        QProcess process;
        process.start(QStringLiteral(GOVDESK_CLI_PATH),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profiles-dir"),
                       m_dir.filePath(QStringLiteral("profiles")), QStringLiteral("--passphrase-file"),
                       m_dir.filePath(QStringLiteral("passphrase.txt")), QStringLiteral("sync"),
                       m_profileId});
        QVERIFY(process.waitForStarted());
        // It cannot connect and says it backs off; meanwhile the server comes back.
        QByteArray errors;
        for (int waited = 0;
             !errors.contains("trying again") && process.state() == QProcess::Running && waited < 300;
             ++waited) {
            process.waitForReadyRead(100);
            errors += process.readAllStandardError();
        }
        QVERIFY2(errors.contains("trying again"), errors.constData());
        GD_VERIFY(m_server.start());
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == ExitOk,
                 qPrintable(out + QString::fromUtf8(errors + process.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("Sent 2, already on the server 0")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("retries 0;")), qPrintable(out));
    }

    void anUnknownAuthorityIsRefusedAndNamed()
    {
        write(1);
        CliRun run = cli(
            {QStringLiteral("sync"), m_profileId, QStringLiteral("--ca-bundle"), m_server.otherCaFile()});
        QVERIFY2(run.exitCode == ExitSyncRefused, qPrintable(run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("unknown certificate authority")), qPrintable(run.text()));
        run = cli({QStringLiteral("sync"), m_profileId, QStringLiteral("--ca-bundle"), m_server.caFile()});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("Sent 1,")), qPrintable(run.text()));
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QCOMPARE(server->count(Documents), 6);
    }

    void aMissingNetworkComponentIsASetupErrorAndLosesNothing()
    {
        // libgovdesk-curl is loaded from the folder of libgovdesk-core when the first sync starts
        // (HttpsTransport). A copy of libgovdesk-core alone in a folder, found first through
        // LD_LIBRARY_PATH, is an installation that lacks it.
        QTemporaryDir broken;
        QVERIFY(QFile::copy(QStringLiteral(GOVDESK_CORE_LIBRARY_PATH),
                            broken.filePath(QStringLiteral("libgovdesk-core.so.0"))));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_LIBRARY_PATH"), broken.path());
        write(1);
        CliRun run
            = cli({QStringLiteral("sync"), m_profileId, QStringLiteral("--ca-bundle"), m_server.caFile()},
                  environment);
        QVERIFY2(run.exitCode != ExitOk, qPrintable(run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("The network component of GovDesk could not be loaded")),
                 qPrintable(run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("libgovdesk-curl")),
                 qPrintable(run.text())); // the detail says which

        // The change waited in the outbox: the next sync, with the component there, sends it.
        run = cli({QStringLiteral("sync"), m_profileId, QStringLiteral("--ca-bundle"), m_server.caFile()});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.text()));
        QVERIFY2(run.out.contains(QStringLiteral("Sent 1,")), qPrintable(run.text()));
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QCOMPARE(server->count(Documents), 7);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
