// Tests PgConnection against a PostgreSQL server the test starts itself (PostgresFixture): text
// parameters (Chinese, NULL, 64-bit integers) in and out, rows changed, several statements at once,
// and each kind of failure with its error code — a constraint, a mistake in the SQL, a database
// that does not exist, a server that is not there, and one that stops under an open connection.
#include "PostgresFixture.h"
#include "TestProfile.h"
#include "postgres/PgConnection.h"

#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Server;
using namespace GovDesk::Test;

class TestPgConnection : public QObject
{
    Q_OBJECT

private:
    PostgresFixture m_postgres;

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_postgres.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText() + m_postgres.log()));
    }

    void textAndNumbersRoundTrip()
    {
        auto connection = PgConnection::open(m_postgres.uri());
        GD_VERIFY(connection);
        QVERIFY((*connection)->serverVersion() >= 150000);
        GD_VERIFY((*connection)
                      ->execScript(QStringLiteral("CREATE TABLE documents (number TEXT PRIMARY KEY, title "
                                                  "TEXT NOT NULL, seq BIGINT NOT NULL, note TEXT);"
                                                  "CREATE INDEX documents_seq ON documents (seq);")));
        const auto inserted
            = (*connection)
                  ->exec(QStringLiteral(
                             "INSERT INTO documents (number, title, seq, note) VALUES ($1, $2, $3, $4)"),
                         PgParams() << QStringLiteral("琼府〔2026〕3号")
                                    << QStringLiteral("关于做好2026年防汛工作的通知")
                                    << qint64(9007199254740993) << std::nullopt);
        GD_VERIFY(inserted);
        QCOMPARE(inserted->affected(), qint64(1));

        const auto selected
            = (*connection)
                  ->exec(QStringLiteral("SELECT number, title, seq, note FROM documents WHERE number = $1"),
                         PgParams() << QStringLiteral("琼府〔2026〕3号"));
        GD_VERIFY(selected);
        QCOMPARE(selected->rows(), 1);
        QCOMPARE(selected->text(0, 1), QStringLiteral("关于做好2026年防汛工作的通知"));
        QCOMPARE(selected->int64(0, 2), qint64(9007199254740993));
        QVERIFY(selected->isNull(0, 3));
        QVERIFY(!selected->isNull(0, 1));

        const auto updated = (*connection)
                                 ->exec(QStringLiteral("UPDATE documents SET note = $1 WHERE seq > $2"),
                                        PgParams() << QStringLiteral("已签收") << 0);
        GD_VERIFY(updated);
        QCOMPARE(updated->affected(), qint64(1));
        const auto none = (*connection)
                              ->exec(QStringLiteral("SELECT 1 FROM documents WHERE number = $1"),
                                     PgParams() << QStringLiteral("不存在"));
        GD_VERIFY(none);
        QCOMPARE(none->rows(), 0);
    }

    void failuresHaveTheirCodes()
    {
        auto connection = PgConnection::open(m_postgres.uri());
        GD_VERIFY(connection);
        GD_VERIFY((*connection)->execScript(QStringLiteral("CREATE TABLE seals (org TEXT PRIMARY KEY)")));
        GD_VERIFY((*connection)
                      ->exec(QStringLiteral("INSERT INTO seals VALUES ($1)"),
                             PgParams() << QStringLiteral("琼府办")));

        const auto twice = (*connection)
                               ->exec(QStringLiteral("INSERT INTO seals VALUES ($1)"),
                                      PgParams() << QStringLiteral("琼府办"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Core::ErrorCode::Constraint);
        QVERIFY2(twice.error().detail.contains(QStringLiteral("seals_pkey")),
                 qPrintable(twice.error().detail));

        const auto mistake = (*connection)->exec(QStringLiteral("SELEC 1"));
        QVERIFY(!mistake);
        QCOMPARE(mistake.error().code, Core::ErrorCode::Sql);
        // The connection is still usable after an error outside a transaction.
        GD_VERIFY((*connection)->exec(QStringLiteral("SELECT 1")));

        const auto noDatabase = PgConnection::open(m_postgres.uri(QStringLiteral("no_such_database")));
        QVERIFY(!noDatabase);
        QCOMPARE(noDatabase.error().code, Core::ErrorCode::Io);
        QVERIFY2(noDatabase.error().detail.contains(QStringLiteral("no_such_database")),
                 qPrintable(noDatabase.error().detail));
    }

    void preparedStatementsFollowTheSchemaAndSurviveErrors()
    {
        // Queries are prepared once per connection and run as prepared after (PgConnection::exec).
        auto connection = PgConnection::open(m_postgres.uri());
        GD_VERIFY(connection);
        PgConnection &db = **connection;
        const QString count = QStringLiteral("SELECT count(*) FROM receipts WHERE org = $1");
        // Preparing fails while the table is missing; nothing is remembered of it.
        const auto missing = db.exec(count, PgParams() << QStringLiteral("琼府办"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Core::ErrorCode::Sql);
        GD_VERIFY(db.execScript(QStringLiteral("CREATE TABLE receipts (org TEXT NOT NULL)")));
        const QString insert = QStringLiteral("INSERT INTO receipts (org) VALUES ($1)");
        for (int i = 0; i < 7; ++i) // past PostgreSQL's five custom plans: the generic one too
            GD_VERIFY(db.exec(insert, PgParams() << QStringLiteral("琼府办")));
        auto counted = db.exec(count, PgParams() << QStringLiteral("琼府办"));
        GD_VERIFY(counted);
        QCOMPARE(counted->int64(0, 0), qint64(7));

        // A column added, then the table made again: the prepared statements are planned anew.
        GD_VERIFY(db.execScript(QStringLiteral("ALTER TABLE receipts ADD COLUMN signed_at BIGINT")));
        GD_VERIFY(db.exec(insert, PgParams() << QStringLiteral("海口市")));
        GD_VERIFY(
            db.execScript(QStringLiteral("DROP TABLE receipts; CREATE TABLE receipts (org TEXT NOT NULL, "
                                         "note TEXT)")));
        GD_VERIFY(db.exec(insert, PgParams() << QStringLiteral("琼府办")));
        counted = db.exec(count, PgParams() << QStringLiteral("琼府办"));
        GD_VERIFY(counted);
        QCOMPARE(counted->int64(0, 0), qint64(1));

        // A failed transaction rolled back leaves the prepared statements usable.
        GD_VERIFY(db.execScript(QStringLiteral("BEGIN")));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO receipts (org) VALUES (NULL)")));
        GD_VERIFY(db.execScript(QStringLiteral("ROLLBACK")));
        QVERIFY(db.isUsable());
        counted = db.exec(count, PgParams() << QStringLiteral("琼府办"));
        GD_VERIFY(counted);
        QCOMPARE(counted->int64(0, 0), qint64(1));
    }

    void createdDatabasesAreSeparate()
    {
        GD_VERIFY(m_postgres.createDatabase(QStringLiteral("province")));
        auto province = PgConnection::open(m_postgres.uri(QStringLiteral("province")));
        GD_VERIFY(province);
        const auto tables
            = (*province)->exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'seals'"));
        GD_VERIFY(tables);
        QCOMPARE(tables->int64(0, 0), qint64(0));
    }

    // Last: it stops the server.
    void aServerThatGoesAwayIsAnIoError()
    {
        auto connection = PgConnection::open(m_postgres.uri());
        GD_VERIFY(connection);
        const int port = m_postgres.port();
        GD_VERIFY(m_postgres.stop());
        const auto afterStop = (*connection)->exec(QStringLiteral("SELECT 1"));
        QVERIFY(!afterStop);
        QCOMPARE(afterStop.error().code, Core::ErrorCode::Io);

        const auto refused
            = PgConnection::open(QStringLiteral("postgresql://govdesk@127.0.0.1:%1/postgres").arg(port));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Core::ErrorCode::Io);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(refused.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
