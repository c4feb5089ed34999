// Tests Transaction: commit, rollback by destructor or explicitly, errors inside, nesting,
// double commit, and Deferred vs Immediate locking between two connections.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/SqliteError.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

#include <utility>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

constexpr int ShortBusyTimeoutMs = 100;

qint64 documentCount(Database &db)
{
    auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM documents"));
    return n ? *n : -1;
}

bool inTransaction(const Database &db)
{
    return sqlite3_get_autocommit(db.handle()) == 0;
}

Result<> insertDocument(Database &db, const QString &number, const QString &title)
{
    auto insert = db.prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (?1, ?2)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, number).bind(2, title);
    return insert->exec();
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db; // connection A, holds the profile lock

    // Connection B on the same file, as another thread of the same process would have.
    std::unique_ptr<Database> openSecondConnection()
    {
        auto second = Database::open(m_path, testKey(), {.lockProfile = false});
        if (!second) {
            qWarning() << second.error().fullText();
            return {};
        }
        sqlite3_busy_timeout((*second)->handle(), ShortBusyTimeoutMs);
        return std::move(*second);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("transaction.gddb"));
        auto db = Database::open(m_path, testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        GD_VERIFY(m_db->execute(QStringLiteral(
            "CREATE TABLE issuers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
            "CREATE TABLE documents (id INTEGER PRIMARY KEY, document_number TEXT NOT NULL UNIQUE, title TEXT,"
            " issuer_id INTEGER REFERENCES issuers(id) DEFERRABLE INITIALLY DEFERRED);"
            "INSERT INTO issuers (id, name) VALUES (1, '广西壮族自治区人民政府');")));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void commitPersists()
    {
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            QVERIFY(inTransaction(*m_db));
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕13号"), QStringLiteral("关于加强汛期安全管理的通知")));
            GD_VERIFY(tx->commit());
            QVERIFY(!inTransaction(*m_db));
        } // the destructor after commit must not roll anything back
        QCOMPARE(documentCount(*m_db), qint64(2));

        auto second = openSecondConnection();
        QVERIFY(second);
        QCOMPARE(documentCount(*second), qint64(2));
        second.reset();

        m_db.reset();
        auto reopened = Database::open(m_path, testKey());
        GD_VERIFY(reopened);
        QCOMPARE(documentCount(**reopened), qint64(2));
    }

    void destructorWithoutCommitRollsBack()
    {
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
            QCOMPARE(documentCount(*m_db), qint64(1)); // visible inside
        }
        QVERIFY(!inTransaction(*m_db));
        QCOMPARE(documentCount(*m_db), qint64(0));
        // The connection is usable for the next transaction.
        auto next = Transaction::begin(*m_db);
        GD_VERIFY(next);
        GD_VERIFY(next->commit());
    }

    void explicitRollback()
    {
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕1号"), QStringLiteral("已有公文")));
        auto tx = Transaction::begin(*m_db);
        GD_VERIFY(tx);
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        GD_VERIFY(m_db->execute(QStringLiteral("UPDATE documents SET title = '已修改' WHERE document_number = '桂政发〔2014〕1号'")));
        tx->rollback();
        QVERIFY(!inTransaction(*m_db));
        QCOMPARE(documentCount(*m_db), qint64(1));
        auto title = m_db->prepare(QStringLiteral("SELECT title FROM documents"));
        GD_VERIFY(title);
        auto stepped = title->step();
        GD_VERIFY(stepped);
        QCOMPARE(title->text(0), QStringLiteral("已有公文"));
        title = Statement();

        tx->rollback(); // a second rollback is a no-op
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕14号"), QStringLiteral("autocommit after rollback")));
        QCOMPARE(documentCount(*m_db), qint64(2));
    }

    void failingStatementThenDestructorPersistsNothing()
    {
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
            auto duplicate = insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("重复的发文字号"));
            QVERIFY(!duplicate);
            QCOMPARE(duplicate.error().code, ErrorCode::Constraint);
            // SQLite undid only the failing statement; the transaction is still open …
            QVERIFY(inTransaction(*m_db));
        } // … until the destructor rolls it back as a whole.
        QVERIFY(!inTransaction(*m_db));
        QCOMPARE(documentCount(*m_db), qint64(0));
    }

    void nestedBeginIsASavepointThatJoinsTheOuterTransaction()
    {
        auto outer = Transaction::begin(*m_db);
        GD_VERIFY(outer);
        QVERIFY(!outer->isNested());
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        {
            auto rolledBack = Transaction::begin(*m_db, Transaction::Mode::Deferred);
            GD_VERIFY(rolledBack);
            QVERIFY(rolledBack->isNested());
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕13号"), QStringLiteral("关于加强汛期安全管理的通知")));
            QCOMPARE(documentCount(*m_db), qint64(2));
        } // the inner rollback undoes only its own insert …
        QVERIFY(inTransaction(*m_db));
        QCOMPARE(documentCount(*m_db), qint64(1));
        {
            auto committed = Transaction::begin(*m_db);
            GD_VERIFY(committed);
            GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕14号"), QStringLiteral("关于印发电子政务标准的通知")));
            GD_VERIFY(committed->commit());
        }
        QVERIFY(inTransaction(*m_db)); // … and an inner commit does not end the outer transaction
        outer->rollback();
        QCOMPARE(documentCount(*m_db), qint64(0)); // the outer rollback takes the inner commit with it
    }

    void commitTwiceReturnsAnError()
    {
        auto tx = Transaction::begin(*m_db);
        GD_VERIFY(tx);
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        GD_VERIFY(tx->commit());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^GD_CHECK failed: \"m_db\" in .*Transaction\\.cpp:\\d+$")));
        auto again = tx->commit();
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        tx->rollback(); // after a commit: must not undo it
        QCOMPARE(documentCount(*m_db), qint64(1));
    }

    void commitAfterRollbackReturnsAnError()
    {
        auto tx = Transaction::begin(*m_db);
        GD_VERIFY(tx);
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        tx->rollback();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^GD_CHECK failed")));
        auto committed = tx->commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(documentCount(*m_db), qint64(0));
    }

    // A deferred foreign key is checked at COMMIT: the failing commit must leave the database
    // as it was before the transaction, not half-open.
    void failedCommitRollsBack()
    {
        auto tx = Transaction::begin(*m_db);
        GD_VERIFY(tx);
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        GD_VERIFY(m_db->execute(QStringLiteral(
            "INSERT INTO documents (document_number, title, issuer_id) VALUES ('桂政发〔2014〕99号', '无效发文机关', 42)")));
        auto committed = tx->commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().code, ErrorCode::Constraint);
        QVERIFY(!inTransaction(*m_db));
        QCOMPARE(documentCount(*m_db), qint64(0));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^GD_CHECK failed")));
        QVERIFY(!tx->commit());
    }

    void moveTransfersOwnership()
    {
        {
            auto begun = Transaction::begin(*m_db);
            GD_VERIFY(begun);
            {
                Transaction moved(std::move(*begun));
                GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
                GD_VERIFY(moved.commit());
            }
            // The moved-from transaction owns nothing: commit reports an error, and its
            // destructor (at the end of this block) rolls nothing back.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^GD_CHECK failed")));
            QVERIFY(!begun->commit());
        }
        QCOMPARE(documentCount(*m_db), qint64(1));
    }

    void immediateBlocksImmediateOnAnotherConnection()
    {
        auto second = openSecondConnection();
        QVERIFY(second);
        auto writerA = Transaction::begin(*m_db, Transaction::Mode::Immediate);
        GD_VERIFY(writerA);

        QElapsedTimer timer;
        timer.start();
        auto writerB = Transaction::begin(*second, Transaction::Mode::Immediate);
        const qint64 waited = timer.elapsed();
        QVERIFY(!writerB);
        QCOMPARE(writerB.error().code, ErrorCode::Busy);
        QCOMPARE(writerB.error().message, SqliteError::messageFor(ErrorCode::Busy));
        QVERIFY2(waited >= ShortBusyTimeoutMs / 2, qPrintable(QString::number(waited))); // it did wait …
        QVERIFY2(waited < 10 * ShortBusyTimeoutMs, qPrintable(QString::number(waited)));  // … for the short timeout only
        QVERIFY(!inTransaction(*second));

        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        GD_VERIFY(writerA->commit());

        // Once A is done, B gets the write lock and sees A's row.
        auto retry = Transaction::begin(*second, Transaction::Mode::Immediate);
        GD_VERIFY(retry);
        QCOMPARE(documentCount(*second), qint64(1));
        GD_VERIFY(insertDocument(*second, QStringLiteral("桂政发〔2014〕13号"), QStringLiteral("关于加强汛期安全管理的通知")));
        GD_VERIFY(retry->commit());
        QCOMPARE(documentCount(*m_db), qint64(2));
    }

    void deferredTakesNoLockUntilItWrites()
    {
        auto second = openSecondConnection();
        QVERIFY(second);
        sqlite3_busy_timeout(m_db->handle(), ShortBusyTimeoutMs);

        auto deferredA = Transaction::begin(*m_db, Transaction::Mode::Deferred);
        GD_VERIFY(deferredA);
        QCOMPARE(documentCount(*m_db), qint64(0)); // reading takes no write lock

        // B can still start an immediate (writing) transaction …
        auto writerB = Transaction::begin(*second, Transaction::Mode::Immediate);
        GD_VERIFY(writerB);
        // … and then A's first write is the one that is refused.
        auto write = insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知"));
        QVERIFY(!write);
        QCOMPARE(write.error().code, ErrorCode::Busy);
        writerB->rollback();

        // B wrote nothing, so A's snapshot is still current and its write now succeeds.
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));
        GD_VERIFY(deferredA->commit());
        QCOMPARE(documentCount(*second), qint64(1));
    }

    void readersAreNotBlockedByAWriter()
    {
        auto second = openSecondConnection();
        QVERIFY(second);
        auto writerA = Transaction::begin(*m_db, Transaction::Mode::Immediate);
        GD_VERIFY(writerA);
        GD_VERIFY(insertDocument(*m_db, QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知")));

        // WAL: B reads the last committed state without waiting, and does not see A's row.
        auto readerB = Transaction::begin(*second, Transaction::Mode::Deferred);
        GD_VERIFY(readerB);
        QCOMPARE(documentCount(*second), qint64(0));
        GD_VERIFY(readerB->commit());

        GD_VERIFY(writerA->commit());
        QCOMPARE(documentCount(*second), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
