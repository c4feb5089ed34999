// Tests Statement: typed binds and columns, named parameters, errors reported at step(), reuse,
// and the invalid (moved-from) state.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/SqliteError.h"
#include "store/Statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

class TestStatement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // Stores one value (bound by `bind` to ?1) in an untyped column and leaves `row` positioned
    // on (v, typeof(v), hex(v), length(v)) of that row, so storage class and bytes can be checked.
    template<typename Bind>
    void storeAndReadBack(Bind bind, Statement &row)
    {
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO cells (v) VALUES (?1)"));
        GD_VERIFY(insert);
        bind(*insert);
        GD_VERIFY(insert->exec());
        auto select = m_db->prepare(QStringLiteral("SELECT v, typeof(v), hex(v), length(v) FROM cells WHERE rowid = ?1"));
        GD_VERIFY(select);
        select->bind(1, m_db->lastInsertRowId());
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        row = std::move(*select);
    }

    qint64 count(const QString &table)
    {
        auto n = m_db->queryInt(QStringLiteral("SELECT count(*) FROM ") + table);
        return n ? *n : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("statement.gddb")), testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        GD_VERIFY(m_db->execute(QStringLiteral(
            "CREATE TABLE cells (v);"
            "CREATE TABLE issuers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
            "CREATE TABLE documents ("
            " id INTEGER PRIMARY KEY,"
            " document_number TEXT UNIQUE,"
            " title TEXT NOT NULL,"
            " issuer_id INTEGER REFERENCES issuers(id),"
            " issued_at INTEGER,"
            " pages INTEGER CHECK (pages IS NULL OR pages > 0),"
            " score REAL,"
            " attachment BLOB);"
            "INSERT INTO issuers (id, name) VALUES (1, '广西壮族自治区人民政府');")));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void int64RoundTrip_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("above int32") << qint64(std::numeric_limits<qint32>::max()) + 1;
        QTest::newRow("below int32") << qint64(std::numeric_limits<qint32>::min()) - 1;
        QTest::newRow("2^53 + 1 (not a double)") << (qint64(1) << 53) + 1;
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }

    void int64RoundTrip()
    {
        QFETCH(qint64, value);
        Statement row;
        storeAndReadBack([&](Statement &s) { s.bind(1, value); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("integer"));
        QCOMPARE(row.int64(0), value);
        QVERIFY(!row.isNull(0));
    }

    void intOverloadBindsAnInteger()
    {
        Statement row;
        storeAndReadBack([](Statement &s) { s.bind(1, 12); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("integer"));
        QCOMPARE(row.int32(0), 12);
        QCOMPARE(row.int64(0), qint64(12));
    }

    void doubleRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("pi") << 3.141592653589793;
        QTest::newRow("flood limit level 84.25 m") << 84.25;
        QTest::newRow("tiny") << 1e-300;
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("max") << std::numeric_limits<double>::max();
        QTest::newRow("lowest") << std::numeric_limits<double>::lowest();
        QTest::newRow("integral 2.0") << 2.0;
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    }

    void doubleRoundTrip()
    {
        QFETCH(double, value);
        Statement row;
        storeAndReadBack([&](Statement &s) { s.bind(1, value); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("real"));
        const double read = row.real(0);
        // Bit-exact, not fuzzy: a stored value must come back unchanged.
        QCOMPARE(std::memcmp(&read, &value, sizeof(double)), 0);
    }

    void nanIsStoredAsNull()
    {
        // SQLite's documented behaviour, pinned here so that callers know NaN does not survive.
        Statement row;
        storeAndReadBack([](Statement &s) { s.bind(1, std::numeric_limits<double>::quiet_NaN()); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("null"));
        QVERIFY(row.isNull(0));
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("codePoints");
        QTest::newRow("document number") << QStringLiteral("桂政发〔2014〕12号") << qint64(12);
        QTest::newRow("title") << QStringLiteral("关于做好2014年森林防火工作的通知") << qint64(18);
        QTest::newRow("emoji") << QStringLiteral("🔥森林防火🌲") << qint64(6);
        QTest::newRow("cjk extension b") << QStringLiteral("𠀀𪚥龘") << qint64(3);
        QTest::newRow("mixed scripts") << QStringLiteral("Überweisung 汛限水位 ≤ 84.25 m") << qint64(26);
        QTest::newRow("single space") << QStringLiteral(" ") << qint64(1);
        QTest::newRow("quotes and sql") << QStringLiteral("'); DROP TABLE documents; --") << qint64(28);
        QTest::newRow("newlines") << QStringLiteral("第一条\r\n第二条\n") << qint64(9);
    }

    void textRoundTrip()
    {
        QFETCH(QString, value);
        QFETCH(qint64, codePoints);
        Statement row;
        storeAndReadBack([&](Statement &s) { s.bind(1, value); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("text"));
        QCOMPARE(row.text(0), value);
        // Stored as proper UTF-8 (surrogate pairs combined, not CESU-8) …
        QCOMPARE(row.text(2).toLatin1(), value.toUtf8().toHex().toUpper());
        // … and SQL sees code points, not UTF-16 units.
        QCOMPARE(row.int64(3), codePoints);
        QVERIFY(count(QStringLiteral("documents")) == 0); // the injection attempt stayed data
    }

    void textWithEmbeddedNul()
    {
        const QString value = QString::fromUtf16(u"桂政\0发", 4);
        Statement row;
        storeAndReadBack([&](Statement &s) { s.bind(1, value); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(0), value);
        QCOMPARE(row.text(0).size(), 4);
    }

    void emptyStringIsNotNull()
    {
        Statement empty;
        storeAndReadBack([](Statement &s) { s.bind(1, QStringLiteral("")); }, empty);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(empty.text(1), QStringLiteral("text"));
        QVERIFY(!empty.isNull(0));
        QVERIFY(empty.text(0).isEmpty());
        QVERIFY(!empty.text(0).isNull());

        Statement null;
        storeAndReadBack([](Statement &s) { s.bind(1, QString()); }, null);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(null.text(1), QStringLiteral("null"));
        QVERIFY(null.isNull(0));
        QVERIFY(null.text(0).isNull());
        QCOMPARE(null.int64(0), qint64(0));
        QVERIFY(null.blob(0).isNull());
    }

    void bindNullByIndexAndName()
    {
        auto select = m_db->prepare(QStringLiteral("SELECT ?1 IS NULL, :title IS NULL, typeof(:title)"));
        GD_VERIFY(select);
        select->bind(1, 5).bind(":title", QStringLiteral("通知"));
        select->bindNull(1).bindNull(":title");
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        QCOMPARE(select->int64(0), qint64(1));
        QCOMPARE(select->int64(1), qint64(1));
        QCOMPARE(select->text(2), QStringLiteral("null"));
    }

    void blobRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("zero bytes") << QByteArray("\x00\x00\x01\x00", 4);
        QTest::newRow("single zero") << QByteArray(1, '\0');
        QTest::newRow("all byte values") << [] {
            QByteArray all(256, Qt::Uninitialized);
            for (int i = 0; i < 256; ++i)
                all[i] = static_cast<char>(i);
            return all;
        }();
        QTest::newRow("utf-8 text as bytes") << QStringLiteral("关于做好2014年森林防火工作的通知").toUtf8();
        QTest::newRow("larger than a page") << QByteArray(3 * Database::PageSize + 17, '\xA5');
    }

    void blobRoundTrip()
    {
        QFETCH(QByteArray, value);
        Statement row;
        storeAndReadBack([&](Statement &s) { s.bind(1, value); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("blob"));
        QCOMPARE(row.int64(3), qint64(value.size()));
        QCOMPARE(row.blob(0), value);
    }

    void nullBlobBindsNull()
    {
        Statement row;
        storeAndReadBack([](Statement &s) { s.bind(1, QByteArray()); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("null"));
        QVERIFY(row.blob(0).isNull());
    }

    // As for text, an empty value is not a missing one: an empty attachment read and written
    // back must stay an empty blob.
    void emptyBlobIsNotNull()
    {
        Statement row;
        storeAndReadBack([](Statement &s) { s.bind(1, QByteArray("")); }, row);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(row.text(1), QStringLiteral("blob"));
        QVERIFY(!row.isNull(0));
        const QByteArray read = row.blob(0);
        QVERIFY(read.isEmpty());
        QVERIFY(!read.isNull());

        Statement copied;
        storeAndReadBack([&](Statement &s) { s.bind(1, read); }, copied);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(copied.text(1), QStringLiteral("blob"));
    }

    void namedParameters()
    {
        auto insert = m_db->prepare(QStringLiteral(
            "INSERT INTO documents (document_number, title, issuer_id, issued_at, pages, score, attachment)"
            " VALUES (:number, :title, :issuer, :issued, :pages, :score, :attachment)"));
        GD_VERIFY(insert);
        // Bound in another order than they appear.
        insert->bind(":attachment", QByteArray("%PDF-1.4\x00\x01", 10))
            .bind(":title", QStringLiteral("关于做好2014年森林防火工作的通知"))
            .bind(":score", 0.5)
            .bind(":issued", qint64(1392336000000))
            .bind(":number", QStringLiteral("桂政发〔2014〕12号"))
            .bind(":pages", 3)
            .bind(":issuer", 1);
        GD_VERIFY(insert->exec());
        QCOMPARE(m_db->changes(), 1);
        const qint64 id = m_db->lastInsertRowId();
        QVERIFY(id > 0);

        auto select = m_db->prepare(QStringLiteral(
            "SELECT document_number, title, issuer_id, issued_at, pages, score, attachment FROM documents"
            " WHERE id = :id AND (document_number = :q OR title = :q)"));
        GD_VERIFY(select);
        QCOMPARE(select->columnCount(), 7);
        // A name used twice is one parameter: one bind sets both places.
        select->bind(":id", id).bind(":q", QStringLiteral("桂政发〔2014〕12号"));
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        QCOMPARE(select->text(0), QStringLiteral("桂政发〔2014〕12号"));
        QCOMPARE(select->text(1), QStringLiteral("关于做好2014年森林防火工作的通知"));
        QCOMPARE(select->int64(2), qint64(1));
        QCOMPARE(select->int64(3), qint64(1392336000000));
        QCOMPARE(select->int32(4), 3);
        QCOMPARE(select->real(5), 0.5);
        QCOMPARE(select->blob(6), QByteArray("%PDF-1.4\x00\x01", 10));
        stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(!*stepped);
    }

    void unknownParameterNameFailsAtStep()
    {
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (:number, :title)"));
        GD_VERIFY(insert);
        // A typo in a name: the chain goes on, the error comes from step().
        insert->bind(":numbr", QStringLiteral("桂政发〔2014〕12号")).bind(":title", QStringLiteral("关于做好2014年森林防火工作的通知"));
        auto stepped = insert->step();
        QVERIFY(!stepped);
        QCOMPARE(stepped.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!stepped.error().message.isEmpty());
        QVERIFY2(stepped.error().detail.contains(QStringLiteral("bind")), qPrintable(stepped.error().detail));
        QCOMPARE(count(QStringLiteral("documents")), qint64(0));

        // reset() keeps bindings, the failed one included: still refused.
        insert->reset();
        insert->bind(":number", QStringLiteral("桂政发〔2014〕12号"));
        QVERIFY(!insert->exec());
        QCOMPARE(count(QStringLiteral("documents")), qint64(0));

        // clearBindings() forgets it.
        insert->clearBindings();
        insert->bind(":number", QStringLiteral("桂政发〔2014〕12号")).bind(":title", QStringLiteral("关于做好2014年森林防火工作的通知"));
        GD_VERIFY(insert->exec());
        QCOMPARE(count(QStringLiteral("documents")), qint64(1));
    }

    void parameterIndexOutOfRangeFailsAtStep()
    {
        auto select = m_db->prepare(QStringLiteral("SELECT ?1, ?2"));
        GD_VERIFY(select);
        select->bind(1, 1).bind(2, 2).bind(3, 3);
        auto stepped = select->step();
        QVERIFY(!stepped);
        QCOMPARE(stepped.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(stepped.error().detail.contains(QStringLiteral("3")), qPrintable(stepped.error().detail));

        auto zero = m_db->prepare(QStringLiteral("SELECT ?1"));
        GD_VERIFY(zero);
        zero->bind(0, QStringLiteral("通知"));
        QVERIFY(!zero->step());
    }

    void resetAndStepAgain()
    {
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (?1, ?2)"));
        GD_VERIFY(insert);
        for (int i = 10; i < 13; ++i) {
            insert->bind(1, QStringLiteral("桂政发〔2014〕%1号").arg(i)).bind(2, QStringLiteral("森林防火通知 %1").arg(i));
            GD_VERIFY(insert->exec());
            insert->reset();
        }
        QCOMPARE(count(QStringLiteral("documents")), qint64(3));

        auto select = m_db->prepare(QStringLiteral(
            "SELECT document_number FROM documents WHERE document_number >= ?1 ORDER BY document_number"));
        GD_VERIFY(select);
        select->bind(1, QStringLiteral("桂政发〔2014〕11号"));
        QStringList first;
        for (;;) {
            auto stepped = select->step();
            GD_VERIFY(stepped);
            if (!*stepped)
                break;
            first << select->text(0);
        }
        QCOMPARE(first, QStringList({QStringLiteral("桂政发〔2014〕11号"), QStringLiteral("桂政发〔2014〕12号")}));

        // reset keeps the binding: the same rows again.
        select->reset();
        QStringList second;
        for (;;) {
            auto stepped = select->step();
            GD_VERIFY(stepped);
            if (!*stepped)
                break;
            second << select->text(0);
        }
        QCOMPARE(second, first);

        // reset in the middle, then a new binding.
        select->reset();
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        select->reset();
        select->bind(1, QStringLiteral("桂政发〔2014〕12号"));
        stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        QCOMPARE(select->text(0), QStringLiteral("桂政发〔2014〕12号"));
        stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(!*stepped);
    }

    void clearBindingsSetsAllToNull()
    {
        auto select = m_db->prepare(QStringLiteral("SELECT ?1 IS NULL, ?2 IS NULL, :title IS NULL"));
        GD_VERIFY(select);
        select->bind(1, 7).bind(2, QByteArray("x")).bind(":title", QStringLiteral("通知"));
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QCOMPARE(select->int64(0) + select->int64(1) + select->int64(2), qint64(0));
        select->reset();
        select->clearBindings();
        stepped = select->step();
        GD_VERIFY(stepped);
        QCOMPARE(select->int64(0) + select->int64(1) + select->int64(2), qint64(3));

        auto insert = m_db->prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (?1, ?2)"));
        GD_VERIFY(insert);
        insert->bind(1, QStringLiteral("桂政发〔2014〕12号")).bind(2, QStringLiteral("关于做好2014年森林防火工作的通知"));
        GD_VERIFY(insert->exec());
        insert->reset();
        insert->clearBindings(); // title is NOT NULL: the cleared statement must not reuse it
        auto again = insert->exec();
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Constraint);
        QCOMPARE(count(QStringLiteral("documents")), qint64(1));
    }

    void badSqlIsAnSqlErrorNamingTheSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        QTest::newRow("syntax") << QStringLiteral("SELEC title FROM documents") << QStringLiteral("syntax error");
        QTest::newRow("missing table") << QStringLiteral("SELECT title FROM 公文 WHERE 发文字号 = ?1") << QStringLiteral("no such table");
        QTest::newRow("missing column") << QStringLiteral("SELECT document_no FROM documents") << QStringLiteral("no such column");
        QTest::newRow("incomplete") << QStringLiteral("INSERT INTO documents (title) VALUES (") << QStringLiteral("syntax error");
    }

    void badSqlIsAnSqlErrorNamingTheSql()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        auto statement = m_db->prepare(sql);
        QVERIFY(!statement);
        QCOMPARE(statement.error().code, ErrorCode::Sql);
        QCOMPARE(statement.error().message, SqliteError::messageFor(ErrorCode::Sql));
        QVERIFY2(statement.error().detail.contains(sql), qPrintable(statement.error().detail));
        QVERIFY2(statement.error().detail.contains(reason), qPrintable(statement.error().detail));
        QVERIFY(statement.error().fullText().contains(sql));
    }

    void constraintViolations_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("constraint");
        QTest::newRow("unique") << QStringLiteral("INSERT INTO documents (document_number, title) VALUES ('桂政发〔2014〕12号', '重复')")
                                << QStringLiteral("UNIQUE");
        QTest::newRow("not null") << QStringLiteral("INSERT INTO documents (document_number, title) VALUES ('桂政发〔2014〕13号', NULL)")
                                  << QStringLiteral("NOT NULL");
        QTest::newRow("foreign key") << QStringLiteral("INSERT INTO documents (document_number, title, issuer_id) VALUES ('桂政发〔2014〕14号', '通知', 99)")
                                     << QStringLiteral("FOREIGN KEY");
        QTest::newRow("check") << QStringLiteral("INSERT INTO documents (document_number, title, pages) VALUES ('桂政发〔2014〕15号', '通知', 0)")
                               << QStringLiteral("CHECK");
        QTest::newRow("primary key") << QStringLiteral("INSERT INTO issuers (id, name) VALUES (1, '广西壮族自治区林业厅')")
                                     << QStringLiteral("UNIQUE");
    }

    void constraintViolations()
    {
        QFETCH(QString, sql);
        QFETCH(QString, constraint);
        GD_VERIFY(m_db->execute(QStringLiteral(
            "INSERT INTO documents (document_number, title, issuer_id) VALUES ('桂政发〔2014〕12号', '关于做好2014年森林防火工作的通知', 1)")));
        auto statement = m_db->prepare(sql);
        GD_VERIFY(statement);
        auto done = statement->exec();
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Constraint);
        QCOMPARE(done.error().message, SqliteError::messageFor(ErrorCode::Constraint));
        QVERIFY2(done.error().detail.contains(constraint + QStringLiteral(" constraint failed")), qPrintable(done.error().detail));
        QVERIFY2(done.error().detail.contains(sql), qPrintable(done.error().detail));
        QCOMPARE(count(QStringLiteral("documents")), qint64(1));
        QCOMPARE(count(QStringLiteral("issuers")), qint64(1));
    }

    void statementIsReusableAfterAConstraintError()
    {
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO documents (document_number, title) VALUES (:number, :title)"));
        GD_VERIFY(insert);
        insert->bind(":number", QStringLiteral("桂政发〔2014〕12号")).bind(":title", QStringLiteral("关于做好2014年森林防火工作的通知"));
        GD_VERIFY(insert->exec());
        insert->reset();
        auto duplicate = insert->exec();
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::Constraint);
        // No reset needed: a failed step leaves the statement ready again.
        insert->bind(":number", QStringLiteral("桂政发〔2014〕13号"));
        GD_VERIFY(insert->exec());
        QCOMPARE(count(QStringLiteral("documents")), qint64(2));
    }

    void execOnSelectRunsToCompletion()
    {
        GD_VERIFY(m_db->execute(QStringLiteral(
            "INSERT INTO documents (document_number, title, issued_at) VALUES"
            " ('桂政发〔2014〕1号', '一', 1), ('桂政发〔2014〕2号', '二', 2), ('桂政发〔2014〕3号', '三', 3)")));
        auto select = m_db->prepare(QStringLiteral("SELECT title FROM documents ORDER BY id"));
        GD_VERIFY(select);
        auto stepped = select->step();
        GD_VERIFY(stepped);
        QVERIFY(sqlite3_stmt_busy(select->handle()) != 0); // mid-way: holds a read snapshot
        select->reset();
        GD_VERIFY(select->exec());
        QCOMPARE(sqlite3_stmt_busy(select->handle()), 0); // ran to SQLITE_DONE

        // An error on the third row surfaces from exec(): it really steps through every row.
        GD_VERIFY(m_db->execute(QStringLiteral("UPDATE documents SET issued_at = -9223372036854775807 - 1 WHERE id = 3")));
        auto overflowing = m_db->prepare(QStringLiteral("SELECT abs(issued_at) FROM documents ORDER BY id"));
        GD_VERIFY(overflowing);
        auto failed = overflowing->exec();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Sql);
        QVERIFY2(failed.error().detail.contains(QStringLiteral("integer overflow")), qPrintable(failed.error().detail));
    }

    void movedFromStatementIsInvalid()
    {
        auto prepared = m_db->prepare(QStringLiteral("SELECT title FROM documents WHERE document_number = ?1"));
        GD_VERIFY(prepared);
        Statement source = std::move(*prepared);
        QVERIFY(source.isValid());
        Statement target(std::move(source));
        QVERIFY(target.isValid());
        QVERIFY(!source.isValid()); // NOLINT(bugprone-use-after-move): the moved-from state is under test
        QCOMPARE(source.handle(), nullptr);

        auto stepped = source.step();
        QVERIFY(!stepped);
        QCOMPARE(stepped.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!source.exec());
        source.bind(1, QStringLiteral("桂政发〔2014〕12号")).bind(":x", 1).bindNull(2);
        QVERIFY(!source.step());
        source.reset();
        QCOMPARE(source.columnCount(), 0);
        QVERIFY(source.isNull(0));
        QCOMPARE(source.int64(0), qint64(0));
        QVERIFY(source.text(0).isNull());
        QVERIFY(source.blob(0).isNull());

        // The target took over the prepared statement intact.
        GD_VERIFY(m_db->execute(QStringLiteral(
            "INSERT INTO documents (document_number, title) VALUES ('桂政发〔2014〕12号', '关于做好2014年森林防火工作的通知')")));
        target.bind(1, QStringLiteral("桂政发〔2014〕12号"));
        stepped = target.step();
        GD_VERIFY(stepped);
        QVERIFY(*stepped);
        QCOMPARE(target.text(0), QStringLiteral("关于做好2014年森林防火工作的通知"));

        // Move assignment, including over a valid statement.
        auto other = m_db->prepare(QStringLiteral("SELECT 1"));
        GD_VERIFY(other);
        *other = std::move(target);
        QVERIFY(!target.isValid()); // NOLINT(bugprone-use-after-move)
        QVERIFY(other->isValid());
        QCOMPARE(other->text(0), QStringLiteral("关于做好2014年森林防火工作的通知"));

        const Statement defaulted;
        QVERIFY(!defaulted.isValid());
    }

    void moveCarriesAPendingBindError()
    {
        auto prepared = m_db->prepare(QStringLiteral("SELECT ?1"));
        GD_VERIFY(prepared);
        prepared->bind(":missing", 1);
        Statement moved = std::move(*prepared);
        auto stepped = moved.step();
        QVERIFY(!stepped);
        QCOMPARE(stepped.error().code, ErrorCode::InvalidArgument);
    }

    // Runs in a child process: a crash there must not take the whole test executable down.
    void clearBindingsOnInvalidStatementDoesNotCrash()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Die quietly: no core file, and not through QTest's crash handler (which would
            // attach a debugger for a stack trace).
            const rlimit noCore{0, 0};
            ::setrlimit(RLIMIT_CORE, &noCore);
            ::signal(SIGSEGV, SIG_DFL);
            ::signal(SIGBUS, SIG_DFL);
            Statement invalid;
            invalid.clearBindings();
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0,
                 qPrintable(QStringLiteral("child ended with signal %1").arg(WIFSIGNALED(status) ? WTERMSIG(status) : 0)));
    }

    void columnCount()
    {
        auto select = m_db->prepare(QStringLiteral("SELECT id, document_number, title FROM documents"));
        GD_VERIFY(select);
        QCOMPARE(select->columnCount(), 3);
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO cells (v) VALUES (1)"));
        GD_VERIFY(insert);
        QCOMPARE(insert->columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
