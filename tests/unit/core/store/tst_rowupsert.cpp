// Tests RowUpsert: a row is inserted when its key is new and updated in place when not, with a key
// of two columns; NULL in a NOT NULL column takes the column's default, as INSERT OR REPLACE does;
// a refused row is an error and its transaction leaves nothing; triggers fire as insert or update.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/RowUpsert.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

struct Receipt
{
    QString office;
    QString number;
    QString state; // null: take the column's default
    QString note;
};

Result<> writeReceipt(Database &db, const Receipt &receipt)
{
    static const RowUpsert upsert(QStringLiteral("receipts"), QStringLiteral("office, number, state, note"),
                                  2);
    return upsert.write(db, [&receipt](Statement &row) {
        row.bind(1, receipt.office).bind(2, receipt.number).bind(3, receipt.state).bind(4, receipt.note);
    });
}

QString text(Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select || !select->step().value_or(false))
        return QStringLiteral("<none>");
    return select->isNull(0) ? QStringLiteral("<null>") : select->text(0);
}

} // namespace

class TestRowUpsert : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("upsert.gddb")), testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        GD_VERIFY(m_db->execute(QStringLiteral(
            "CREATE TABLE receipts (office TEXT NOT NULL, number TEXT NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'signed')), note TEXT,"
            " PRIMARY KEY (office, number));"
            "CREATE TABLE events (what TEXT NOT NULL);"
            "CREATE TRIGGER receipts_inserted AFTER INSERT ON receipts BEGIN"
            " INSERT INTO events VALUES ('insert ' || NEW.number); END;"
            "CREATE TRIGGER receipts_updated AFTER UPDATE ON receipts BEGIN"
            " INSERT INTO events VALUES ('update ' || NEW.number); END;")));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void insertsThenUpdatesByTheWholeKey()
    {
        auto transaction = Transaction::begin(*m_db);
        GD_VERIFY(transaction);
        GD_VERIFY(writeReceipt(
            *m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕3号"), QStringLiteral("sent"), {}}));
        GD_VERIFY(writeReceipt(
            *m_db, {QStringLiteral("海口市"), QStringLiteral("〔2026〕3号"), QStringLiteral("sent"), {}}));
        const qint64 rowid
            = m_db->queryInt(QStringLiteral("SELECT rowid FROM receipts WHERE office = '琼府办'"))
                  .value_or(-1);
        GD_VERIFY(writeReceipt(*m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕3号"),
                                       QStringLiteral("signed"), QStringLiteral("已签收")}));
        GD_VERIFY(transaction->commit());

        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM receipts")).value_or(-1), qint64(2));
        QCOMPARE(
            text(*m_db, QStringLiteral("SELECT state || ' ' || note FROM receipts WHERE office = '琼府办'")),
            QStringLiteral("signed 已签收"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT state FROM receipts WHERE office = '海口市'")),
                 QStringLiteral("sent"));
        // Updated in place, not deleted and inserted again as REPLACE would.
        QCOMPARE(
            m_db->queryInt(QStringLiteral("SELECT rowid FROM receipts WHERE office = '琼府办'")).value_or(-2),
            rowid);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT group_concat(what, ', ') FROM events")),
                 QStringLiteral("insert 〔2026〕3号, insert 〔2026〕3号, update 〔2026〕3号"));
    }

    void nullInANotNullColumnTakesItsDefault()
    {
        auto transaction = Transaction::begin(*m_db);
        GD_VERIFY(transaction);
        GD_VERIFY(
            writeReceipt(*m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕4号"), QString(), {}}));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT state FROM receipts")), QStringLiteral("sent"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT note FROM receipts")), QStringLiteral("<null>"));

        GD_VERIFY(writeReceipt(
            *m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕4号"), QStringLiteral("signed"), {}}));
        GD_VERIFY(
            writeReceipt(*m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕4号"), QString(), {}}));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT state FROM receipts")), QStringLiteral("sent"));
        GD_VERIFY(transaction->commit());
    }

    void aRefusedRowIsAnErrorAndItsTransactionLeavesNothing()
    {
        {
            auto transaction = Transaction::begin(*m_db);
            GD_VERIFY(transaction);
            GD_VERIFY(writeReceipt(
                *m_db,
                {QStringLiteral("琼府办"), QStringLiteral("〔2026〕5号"), QStringLiteral("sent"), {}}));
            const auto refused = writeReceipt(
                *m_db, {QStringLiteral("琼府办"), QStringLiteral("〔2026〕6号"), QStringLiteral("lost"), {}});
            QVERIFY(!refused);
            QVERIFY2(refused.error().fullText().contains(QStringLiteral("CHECK")),
                     qPrintable(refused.error().fullText()));
            const auto noKey
                = writeReceipt(*m_db, {QString(), QStringLiteral("〔2026〕7号"), QStringLiteral("sent"), {}});
            QVERIFY(!noKey);
        } // not committed: rolled back
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM receipts")).value_or(-1), qint64(0));
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM events")).value_or(-1), qint64(0));
    }

    void anUnknownTableIsAnError()
    {
        static const RowUpsert upsert(QStringLiteral("no_such_table"), QStringLiteral("id, value"), 1);
        const auto written = upsert.write(*m_db, [](Statement &row) { row.bind(1, 1).bind(2, 2); });
        QVERIFY(!written);
    }
};

QTEST_GUILESS_MAIN(TestRowUpsert)
#include "tst_rowupsert.moc"
