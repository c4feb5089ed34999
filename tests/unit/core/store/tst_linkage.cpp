// Tests that GovDesk's SQLite is SQLCipher, and that encryption is really on: the binary links
// libsqlcipher and never the plain libsqlite3 (whose symbols would silently shadow the cipher),
// and a profile written through Database leaves no plaintext on disk.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QStringList Titles{
    QStringLiteral("关于做好2014年森林防火工作的通知"),
    QStringLiteral("桂政发〔2014〕12号"),
    QStringLiteral("关于青狮潭水库汛限水位调整的批复"),
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLinkage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    // Writes Chinese rows through Database; leaves the connection open for the caller.
    void writeSample(const SecureBytes &key, std::unique_ptr<Database> &out)
    {
        auto db = Database::open(m_path, key, {.create = true, .checkApplicationId = !key.isEmpty()});
        GD_VERIFY(db);
        GD_VERIFY((*db)->execute(QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, document_number TEXT, title TEXT)")));
        auto tx = Transaction::begin(**db);
        GD_VERIFY(tx);
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (?1, ?2)"));
        GD_VERIFY(insert);
        for (int i = 0; i < 50; ++i) {
            for (const QString &title : Titles) {
                insert->bind(1, QStringLiteral("桂政发〔2014〕%1号").arg(i)).bind(2, title);
                GD_VERIFY(insert->exec());
                insert->reset();
            }
        }
        insert = Statement();
        GD_VERIFY(tx->commit());
        out = std::move(*db);
    }

    static void verifyNoPlaintext(const QByteArray &bytes)
    {
        for (const QString &title : Titles)
            QVERIFY2(!bytes.contains(title.toUtf8()), qPrintable(title));
        QVERIFY(!bytes.contains(QStringLiteral("森林防火").toUtf8()));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!bytes.contains("document_number"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("linkage.gddb"));
    }

    void cleanup()
    {
        m_dir.reset();
    }

    void binaryLinksSqlcipherNotSqlite_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::newRow("a test executable") << QCoreApplication::applicationFilePath();
        QTest::newRow("govdesk-cli") << QStringLiteral(GOVDESK_CLI_PATH);
        QTest::newRow("libgovdesk-core") << QStringLiteral(GOVDESK_CORE_PATH);
    }

    // Every GovDesk binary: a libsqlite3 anywhere in the dependency tree could win the symbol
    // race and silently turn PRAGMA key into a no-op.
    void binaryLinksSqlcipherNotSqlite()
    {
        QFETCH(QString, binary);
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QVERIFY2(!ldd.isEmpty(), "ldd (libc-bin) is part of every Debian system");
        QProcess process;
        process.start(ldd, {binary});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        QVERIFY2(output.contains(QRegularExpression(QStringLiteral("^\\s*libsqlcipher\\.so\\S* => /\\S+"),
                                                    QRegularExpression::MultilineOption)),
                 qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("libsqlite3")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("not found")), qPrintable(output));
    }

    void processMapsSqlcipherNotSqlite()
    {
        // What is really loaded, including anything pulled in at run time.
        auto opened = Database::open(m_path, testKey(), {.create = true});
        GD_VERIFY(opened);
        const QByteArray maps = readAll(QStringLiteral("/proc/self/maps"));
        QVERIFY(!maps.isEmpty());
        QVERIFY(maps.contains("libsqlcipher.so"));
        QVERIFY2(!maps.contains("libsqlite3.so"), "plain SQLite is loaded into the process");
    }

    void sqliteSymbolsResolveToSqlcipher()
    {
        void *libversion = ::dlsym(RTLD_DEFAULT, "sqlite3_libversion");
        QVERIFY(libversion);
        Dl_info info{};
        QVERIFY(::dladdr(libversion, &info) != 0);
        QVERIFY2(QByteArray(info.dli_fname).contains("libsqlcipher"), info.dli_fname);
        // The codec API exists only in SQLCipher builds.
        QVERIFY(::dlsym(RTLD_DEFAULT, "sqlite3_key") != nullptr);
        QVERIFY(::dlsym(RTLD_DEFAULT, "sqlite3_rekey") != nullptr);
    }

    void cipherVersionIsSqlcipher34()
    {
        std::unique_ptr<Database> db;
        writeSample(testKey(), db);
        QVERIFY(db);
        QVERIFY(db->isEncrypted());
        auto version = db->prepare(QStringLiteral("PRAGMA cipher_version"));
        GD_VERIFY(version);
        auto row = version->step();
        GD_VERIFY(row);
        QVERIFY2(*row, "PRAGMA cipher_version returned no row: not SQLCipher");
        const QString text = version->text(0);
        QVERIFY(!text.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.4\\.\\d+")).match(text).hasMatch(), qPrintable(text));

        QCOMPARE(db->queryInt(QStringLiteral("PRAGMA cipher_page_size")).value_or(-1), qint64(Database::PageSize));
        QCOMPARE(db->queryInt(QStringLiteral("PRAGMA page_size")).value_or(-1), qint64(Database::PageSize));
    }

    void encryptedFileHoldsNoPlaintext()
    {
        {
            std::unique_ptr<Database> db;
            writeSample(testKey(), db);
            QVERIFY(db);
            GD_VERIFY(db->checkpoint());
        } // closed
        const QByteArray bytes = readAll(m_path);
        QVERIFY(bytes.size() >= 2 * Database::PageSize);
        QCOMPARE(bytes.size() % Database::PageSize, 0);
        QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(isEncryptedOnDisk(m_path));
        verifyNoPlaintext(bytes);
        // Everything is in the main file: the WAL was truncated by the checkpoint.
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFile(m_path + QStringLiteral("-wal")).size() == 0);

        // And the rows are really there, under the key.
        auto reopened = Database::open(m_path, testKey());
        GD_VERIFY(reopened);
        QCOMPARE((*reopened)->queryInt(QStringLiteral("SELECT count(*) FROM documents")).value_or(-1), qint64(150));
    }

    void walIsEncryptedToo()
    {
        std::unique_ptr<Database> db;
        writeSample(testKey(), db);
        QVERIFY(db);
        // Before a checkpoint the new pages live in the WAL file only.
        const QByteArray wal = readAll(m_path + QStringLiteral("-wal"));
        QVERIFY2(wal.size() > Database::PageSize, qPrintable(QString::number(wal.size())));
        verifyNoPlaintext(wal);
        verifyNoPlaintext(readAll(m_path));
    }

    // Control: the same scan finds the text in an unencrypted file, so the checks above can fail.
    void plainFileShowsPlaintext()
    {
        {
            std::unique_ptr<Database> db;
            writeSample(SecureBytes(), db);
            QVERIFY(db);
            QVERIFY(!db->isEncrypted());
            GD_VERIFY(db->checkpoint());
        }
        const QByteArray bytes = readAll(m_path);
        QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        QVERIFY(!isEncryptedOnDisk(m_path));
        QVERIFY(bytes.contains(Titles.first().toUtf8()));
        QVERIFY(bytes.contains("CREATE TABLE"));
    }
};

QTEST_GUILESS_MAIN(TestLinkage)
#include "tst_linkage.moc"
