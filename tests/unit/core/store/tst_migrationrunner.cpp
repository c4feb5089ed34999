// Tests MigrationRunner: ordered, recorded, idempotent migrations per owner; refusal of bad
// lists; a failing migration rolled back completely; profiles from a newer GovDesk refused.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <memory>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Core = QStringLiteral("core");
const QString Hydrology = QStringLiteral("hydrology");

using Log = std::shared_ptr<QStringList>;

// Wraps `migration` so that running it appends "owner:version" to `log`, after its SQL.
Migration logged(Migration migration, const QString &owner, const Log &log)
{
    auto inner = std::move(migration.code);
    const QString entry = owner + QLatin1Char(':') + QString::number(migration.version);
    migration.code = [inner, entry, log](Database &db) -> Result<> {
        log->append(entry);
        return inner ? inner(db) : Result<>{};
    };
    return migration;
}

QList<Migration> coreMigrations(const Log &log, int upTo = 3)
{
    QList<Migration> all{
        {1, QStringLiteral("documents"),
         QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, document_number TEXT NOT NULL UNIQUE,"
                        " title TEXT NOT NULL)")},
        {2, QStringLiteral("issue date, first document"),
         QStringLiteral("ALTER TABLE documents ADD COLUMN issued_on TEXT;"
                        "INSERT INTO documents (document_number, title, issued_on)"
                        " VALUES ('桂政发〔2014〕12号', '关于做好2014年森林防火工作的通知', '2014-02-14')")},
        {3, QStringLiteral("sign-for records"),
         QStringLiteral("CREATE TABLE sign_for (id INTEGER PRIMARY KEY,"
                        " document_id INTEGER NOT NULL REFERENCES documents(id), signed_by TEXT NOT NULL);"
                        "CREATE INDEX sign_for_document ON sign_for (document_id)")},
        {4, QStringLiteral("urgency"), QStringLiteral("ALTER TABLE documents ADD COLUMN urgency TEXT")},
    };
    QList<Migration> wanted;
    for (const Migration &m : all) {
        if (m.version <= upTo)
            wanted << logged(m, Core, log);
    }
    return wanted;
}

QList<Migration> hydrologyMigrations(const Log &log)
{
    return {
        logged({1, QStringLiteral("reservoirs"),
                QStringLiteral("CREATE TABLE reservoirs (name TEXT PRIMARY KEY, flood_limit_level REAL NOT NULL)")},
               Hydrology, log),
        logged({2, QStringLiteral("first reservoir"),
                QStringLiteral("INSERT INTO reservoirs VALUES ('青狮潭水库', 222.0)")},
               Hydrology, log),
    };
}

Migration migration(int version, const QString &sql = QStringLiteral("SELECT 1"))
{
    return {version, QStringLiteral("v%1").arg(version), sql};
}

} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Log m_log;

    bool tableExists(const QString &name)
    {
        auto statement = m_db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?1"));
        if (!statement)
            return false;
        statement->bind(1, name);
        auto row = statement->step();
        return row && *row && statement->int64(0) == 1;
    }

    qint64 queryInt(const QString &sql)
    {
        auto value = m_db->queryInt(sql);
        return value ? *value : -1;
    }

    QString queryText(const QString &sql)
    {
        auto statement = m_db->prepare(sql);
        if (!statement)
            return QStringLiteral("<%1>").arg(statement.error().detail);
        auto row = statement->step();
        return row && *row ? statement->text(0) : QString();
    }

    int version(const QString &owner)
    {
        auto current = MigrationRunner::currentVersion(*m_db, owner);
        return current ? *current : -1;
    }

    QStringList entriesOf(const QString &owner) const
    {
        return m_log->filter(QRegularExpression(QStringLiteral("^%1:").arg(QRegularExpression::escape(owner))));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("migrations.gddb")), testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_log = std::make_shared<QStringList>();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void freshDatabaseIsAtVersionZero()
    {
        QCOMPARE(version(Core), 0);
        QVERIFY(tableExists(QStringLiteral("schema_migrations")));
        MigrationRunner empty;
        QVERIFY(empty.owners().isEmpty());
        GD_VERIFY(empty.run(*m_db));
    }

    void appliesEachOwnerInVersionOrder()
    {
        MigrationRunner runner;
        // Registered out of order: the runner sorts by version.
        QList<Migration> core = coreMigrations(m_log);
        std::reverse(core.begin(), core.end());
        GD_VERIFY(runner.add(Core, core));
        QList<Migration> hydrology = hydrologyMigrations(m_log);
        std::swap(hydrology[0], hydrology[1]);
        GD_VERIFY(runner.add(Hydrology, hydrology));
        QStringList owners = runner.owners();
        owners.sort();
        QCOMPARE(owners, QStringList({Core, Hydrology}));

        GD_VERIFY(runner.run(*m_db));
        QCOMPARE(entriesOf(Core), QStringList({QStringLiteral("core:1"), QStringLiteral("core:2"), QStringLiteral("core:3")}));
        QCOMPARE(entriesOf(Hydrology), QStringList({QStringLiteral("hydrology:1"), QStringLiteral("hydrology:2")}));
        QCOMPARE(m_log->size(), 5);
        // One owner is finished before the next starts.
        const qsizetype firstCore = m_log->indexOf(QStringLiteral("core:1"));
        QVERIFY(firstCore == 0 || firstCore == 2);
        QCOMPARE(m_log->indexOf(QStringLiteral("core:3")), firstCore + 2);

        QCOMPARE(version(Core), 3);
        QCOMPARE(version(Hydrology), 2);
        QCOMPARE(version(QStringLiteral("unknown module")), 0);
        QVERIFY(tableExists(QStringLiteral("sign_for")));
        QCOMPARE(queryText(QStringLiteral("SELECT title FROM documents WHERE issued_on = '2014-02-14'")),
                 QStringLiteral("关于做好2014年森林防火工作的通知"));
        QCOMPARE(queryText(QStringLiteral("SELECT name FROM reservoirs")), QStringLiteral("青狮潭水库"));
    }

    void recordsEachMigration()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, coreMigrations(m_log)));
        GD_VERIFY(runner.add(Hydrology, hydrologyMigrations(m_log)));
        GD_VERIFY(runner.run(*m_db));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        auto rows = m_db->prepare(QStringLiteral(
            "SELECT owner, version, description, applied_at FROM schema_migrations ORDER BY owner, version"));
        GD_VERIFY(rows);
        QStringList seen;
        for (;;) {
            auto row = rows->step();
            GD_VERIFY(row);
            if (!*row)
                break;
            seen << QStringLiteral("%1/%2/%3").arg(rows->text(0)).arg(rows->int64(1)).arg(rows->text(2));
            const QDateTime appliedAt = QDateTime::fromString(rows->text(3), Qt::ISODateWithMs);
            QVERIFY2(appliedAt.isValid(), qPrintable(rows->text(3)));
            QCOMPARE(appliedAt.timeSpec(), Qt::UTC);
            QVERIFY(appliedAt >= before && appliedAt <= after);
        }
        QCOMPARE(seen, QStringList({QStringLiteral("core/1/documents"), QStringLiteral("core/2/issue date, first document"),
                                    QStringLiteral("core/3/sign-for records"), QStringLiteral("hydrology/1/reservoirs"),
                                    QStringLiteral("hydrology/2/first reservoir")}));
        QCOMPARE(queryInt(QStringLiteral("SELECT max(version) FROM schema_migrations WHERE owner = 'core'")), qint64(3));
    }

    void secondRunIsANoOp()
    {
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, coreMigrations(m_log)));
        GD_VERIFY(runner.add(Hydrology, hydrologyMigrations(m_log)));
        GD_VERIFY(runner.run(*m_db));
        const QString stamps = queryText(QStringLiteral("SELECT group_concat(applied_at, '|') FROM schema_migrations"));
        m_log->clear();

        GD_VERIFY(runner.run(*m_db));
        QVERIFY2(m_log->isEmpty(), qPrintable(m_log->join(QLatin1Char(' '))));

        // A new runner (the next start of GovDesk) with the same lists does nothing either.
        MigrationRunner nextStart;
        GD_VERIFY(nextStart.add(Core, coreMigrations(m_log)));
        GD_VERIFY(nextStart.add(Hydrology, hydrologyMigrations(m_log)));
        GD_VERIFY(nextStart.run(*m_db));
        QVERIFY(m_log->isEmpty());

        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(5));
        QCOMPARE(queryText(QStringLiteral("SELECT group_concat(applied_at, '|') FROM schema_migrations")), stamps);
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM documents")), qint64(1));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM reservoirs")), qint64(1));
    }

    void onlyPendingMigrationsRun()
    {
        MigrationRunner older;
        GD_VERIFY(older.add(Core, coreMigrations(m_log, 2)));
        GD_VERIFY(older.run(*m_db));
        QCOMPARE(version(Core), 2);
        m_log->clear();

        MigrationRunner newer;
        GD_VERIFY(newer.add(Core, coreMigrations(m_log, 4)));
        GD_VERIFY(newer.run(*m_db));
        QCOMPARE(*m_log, QStringList({QStringLiteral("core:3"), QStringLiteral("core:4")}));
        QCOMPARE(version(Core), 4);
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM documents")), qint64(1));
    }

    void codeRunsAfterSqlInTheSameTransaction()
    {
        Migration seeded = migration(1, QStringLiteral("CREATE TABLE dictionary (term TEXT PRIMARY KEY, pinyin TEXT)"));
        seeded.code = [](Database &db) -> Result<> {
            // The table from the SQL above exists already.
            auto insert = db.prepare(QStringLiteral("INSERT INTO dictionary VALUES (?1, ?2)"));
            if (!insert)
                return std::unexpected(insert.error());
            insert->bind(1, QStringLiteral("发文字号")).bind(2, QStringLiteral("documentNumber"));
            GD_TRY(insert->exec());
            if (sqlite3_get_autocommit(db.handle()) != 0)
                return fail(ErrorCode::InvalidArgument, QStringLiteral("migration code ran outside a transaction"));
            return {};
        };
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, {seeded}));
        GD_VERIFY(runner.run(*m_db));
        QCOMPARE(queryText(QStringLiteral("SELECT pinyin FROM dictionary WHERE term = '发文字号'")), QStringLiteral("documentNumber"));
    }

    void addRefusesBadLists_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::newRow("gap") << QList<int>{1, 2, 4};
        QTest::newRow("duplicate") << QList<int>{1, 2, 2, 3};
        QTest::newRow("duplicate first") << QList<int>{1, 1};
        QTest::newRow("starts at 2") << QList<int>{2, 3};
        QTest::newRow("starts at 0") << QList<int>{0, 1, 2};
        QTest::newRow("negative") << QList<int>{-1, 1};
    }

    void addRefusesBadLists()
    {
        QFETCH(QList<int>, versions);
        QList<Migration> list;
        for (int v : versions)
            list << migration(v);
        MigrationRunner runner;
        auto added = runner.add(Core, list);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(added.error().message.contains(Core), qPrintable(added.error().message));
        QVERIFY(!runner.owners().contains(Core));
        // The refused list can be corrected and registered.
        GD_VERIFY(runner.add(Core, {migration(1), migration(2)}));
        QCOMPARE(runner.owners(), QStringList({Core}));
    }

    void addRefusesDuplicateOwner()
    {
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, coreMigrations(m_log, 2)));
        auto again = runner.add(Core, {migration(1, QStringLiteral("CREATE TABLE intruder (x)"))});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(again.error().message.contains(Core), qPrintable(again.error().message));
        QCOMPARE(runner.owners(), QStringList({Core}));
        // The first registration stands.
        GD_VERIFY(runner.run(*m_db));
        QCOMPARE(version(Core), 2);
        QVERIFY(!tableExists(QStringLiteral("intruder")));
    }

    void addRefusesEmptyOwner()
    {
        MigrationRunner runner;
        auto added = runner.add(QString(), {migration(1)});
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QVERIFY(runner.owners().isEmpty());
    }

    void failingMigrationLeavesThePreviousVersion_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("codeFails");
        QTest::addColumn<ErrorCode>("expectedCode");
        QTest::addColumn<QString>("expectedDetail");
        const QString createAndWrite = QStringLiteral(
            "CREATE TABLE sign_for (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, signed_by TEXT NOT NULL);"
            "INSERT INTO sign_for (document_id, signed_by) VALUES (1, '林业局办公室');"
            "UPDATE documents SET title = '已被失败的迁移修改';"
            "INSERT INTO documents (document_number, title) VALUES ('桂政发〔2014〕13号', '迁移写入的公文');");
        QTest::newRow("invalid sql after create") << createAndWrite + QStringLiteral("SELEC broken FROM nowhere")
                                                  << false << ErrorCode::Sql << QStringLiteral("syntax error");
        QTest::newRow("constraint after create") << createAndWrite + QStringLiteral(
                                                        "INSERT INTO documents (document_number, title)"
                                                        " VALUES ('桂政发〔2014〕12号', '重复')")
                                                 << false << ErrorCode::Constraint << QStringLiteral("UNIQUE");
        QTest::newRow("code fails after sql") << createAndWrite << true << ErrorCode::Io
                                              << QStringLiteral("seed file unreadable");
    }

    void failingMigrationLeavesThePreviousVersion()
    {
        QFETCH(QString, sql);
        QFETCH(bool, codeFails);
        QFETCH(ErrorCode, expectedCode);
        QFETCH(QString, expectedDetail);

        {
            MigrationRunner atTwo;
            GD_VERIFY(atTwo.add(Core, coreMigrations(m_log, 2)));
            GD_VERIFY(atTwo.run(*m_db));
        }
        m_log->clear();

        Migration broken{3, QStringLiteral("sign-for records"), sql};
        if (codeFails) {
            broken.code = [](Database &db) -> Result<> {
                // Writes more, then fails: all of it must go.
                GD_TRY(db.execute(QStringLiteral("CREATE TABLE code_scratch (x)")));
                return fail(ErrorCode::Io, QStringLiteral("cannot read seed"), QStringLiteral("seed file unreadable"));
            };
        }
        QList<Migration> list = coreMigrations(m_log, 2);
        list << logged(broken, Core, m_log) << coreMigrations(m_log, 4).at(3);
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, list));

        // The log names owner, version and the technical detail.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^migration failed: \"core\" 3 \".*%1")
                                                                  .arg(QRegularExpression::escape(expectedDetail))));
        auto ran = runner.run(*m_db);
        QVERIFY(!ran);
        QCOMPARE(ran.error().code, expectedCode);
        QVERIFY2(ran.error().message.contains(QStringLiteral("\"core\"")), qPrintable(ran.error().message));
        QVERIFY2(ran.error().message.contains(QStringLiteral("version 3")), qPrintable(ran.error().message));
        QVERIFY2(ran.error().detail.contains(expectedDetail), qPrintable(ran.error().detail));

        // Exactly at version 2: nothing of version 3 remains, and version 4 never ran.
        QCOMPARE(*m_log, QStringList({QStringLiteral("core:3")}).mid(0, codeFails ? 1 : 0));
        QVERIFY(sqlite3_get_autocommit(m_db->handle()) != 0);
        QCOMPARE(version(Core), 2);
        QCOMPARE(queryInt(QStringLiteral("SELECT max(version) FROM schema_migrations WHERE owner = 'core'")), qint64(2));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(2));
        QVERIFY(!tableExists(QStringLiteral("sign_for")));
        QVERIFY(!tableExists(QStringLiteral("code_scratch")));
        QVERIFY(!queryText(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'documents'")).contains(QStringLiteral("urgency")));
        QVERIFY(queryText(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'documents'")).contains(QStringLiteral("issued_on")));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM documents")), qint64(1));
        QCOMPARE(queryText(QStringLiteral("SELECT title FROM documents WHERE document_number = '桂政发〔2014〕12号'")),
                 QStringLiteral("关于做好2014年森林防火工作的通知"));
        QCOMPARE(queryText(QStringLiteral("SELECT issued_on FROM documents")), QStringLiteral("2014-02-14"));
        QVERIFY(m_db->integrityCheck().value_or(QStringList{QStringLiteral("error")}).isEmpty());

        // Once fixed, the same profile proceeds from version 2.
        m_log->clear();
        MigrationRunner fixed;
        GD_VERIFY(fixed.add(Core, coreMigrations(m_log, 4)));
        GD_VERIFY(fixed.run(*m_db));
        QCOMPARE(*m_log, QStringList({QStringLiteral("core:3"), QStringLiteral("core:4")}));
        QCOMPARE(version(Core), 4);
        QVERIFY(tableExists(QStringLiteral("sign_for")));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM sign_for")), qint64(0));
    }

    void failureOfOneOwnerKeepsOthersConsistent()
    {
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, coreMigrations(m_log, 2)));
        GD_VERIFY(runner.add(Hydrology, {migration(1, QStringLiteral("CREATE TABLE reservoirs (name TEXT); SELEC"))}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^migration failed: \"hydrology\" 1 ")));
        auto ran = runner.run(*m_db);
        QVERIFY(!ran);
        QVERIFY(ran.error().message.contains(Hydrology));
        // Each migration is its own transaction: core's are kept, hydrology's is undone.
        QCOMPARE(version(Core), 2);
        QCOMPARE(version(Hydrology), 0);
        QVERIFY(!tableExists(QStringLiteral("reservoirs")));
    }

    void newerDatabaseIsRefused()
    {
        {
            MigrationRunner newer;
            GD_VERIFY(newer.add(Core, coreMigrations(m_log, 3)));
            GD_VERIFY(newer.run(*m_db));
        }
        m_log->clear();

        MigrationRunner older;
        GD_VERIFY(older.add(Core, coreMigrations(m_log, 2)));
        auto ran = older.run(*m_db);
        QVERIFY(!ran);
        QCOMPARE(ran.error().code, ErrorCode::NotGovDeskDatabase);
        QVERIFY2(ran.error().message.contains(QStringLiteral("newer GovDesk")), qPrintable(ran.error().message));
        QVERIFY2(ran.error().detail.contains(QStringLiteral("core is at version 3, this build knows 2")),
                 qPrintable(ran.error().detail));
        QVERIFY(m_log->isEmpty());
        QCOMPARE(version(Core), 3);
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(3));
    }

    // A module's migration may build on core's tables (an index, a trigger, seed rows). Owners
    // therefore have to run in the order they were registered (core first), whatever their names.
    void ownersRunInRegistrationOrder()
    {
        MigrationRunner runner;
        GD_VERIFY(runner.add(Core, coreMigrations(m_log, 2)));
        GD_VERIFY(runner.add(QStringLiteral("archive"),
                             {logged(migration(1, QStringLiteral("CREATE INDEX archive_by_issue_date ON documents (issued_on)")),
                                     QStringLiteral("archive"), m_log)}));
        auto ran = runner.run(*m_db);
        QVERIFY(ran.has_value());
        QCOMPARE(*m_log, QStringList({QStringLiteral("core:1"), QStringLiteral("core:2"), QStringLiteral("archive:1")}));
    }
};

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
