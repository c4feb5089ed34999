// GUI test of RecordTableView: filter through the input method, sorting, count label, CSV export.
#include "RecordTableView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using GovDesk::Ui::RecordTableView;

namespace {
// Chinese text arrives through the input method, as a commit string (QTest::keyClicks only
// knows Latin-1 keys).
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

class TestRecordTableView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<RecordTableView> m_table;

    QLabel *countLabel() { return child<QLabel>(m_table.get(), "count"); }
    QLineEdit *filter() { return child<QLineEdit>(m_table.get(), "filter"); }

    QStringList column(int col)
    {
        QStringList values;
        const QAbstractItemModel *model = m_table->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, col).data().toString());
        return values;
    }

    void addRow(const QString &number, const QString &title, const QString &date)
    {
        m_model->appendRow({new QStandardItem(number), new QStandardItem(title), new QStandardItem(date)});
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 3);
        m_model->setHorizontalHeaderLabels({QStringLiteral("发文字号"), QStringLiteral("标题"), QStringLiteral("成文日期")});
        addRow(QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知"), QStringLiteral("2014-03-05"));
        addRow(QStringLiteral("桂政办发〔2014〕3号"), QStringLiteral("关于印发广西壮族自治区防汛抗旱应急预案的通知"), QStringLiteral("2014-01-20"));
        addRow(QStringLiteral("闽政〔2014〕7号"), QStringLiteral("关于加强森林资源保护管理的意见, \"试行\""), QStringLiteral("2014-02-11"));
        addRow(QStringLiteral("桂林办〔2014〕21号"), QStringLiteral("Notice on Forest FIRE prevention"), QStringLiteral("2014-04-30"));

        m_table = std::make_unique<RecordTableView>();
        m_table->setModel(m_model.get());
        m_table->resize(800, 400);
        m_table->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
    }

    void cleanup()
    {
        m_table.reset();
        m_model.reset();
    }

    void showsAllRecordsUnsorted()
    {
        QCOMPARE(filter()->placeholderText(), QStringLiteral("Filter"));
        QCOMPARE(m_table->proxy()->rowCount(), 4);
        QCOMPARE(countLabel()->text(), QStringLiteral("4 record(s)"));
        QVERIFY(m_table->view()->isSortingEnabled());
        QCOMPARE(column(2), QStringList({QStringLiteral("2014-03-05"), QStringLiteral("2014-01-20"),
                                         QStringLiteral("2014-02-11"), QStringLiteral("2014-04-30")}));
    }

    void filtersThroughInputMethodOverAllColumns()
    {
        typeText(filter(), QStringLiteral("森林"));
        QCOMPARE(filter()->text(), QStringLiteral("森林"));
        QCOMPARE(column(0), QStringList({QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("闽政〔2014〕7号")}));
        QCOMPARE(countLabel()->text(), QStringLiteral("2 of 4 records"));

        // Matches in the document number column, with brackets that are not regex syntax here.
        filter()->clear();
        typeText(filter(), QStringLiteral("〔2014〕3号"));
        QCOMPARE(column(0), QStringList({QStringLiteral("桂政办发〔2014〕3号")}));
        QCOMPARE(countLabel()->text(), QStringLiteral("1 of 4 records"));

        filter()->clear();
        QCOMPARE(countLabel()->text(), QStringLiteral("4 record(s)"));
    }

    void filterIsCaseInsensitive()
    {
        QTest::keyClicks(filter(), QStringLiteral("fire"));
        QCOMPARE(column(0), QStringList({QStringLiteral("桂林办〔2014〕21号")}));
        QCOMPARE(countLabel()->text(), QStringLiteral("1 of 4 records"));
    }

    void countFollowsSourceChanges()
    {
        typeText(filter(), QStringLiteral("森林"));
        addRow(QStringLiteral("桂政发〔2014〕30号"), QStringLiteral("关于森林防火期野外用火的通告"), QStringLiteral("2014-05-01"));
        QCOMPARE(countLabel()->text(), QStringLiteral("3 of 5 records"));
        filter()->clear();
        m_model->removeRows(0, 2);
        QCOMPARE(countLabel()->text(), QStringLiteral("3 record(s)"));
    }

    void sortsByClickingHeader()
    {
        QHeaderView *header = m_table->view()->horizontalHeader();
        const QPoint dateSection(header->sectionViewportPosition(2) + header->sectionSize(2) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, dateSection);
        const QStringList ascending = {QStringLiteral("2014-01-20"), QStringLiteral("2014-02-11"),
                                       QStringLiteral("2014-03-05"), QStringLiteral("2014-04-30")};
        QCOMPARE(column(2), ascending);

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, dateSection);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(column(2), descending);
    }

    void sortByColumnKeepsFilter()
    {
        typeText(filter(), QStringLiteral("森林"));
        m_table->view()->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(column(0), QStringList({QStringLiteral("闽政〔2014〕7号"), QStringLiteral("桂政发〔2014〕12号")}));
    }

    void exportWritesFilteredSortedRows()
    {
        typeText(filter(), QStringLiteral("森林"));
        m_table->view()->sortByColumn(2, Qt::AscendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("公文列表.csv"));
        QString error;
        QVERIFY2(m_table->exportCsv(path, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = bom + QStringLiteral(
            "发文字号,标题,成文日期\r\n"
            "闽政〔2014〕7号,\"关于加强森林资源保护管理的意见, \"\"试行\"\"\",2014-02-11\r\n"
            "桂政发〔2014〕12号,关于做好2014年森林防火工作的通知,2014-03-05\r\n").toUtf8();
        QCOMPARE(file.readAll(), expected);
    }

    void exportSkipsHiddenColumns()
    {
        m_table->view()->hideColumn(1);
        typeText(filter(), QStringLiteral("12号"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(m_table->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bom + QStringLiteral("发文字号,成文日期\r\n桂政发〔2014〕12号,2014-03-05\r\n").toUtf8());
    }

    void exportToMissingDirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("没有这个目录/公文列表.csv"));
        QString error;
        QVERIFY(!m_table->exportCsv(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void exportButtonEnabledWithModel()
    {
        QVERIFY(child<QPushButton>(m_table.get(), "exportCsv")->isEnabled());
        RecordTableView empty;
        QVERIFY(!child<QPushButton>(&empty, "exportCsv")->isEnabled());
        QCOMPARE(child<QLabel>(&empty, "count")->text(), QStringLiteral("0 record(s)"));
    }
};

QTEST_MAIN(TestRecordTableView)
#include "tst_recordtableview.moc"
