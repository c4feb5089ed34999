// Tests the datasets tab every module shows: one row per dataset with the module's name for its
// kind, the state in words, the rows, the first problem with all of them in the tooltip; a new
// list replaces the old one; a dataset opened from elsewhere is selected.
#include "DatasetsPanel.h"
#include "Screenshots.h"

#include <QTableWidget>
#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Ui;

class TestDatasetsPanel : public QObject
{
    Q_OBJECT

    Test::ScreenshotLanguage m_language;

private Q_SLOTS:
    void initTestCase() { m_language.install(); }

    void showsEveryDatasetInWords()
    {
        DatasetsPanel panel(nullptr, [](const QString &kind) {
            return kind == QLatin1String("CASES") ? QStringLiteral("案件") : kind;
        });
        const QList<DatasetStatus> statuses{
            {.recordId = QStringLiteral("r1"),
             .kind = QStringLiteral("CASES"),
             .title = QStringLiteral("全省法院案件"),
             .fileName = QStringLiteral("案件.csv"),
             .state = DatasetState::Applied,
             .rows = 49'700,
             .updatedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC)},
            {.recordId = QStringLiteral("r2"),
             .kind = QStringLiteral("UNKNOWN"),
             .title = QStringLiteral("有误的案件文件"),
             .fileName = QStringLiteral("案件_错误.csv"),
             .state = DatasetState::Rejected,
             .problemCount = 2,
             .problems = QStringLiteral("Line 3, Case number\nLine 4, Closing date")}};
        panel.setStatuses(statuses);
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("全省法院案件"));
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("r1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("案件"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("案件.csv"));
        QCOMPARE(table->item(0, 3)->text(), DatasetStatusStore::stateName(DatasetState::Applied));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("49700"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("UNKNOWN")); // a kind the module does not know
        QCOMPARE(table->item(1, 3)->text(), DatasetStatusStore::stateName(DatasetState::Rejected));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Line 3, Case number"));
        QCOMPARE(table->item(1, 5)->toolTip(), statuses.at(1).problems);
        QCOMPARE(table->item(0, 6)->text(),
                 QLocale().toString(statuses.at(0).updatedAt.toLocalTime(), QLocale::ShortFormat));
        // A refused file stands out.
        QVERIFY(table->item(1, 3)->foreground().color() != table->item(0, 3)->foreground().color());
        panel.resize(900, 160);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(Test::saveScreenshot(panel, QStringLiteral("datasets-panel")));

        // Opened from search or the 工作台: the dataset's row.
        QVERIFY(panel.select(QStringLiteral("r2")));
        QCOMPARE(table->currentRow(), 1);
        QVERIFY(!panel.select(QStringLiteral("r9")));

        panel.setStatuses({statuses.at(1)});
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("r2"));
    }
};

QTEST_MAIN(TestDatasetsPanel)
#include "tst_datasetspanel.moc"
