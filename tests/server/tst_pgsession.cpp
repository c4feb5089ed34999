// Tests PgSession on a PostgreSQL server the test starts itself: the repository's SQL translated
// (?N → $N, UPDATE OR FAIL → UPDATE, literals untouched), a transaction committed or rolled back
// as a whole, the calls of a transaction's work joining it, and a pool shared by many threads.
#include "PostgresFixture.h"
#include "TestProfile.h"
#include "postgres/PgSession.h"
#include "sql/SqlRows.h"

#include <QTest>
#include <QThread>
#include <atomic>

using namespace GovDesk;
using namespace GovDesk::Server;
using namespace GovDesk::Test;

class TestPgSession : public QObject
{
    Q_OBJECT

private:
    PostgresFixture m_postgres;
    std::unique_ptr<PgSession> m_session;

    qint64 count()
    {
        auto n = single<qint64>(*m_session, QStringLiteral("SELECT count(*) FROM receipts"), {},
                                [](const SqlRow &row) { return row.int64(0); });
        return n && *n ? **n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_postgres.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText() + m_postgres.log()));
        auto session = PgSession::open(m_postgres.uri(), 4);
        GD_VERIFY(session);
        m_session = std::move(*session);
        GD_VERIFY(m_session->script(QStringLiteral(
            "CREATE TABLE receipts (office TEXT NOT NULL, number TEXT NOT NULL, state TEXT NOT NULL,"
            " PRIMARY KEY (office, number))")));
    }

    void init() { GD_VERIFY(m_session->run(QStringLiteral("DELETE FROM receipts"))); }

    void translatesTheSharedDialect()
    {
        QCOMPARE(PgSession::translate(QStringLiteral(
                     "UPDATE OR FAIL t SET a = ?1 WHERE b = '?2 UPDATE OR FAIL ' AND c = ?12")),
                 QStringLiteral("UPDATE t SET a = $1 WHERE b = '?2 UPDATE OR FAIL ' AND c = $12"));
        QCOMPARE(PgSession::translate(QStringLiteral("SELECT 'it''s ?1', ?1")),
                 QStringLiteral("SELECT 'it''s ?1', $1"));
    }

    void aTransactionIsAllOrNothing()
    {
        GD_VERIFY(m_session->inTransaction([this]() -> Result<> {
            GD_TRY(done(m_session->run(
                QStringLiteral("INSERT INTO receipts VALUES (?1, ?2, ?3)"),
                {QStringLiteral("琼府办"), QStringLiteral("〔2026〕3号"), QStringLiteral("sent")})));
            // A nested transaction joins this one.
            return m_session->inTransaction([this] {
                return done(m_session->run(QStringLiteral("UPDATE OR FAIL receipts SET state = ?1"),
                                           {QStringLiteral("signed")}));
            });
        }));
        QCOMPARE(count(), qint64(1));

        const auto failed = m_session->inTransaction([this]() -> Result<> {
            GD_TRY(done(m_session->run(
                QStringLiteral("INSERT INTO receipts VALUES (?1, ?2, ?3)"),
                {QStringLiteral("海口市"), QStringLiteral("〔2026〕4号"), QStringLiteral("sent")})));
            // The same key again: the whole transaction goes.
            return done(m_session->run(
                QStringLiteral("INSERT INTO receipts VALUES (?1, ?2, ?3)"),
                {QStringLiteral("琼府办"), QStringLiteral("〔2026〕3号"), QStringLiteral("sent")}));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Core::ErrorCode::Constraint);
        QCOMPARE(count(), qint64(1));
        // The connection that ran it went back to the pool in a usable state.
        for (int i = 0; i < 8; ++i)
            QCOMPARE(count(), qint64(1));
    }

    void manyThreadsShareThePool()
    {
        constexpr int Threads = 8; // more than the pool's four connections
        constexpr int Each = 25;
        std::atomic_int failures{0};
        QList<QThread *> threads;
        for (int t = 0; t < Threads; ++t) {
            threads << QThread::create([this, t, &failures] {
                for (int i = 0; i < Each; ++i) {
                    const auto written = m_session->inTransaction([&] {
                        return done(m_session->run(QStringLiteral("INSERT INTO receipts VALUES (?1, ?2, ?3)"),
                                                   {QStringLiteral("office-%1").arg(t),
                                                    QStringLiteral("%1号").arg(i), QStringLiteral("sent")}));
                    });
                    if (!written)
                        ++failures;
                }
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(count(), qint64(Threads * Each));
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "tst_pgsession.moc"
