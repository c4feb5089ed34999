// Tests Database: opening with a raw key, proving it, and telling failures apart without harm.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;

    // A closed, checkpointed profile-like database holding some Chinese text.
    void createSample(const SecureBytes &key, int rows = 200)
    {
        auto db = Database::open(m_path, key, {.create = true});
        GD_VERIFY(db);
        QVERIFY((*db)->execute(QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")));
        auto tx = Transaction::begin(**db);
        QVERIFY(tx);
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO documents (title) VALUES (:title)"));
        QVERIFY(insert);
        for (int i = 0; i < rows; ++i) {
            insert->bind(":title", QStringLiteral("关于做好2014年森林防火工作的通知（第%1号）").arg(i));
            QVERIFY(insert->exec());
            insert->reset();
        }
        QVERIFY(tx->commit());
        QVERIFY((*db)->checkpoint());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("profile.gddb"));
    }

    void createWriteReopen()
    {
        createSample(testKey());
        auto db = Database::open(m_path, testKey());
        GD_VERIFY(db);
        auto statement = (*db)->prepare(QStringLiteral("SELECT title FROM documents WHERE id = 1"));
        QVERIFY(statement);
        QCOMPARE(statement->step().value(), true);
        QCOMPARE(statement->text(0), QStringLiteral("关于做好2014年森林防火工作的通知（第0号）"));
        QCOMPARE((*db)->queryInt(QStringLiteral("PRAGMA journal_mode = WAL")).has_value(), true);
        QCOMPARE((*db)->queryInt(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
    }

    void fileIsEncryptedOnDisk()
    {
        createSample(testKey());
        QVERIFY(isEncryptedOnDisk(m_path));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(QStringLiteral("森林防火").toUtf8()));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void wrongKeyIsRefusedAndFileUntouched()
    {
        createSample(testKey());
        const QByteArray before = fileSha256(m_path);
        auto db = Database::open(m_path, testKey(0x07));
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(fileSha256(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFile(m_path + QStringLiteral("-wal")).size() == 0);
    }

    void missingFileIsNotCreatedWithoutAsking()
    {
        auto db = Database::open(m_path, testKey());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(m_path));
    }

    void plainSqliteFileIsNotAGovDeskDatabase()
    {
        {
            auto plain = Database::open(m_path, SecureBytes(), {.create = true, .checkApplicationId = false});
            QVERIFY(plain);
            QVERIFY((*plain)->execute(QStringLiteral("CREATE TABLE t (x)")));
        }
        const QByteArray before = fileSha256(m_path);
        auto db = Database::open(m_path, testKey());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotGovDeskDatabase);
        QCOMPARE(fileSha256(m_path), before);
    }

    void foreignEncryptedDatabaseIsRefused()
    {
        {
            auto other = Database::open(m_path, testKey(), {.create = true});
            QVERIFY(other);
            QVERIFY((*other)->execute(QStringLiteral("PRAGMA application_id = 1234; CREATE TABLE t (x)")));
        }
        auto db = Database::open(m_path, testKey());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotGovDeskDatabase);
    }

    void truncatedMidPageIsCorrupt()
    {
        createSample(testKey());
        QVERIFY(truncateFile(m_path, QFile(m_path).size() - 1000));
        const QByteArray before = fileSha256(m_path);
        auto db = Database::open(m_path, testKey());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QCOMPARE(fileSha256(m_path), before);
    }

    void truncatedAtPageBoundaryIsFoundByIntegrityCheck()
    {
        createSample(testKey(), 2000);
        const qint64 size = QFile(m_path).size();
        QVERIFY(size > 4 * Database::PageSize);
        QVERIFY(truncateFile(m_path, size - 2 * Database::PageSize));
        auto db = Database::open(m_path, testKey());
        if (!db) {
            // SQLCipher may notice the short file while proving the key.
            QCOMPARE(db.error().code, ErrorCode::Corrupt);
            return;
        }
        auto problems = (*db)->integrityCheck();
        QVERIFY(problems);
        QVERIFY2(!problems->isEmpty(), "a missing tail must be reported");
    }

    void bitFlipInFirstPageIsRefused()
    {
        createSample(testKey());
        QVERIFY(flipByte(m_path, 100));
        auto db = Database::open(m_path, testKey());
        QVERIFY(!db);
        // Without the profile's key check the store cannot tell this from a wrong key; the
        // session layer refines it (see tst_profilesession).
        QVERIFY(db.error().code == ErrorCode::WrongPassphrase || db.error().code == ErrorCode::Corrupt);
    }

    void bitFlipInLaterPageIsFoundByIntegrityCheck()
    {
        createSample(testKey(), 2000);
        QVERIFY(flipByte(m_path, 3 * Database::PageSize + 700));
        auto db = Database::open(m_path, testKey());
        QVERIFY(db);
        auto problems = (*db)->integrityCheck();
        QVERIFY(problems);
        QVERIFY(!problems->isEmpty());
    }

    void damagedPageIsNamedAsDamageAndStopsEveryWrite()
    {
        createSample(testKey(), 3000);
        QVERIFY(damageMiddlePage(m_path) > 0);
        const QByteArray damaged = fileSha256(m_path);
        {
            auto db = Database::open(m_path, testKey());
            GD_VERIFY(db); // page 1 and the schema are fine
            QVERIFY(!(*db)->isDamaged());
            const QString expected = DamageMark::damageError({}).message;

            auto tx = Transaction::begin(**db, Transaction::Mode::Deferred);
            GD_VERIFY(tx);
            auto scan = (*db)->queryInt(QStringLiteral("SELECT count(title) FROM documents"));
            QVERIFY(!scan);
            QCOMPARE(scan.error().code, ErrorCode::Corrupt);
            QCOMPARE(scan.error().message, expected);
            QVERIFY((*db)->isDamaged());
            // SQLCipher answers the rest of the transaction with a bare SQLITE_ERROR: still damage.
            auto next = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            QVERIFY(!next);
            QCOMPARE(next.error().code, ErrorCode::Corrupt);
            tx->rollback();

            // A write that would not even touch the bad page is refused, by every path.
            auto insert = (*db)->prepare(QStringLiteral("INSERT INTO documents (title) VALUES ('新文件')"));
            GD_VERIFY(insert);
            auto inserted = insert->exec();
            QVERIFY(!inserted);
            QCOMPARE(inserted.error().code, ErrorCode::Corrupt);
            QCOMPARE(inserted.error().message, expected);
            auto executed = (*db)->execute(QStringLiteral("SELECT 1; DELETE FROM documents WHERE id = 1"));
            QVERIFY(!executed);
            QCOMPARE(executed.error().code, ErrorCode::Corrupt);
            auto immediate = Transaction::begin(**db);
            QVERIFY(!immediate);
            QCOMPARE(immediate.error().code, ErrorCode::Corrupt);
            auto checkpointed = (*db)->checkpoint();
            QVERIFY(!checkpointed);
            QCOMPARE(checkpointed.error().code, ErrorCode::Corrupt);
            // Reads that avoid the bad page still work: what can be read stays readable.
            QCOMPARE((*db)->queryInt(QStringLiteral("SELECT title IS NOT NULL FROM documents WHERE id = 1")).value_or(-1), Q_INT64_C(1));
        }
        QCOMPARE(fileSha256(m_path), damaged);
    }

    void damageFoundOnOneConnectionStopsTheWritesOfAll()
    {
        createSample(testKey(), 3000);
        auto ui = Database::open(m_path, testKey(), {.lockProfile = false});
        GD_VERIFY(ui);
        QVERIFY(damageMiddlePage(m_path) > 0);
        const QByteArray damaged = fileSha256(m_path);
        {
            auto worker = Database::open(m_path, testKey(), {.lockProfile = false, .damage = (*ui)->damage()});
            GD_VERIFY(worker);
            auto problems = (*worker)->integrityCheck(Database::CheckDepth::Quick);
            GD_VERIFY(problems);
            QVERIFY(!problems->isEmpty());
            QVERIFY((*worker)->isDamaged());
        }
        QVERIFY((*ui)->isDamaged());
        auto written = (*ui)->execute(QStringLiteral("INSERT INTO documents (title) VALUES ('新文件')"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Corrupt);
        // A new connection for writing is not even opened.
        auto another = Database::open(m_path, testKey(), {.lockProfile = false, .damage = (*ui)->damage()});
        QVERIFY(!another);
        QCOMPARE(another.error().code, ErrorCode::Corrupt);
        ui->reset();
        QCOMPARE(fileSha256(m_path), damaged);
    }

    void aWriteTransactionOpenWhenDamageIsFoundIsNotCommitted()
    {
        createSample(testKey(), 3000);
        QVERIFY(damageMiddlePage(m_path) > 0);
        const QByteArray damaged = fileSha256(m_path);
        {
            auto db = Database::open(m_path, testKey());
            GD_VERIFY(db);
            auto tx = Transaction::begin(**db);
            GD_VERIFY(tx);
            GD_VERIFY((*db)->execute(QStringLiteral("INSERT INTO documents (title) VALUES ('新文件')")));
            QVERIFY(!(*db)->queryInt(QStringLiteral("SELECT count(title) FROM documents")));
            auto committed = tx->commit();
            QVERIFY(!committed);
            QCOMPARE(committed.error().code, ErrorCode::Corrupt);
            QVERIFY(!(*db)->inTransaction());
        }
        QCOMPARE(fileSha256(m_path), damaged);
    }

    void quickCheckOfHealthyFileFindsNothing()
    {
        createSample(testKey(), 3000);
        auto db = Database::open(m_path, testKey());
        GD_VERIFY(db);
        auto problems = (*db)->integrityCheck(Database::CheckDepth::Quick);
        GD_VERIFY(problems);
        QVERIFY(problems->isEmpty());
        QVERIFY(!(*db)->isDamaged());
        GD_VERIFY((*db)->execute(QStringLiteral("INSERT INTO documents (title) VALUES ('新文件')")));
    }

    void secondOpenIsLocked()
    {
        createSample(testKey());
        auto first = Database::open(m_path, testKey());
        QVERIFY(first);
        auto second = Database::open(m_path, testKey());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Locked);
        first->reset();
        auto third = Database::open(m_path, testKey());
        QVERIFY2(third, "the lock is released when the first connection closes");
    }

    // A process killed between creating its lock file and writing its pid into it.
    void ownerlessLockFromACrashIsTakenOver()
    {
        createSample(testKey());
        QFile empty(m_path + QStringLiteral(".lock"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto db = Database::open(m_path, testKey());
        QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
        auto second = Database::open(m_path, testKey());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Locked); // and it is a real lock again
    }

    void diskFullRollsBackAndKeepsData()
    {
        createSample(testKey());
        auto db = Database::open(m_path, testKey());
        QVERIFY(db);
        const qint64 pages = (*db)->queryInt(QStringLiteral("PRAGMA page_count")).value();
        // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does.
        QVERIFY((*db)->execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        auto tx = Transaction::begin(**db);
        QVERIFY(tx);
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO documents (title) VALUES (?1)"));
        QVERIFY(insert);
        Result<> failed;
        for (int i = 0; i < 10000 && failed; ++i) {
            insert->bind(1, QString(200, QChar(0x6587)));
            failed = insert->exec();
            insert->reset();
        }
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::DiskFull);
        QVERIFY(failed.error().message.contains(QStringLiteral("full")));
        tx->rollback();
        QCOMPARE((*db)->queryInt(QStringLiteral("SELECT count(*) FROM documents")).value(), 200);
    }

    void exportWritesAnEncryptedCopyUnderAnotherKey()
    {
        createSample(testKey());
        const QString copy = m_dir->filePath(QStringLiteral("copy.gddb"));
        {
            auto db = Database::open(m_path, testKey());
            QVERIFY(db);
            auto exported = (*db)->exportTo(copy, testKey(0x99));
            GD_VERIFY(exported);
            QCOMPARE((*db)->exportTo(copy, testKey(0x99)).error().code, ErrorCode::AlreadyExists);
        }
        QVERIFY(isEncryptedOnDisk(copy));
        QCOMPARE(Database::open(copy, testKey()).error().code, ErrorCode::WrongPassphrase);
        auto reopened = Database::open(copy, testKey(0x99));
        GD_VERIFY(reopened);
        QCOMPARE((*reopened)->queryInt(QStringLiteral("SELECT count(*) FROM documents")).value(), 200);
        QCOMPARE((*reopened)->queryInt(QStringLiteral("PRAGMA application_id")).value(), Database::ApplicationId);
        QVERIFY((*reopened)->integrityCheck().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
