// Tests govdesk-syncd's command line as an administrator uses it: organisations, users and
// passwords (also next to a running server), usage errors, the --demo data set, and linkage.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using GovDesk::Test::SyncServerFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncdCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run syncd(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(SyncServerFixture::syncdPath(), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return syncd(QStringList{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                 QStringLiteral("--argon2-memory-kib"), QStringLiteral("64"),
                                 QStringLiteral("--argon2-iterations"), QStringLiteral("1")}
                         + arguments,
                     input);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(SyncServerFixture::syncdPath()));
    }

    void organisationsAreAddedOnce()
    {
        const Run added = admin({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("gx-lz-water"),
                                 QStringLiteral("柳州市水利局")});
        QCOMPARE(added.exitCode, 0);
        const Run again = admin({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("gx-lz-water"),
                                 QStringLiteral("另一个名字")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
        const Run bad = admin({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("GX LZ"), QStringLiteral("x")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("list")}).out,
                 QStringLiteral("gx-lz-water\t柳州市水利局\n"));
    }

    void usersNeedAnOrganisationAndAPassword()
    {
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("gx-lz-gov"),
                        QStringLiteral("柳州市人民政府办公室")}).exitCode, 0);
        const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("liuyang"), QStringLiteral("--name"),
                              QStringLiteral("刘洋"), QStringLiteral("--org")};
        QCOMPARE(admin(add + QStringList{QStringLiteral("gx-nowhere")}, "long-enough-pw\n").exitCode, 1);
        const Run shortPassword = admin(add + QStringList{QStringLiteral("gx-lz-water")}, "short\n");
        QCOMPARE(shortPassword.exitCode, 1);
        QVERIFY(shortPassword.err.contains(QStringLiteral("at least 8")));
        QCOMPARE(admin(add + QStringList{QStringLiteral("gx-lz-water")}, "").exitCode, 1);
        const Run added = admin(add + QStringList{QStringLiteral("gx-lz-water"), QStringLiteral("--roles"),
                                                  QStringLiteral("clerk,reviewer")},
                                "水位-口令-2026\nsecond line is ignored\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(!added.out.contains(QStringLiteral("水位-口令"))); // never echoed
        QCOMPARE(admin(add + QStringList{QStringLiteral("gx-lz-water")}, "long-enough-pw\n").exitCode, 1);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("list")}).out,
                 QStringLiteral("liuyang\t刘洋\tgx-lz-water\tclerk,reviewer\n"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(syncd({QStringLiteral("org"), QStringLiteral("list")}).exitCode, 2); // no --data
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("remove"), QStringLiteral("x")}).exitCode, 2);
        const Run unknown = admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--verbose")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("--verbose")));
        QCOMPARE(admin({QStringLiteral("serve")}).exitCode, 2); // HTTPS only: no certificate, no server
        const Run help = syncd({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("user passwd")));
    }

    void demoSeedsTrainingData()
    {
        SyncServerFixture server;
        GD_VERIFY(server.setUp({}, {}));
        QCOMPARE(server.stop(), 0);
        GD_VERIFY(server.start({QStringLiteral("--demo")}));

        auto grant = server.signIn(QStringLiteral("chenjing"), QStringLiteral("govdesk-demo"));
        GD_VERIFY(grant);
        QCOMPARE(grant->value(QStringLiteral("user"))[QStringLiteral("organisation")][QStringLiteral("name")].toString(),
                 QStringLiteral("柳州市林业和园林局"));
        const QString token = grant->value(QStringLiteral("accessToken")).toString();
        const QJsonArray changes = server.request("GET", QStringLiteral("/v1/sync/pull"), {}, token)
                                       .json().value(QStringLiteral("changes")).toArray();
        QStringList numbers;
        QStringList collections;
        for (const QJsonValue &change : changes) {
            collections << change[QStringLiteral("collection")].toString();
            numbers << change[QStringLiteral("payload")][QStringLiteral("documentNumber")].toString();
        }
        QVERIFY(numbers.contains(QStringLiteral("柳政办发〔2026〕12号")));  // addressed to forestry
        QVERIFY(!numbers.contains(QStringLiteral("柳政办发〔2026〕15号"))); // to water and Luzhai only
        QVERIFY(numbers.contains(QStringLiteral("柳林园报〔2026〕7号")));   // its own report
        QVERIFY(collections.contains(QStringLiteral("documents.receipt")));
        QVERIFY(!collections.contains(QStringLiteral("water.reading")));

        // Seeding happens once: a restart with --demo keeps what trainees changed.
        QCOMPARE(server.stop(), 0);
        GD_VERIFY(server.start({QStringLiteral("--demo")}));
        QVERIFY(server.log().contains("nothing seeded"));
    }

    void passwordChangeEndsSessionsOfARunningServer()
    {
        SyncServerFixture server;
        GD_VERIFY(server.setUp());
        auto grant = server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        const QString token = grant->value(QStringLiteral("accessToken")).toString();
        QCOMPARE(server.request("GET", QStringLiteral("/v1/sync/pull"), {}, token).status, 200);

        // The admin CLI works next to the running server (no exclusive lock).
        GD_VERIFY(server.admin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("wangfang")},
                               "新的口令-2026-12\n"));
        QCOMPARE(server.request("GET", QStringLiteral("/v1/sync/pull"), {}, token).errorCode(), QStringLiteral("token_invalid"));
        QVERIFY(!server.signIn(QStringLiteral("wangfang")));
        GD_VERIFY(server.signIn(QStringLiteral("wangfang"), QStringLiteral("新的口令-2026-12")));
    }

    void secondServerOnTheSameDataIsRefused()
    {
        SyncServerFixture server;
        GD_VERIFY(server.setUp({}, {}));
        const Run second = syncd({QStringLiteral("--data"), server.dataDirectory(), QStringLiteral("serve"), QStringLiteral("--cert"),
                                  server.certificateFile(), QStringLiteral("--key"), server.keyFile()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.out.isEmpty());
    }

    void linksSqlcipherNeverPlainSqlite()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {SyncServerFixture::syncdPath()});
        QVERIFY(ldd.waitForFinished(10000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libsqlcipher")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libsqlite3")), qPrintable(libraries));
    }
};

QTEST_GUILESS_MAIN(TestSyncdCli)
#include "tst_syncd_cli.moc"
