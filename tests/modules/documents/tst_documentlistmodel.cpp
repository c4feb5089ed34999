// Tests DocumentListModel on a real encrypted profile: pages read as the view scrolls, filters and
// order in SQL, 待编号, and the marks of urgent, overdue and returned documents.
#include "DocumentListModel.h"
#include "DocumentsChinese.h"
#include "DocumentsDemoData.h"
#include "DocumentsUiFixture.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;

namespace {
const QDateTime Now(QDate(2026, 5, 20), QTime(10, 0), Qt::LocalTime);
}

class TestDocumentListModel : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;

    // Rows straight into the projected table: the model's paging, not the projection, is tested.
    Result<> insertRows(int count)
    {
        auto transaction = Transaction::begin(m_fixture.context().database());
        if (!transaction)
            return std::unexpected(transaction.error());
        auto insert = m_fixture.context().database().prepare(QStringLiteral(
            "INSERT INTO documents_list (record_id, box, number, title, type, urgency, classification, stage,"
            " returned, doc_date, year, due_at) VALUES (?1, 3, ?2, ?3, ?4, ?5, '公开', '拟办', 0, ?6, ?7, 0)"));
        if (!insert)
            return std::unexpected(insert.error());
        for (int i = 0; i < count; ++i) {
            const QDate date = QDate(2024, 1, 1).addDays(i % 900);
            insert->reset();
            insert->bind(1, QStringLiteral("in-%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(2, QStringLiteral("柳林园报〔%1〕%2号").arg(date.year()).arg(i + 1))
                .bind(3, QStringLiteral("柳州市林业和园林局关于第%1批古树名木认定的报告").arg(i + 1))
                .bind(4, i % 2 ? QStringLiteral("报告") : QStringLiteral("请示"))
                .bind(5, i % 3)
                .bind(6, date.toString(Qt::ISODate))
                .bind(7, date.year());
            GD_TRY(insert->exec());
        }
        return transaction->commit();
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void readsOnePageAndMoreAsTheViewScrolls()
    {
        GD_VERIFY(insertRows(250));
        DocumentListModel model(m_fixture.context());
        model.setFilter({.list = DocumentList::Incoming});
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // Newest first by default, ties by record id: no row twice, none missing.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.document(row).recordId);
        QCOMPARE(ids.size(), 250);
        QVERIFY(model.document(0).documentDate >= model.document(249).documentDate);
    }

    void twentyThousandDocumentsOpenOnePage()
    {
        GD_VERIFY(insertRows(20000));
        DocumentListModel model(m_fixture.context());
        QElapsedTimer timer;
        timer.start();
        model.setFilter({.list = DocumentList::Incoming, .year = 2025, .type = DocumentType::Report});
        const qint64 elapsed = timer.elapsed();
        // Not a timed assertion (tests/bench measures); only what was read.
        qInfo() << "first filtered page of 20000 documents in" << elapsed << "ms";
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize);
        QVERIFY(model.totalCount() > 3000 && model.totalCount() < 4100);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.document(row).type, DocumentType::Report);
            QCOMPARE(model.document(row).documentDate.year(), 2025);
        }
    }

    void filtersTheDemoDocumentsInSql()
    {
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), Now));
        QVERIFY(demoDocuments(Now).size() >= 40);
        DocumentListModel model(m_fixture.context());
        model.setClock([] { return Now; });

        model.setFilter({.list = DocumentList::Drafts});
        QCOMPARE(model.totalCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            // Drafts are not numbered yet: 「待编号」, greyed.
            QCOMPARE(model.index(row, DocumentListModel::NumberColumn).data().toString(), QStringLiteral("待编号"));
            QCOMPARE(model.index(row, DocumentListModel::StageColumn).data().toString().left(2), QStringLiteral("拟稿"));
        }

        model.setFilter({.list = DocumentList::Drafts, .type = DocumentType::Request});
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.document(0).title, QStringLiteral("柳州市人民政府办公室关于申请安排柳江防洪堤加固资金的请示"));

        model.setFilter({.list = DocumentList::Sent});
        QCOMPARE(model.totalCount(), 7);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, DocumentListModel::NumberColumn).data().toString().startsWith(QStringLiteral("柳政办")));

        model.setFilter({.list = DocumentList::Incoming});
        QCOMPARE(model.totalCount(), 15); // 18 arrivals less 3 archived; the 2 sent back stay listed
        model.setFilter({.list = DocumentList::Archived});
        QCOMPARE(model.totalCount(), 3);
        model.setFilter({.list = DocumentList::Incoming, .stage = QStringLiteral("签收")});
        QCOMPARE(model.totalCount(), 3);
        QVERIFY(model.index(0, DocumentListModel::StageColumn).data().toString().startsWith(
            QStringLiteral("Awaiting sign-for")));

        model.setFilter({.list = DocumentList::Pending, .urgency = Urgency::VeryUrgent});
        QCOMPARE(model.totalCount(), 3);
        model.setFilter({.list = DocumentList::Archived, .year = Now.date().year() - 1});
        QVERIFY(model.totalCount() >= 1);
    }

    void marksUrgentOverdueAndReturnedRows()
    {
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), Now));
        DocumentListModel model(m_fixture.context());
        model.setClock([] { return Now; });
        model.setFilter({.list = DocumentList::Pending});
        QVERIFY(model.overdueCount() >= 4);
        bool sawOverdue = false, sawReturned = false, sawVeryUrgent = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const DocumentListRow &document = model.document(row);
            const QString stage = model.index(row, DocumentListModel::StageColumn).data().toString();
            if (document.isOverdue(Now)) {
                sawOverdue = true;
                QVERIFY(model.index(row, DocumentListModel::TitleColumn).data(Qt::BackgroundRole).value<QBrush>() != QBrush());
                QVERIFY2(stage.contains(QStringLiteral("overdue")), qPrintable(stage));
            }
            if (document.returned) {
                sawReturned = true;
                QVERIFY2(stage.contains(QStringLiteral("returned")), qPrintable(stage));
            }
            if (document.urgency == Urgency::VeryUrgent) {
                sawVeryUrgent = true;
                QCOMPARE(model.index(row, DocumentListModel::UrgencyColumn).data().toString(), QStringLiteral("特急"));
                QVERIFY(model.index(row, DocumentListModel::UrgencyColumn).data(Qt::ForegroundRole).isValid());
            }
        }
        QVERIFY(sawOverdue && sawReturned && sawVeryUrgent);
    }

    void sortsTheWholeListBySql()
    {
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), Now));
        DocumentListModel model(m_fixture.context());
        model.setFilter({.list = DocumentList::Sent});
        model.sort(DocumentListModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.filter().sort, ListSort::ByNumber);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.document(row - 1).number <= model.document(row).number);
        model.sort(DocumentListModel::UrgencyColumn, Qt::DescendingOrder);
        QCOMPARE(model.document(0).urgency, Urgency::Urgent);
    }
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
