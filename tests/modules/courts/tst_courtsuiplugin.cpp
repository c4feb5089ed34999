// Tests the 审判 UI plugin as built, loaded as the shell loads it (its own copy of the page's
// classes, so the test reaches the page through object names and signals): its metadata, the page
// it creates analysing the demo data, its menu action, a dataset opened from elsewhere, a court
// found in the global search opening its drill-down, and the settings group — a new 口径 stored in
// the profile and the 通报 computed again with it.
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "CourtsSearch.h"
#include "CourtsStore.h"
#include "ModuleTestProfile.h"
#include "ModuleUi.h"
#include "import/DatasetApplier.h"
#include "module/ModuleSearch.h"

#include <QAction>
#include <QJsonObject>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

namespace {

class NoNavigation : public Ui::Navigator
{
public:
    void openRecord(const QString &, const QString &) override {}
    [[nodiscard]] QString moduleName(const QString &moduleId) const override { return moduleId; }
};

} // namespace

class TestCourtsUiPlugin : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    QPluginLoader m_loader{QStringLiteral(GOVDESK_COURTS_UI_PLUGIN)};

private Q_SLOTS:
    // A small demo province (3% of the cases), imported as the shell would.
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(*m_context));
        GD_VERIFY(CourtsDemoData::seed(*m_context, CourtsDemoData::generate(QDate(2026, 12, 6), 0.03)));
        QVERIFY(QTest::qWaitFor(
            [this] {
                return CourtsDatasets::waitingCount(m_context->database()).value_or(-1) == 0
                       && !m_context->datasets()->isBusy();
            },
            60'000));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void pageSettingsAndDatasets()
    {
        ModuleContext &context = *m_context;
        const QJsonObject metadata = m_loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("module")).toString(), QStringLiteral("courts"));
        auto *ui = qobject_cast<Ui::ModuleUi *>(m_loader.instance());
        QVERIFY2(ui, qPrintable(m_loader.errorString()));

        NoNavigation navigator;
        std::unique_ptr<QWidget> page(ui->createPage(context, navigator, nullptr));
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("courtsPage"));
        QSignalSpy analysed(page.get(), SIGNAL(analysed()));
        QVERIFY(analysed.wait(60'000));
        auto *bulletin = page->findChild<QTextBrowser *>(QStringLiteral("courtsBulletin"));
        QVERIFY(bulletin);
        QVERIFY(bulletin->toPlainText().contains(QStringLiteral("发生后3日内录入")));
        QCOMPARE(ui->actions().size(), 1);
        QCOMPARE(ui->actions().first()->objectName(), QStringLiteral("actionCourtsImport"));
        QVERIFY(ui->canExport());

        // A dataset record opened from search: the datasets tab, on its row.
        const auto statuses = CourtsDatasets::statuses(context.database());
        GD_VERIFY(statuses);
        QCOMPARE(statuses->size(), 3);
        ui->open(statuses->at(1).recordId);
        auto *tabs = page->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 3);
        auto *datasets = page->findChild<QTableWidget *>(QStringLiteral("datasetTable"));
        QVERIFY(datasets);
        QCOMPARE(datasets->item(datasets->currentRow(), 0)->data(Qt::UserRole).toString(),
                 statuses->at(1).recordId);

        // The 口径: five days count as 及时; stored, and the 通报 says so.
        std::unique_ptr<QWidget> settings(ui->createSettingsPage(context, nullptr));
        QVERIFY(settings);
        auto *days = settings->findChild<QSpinBox *>(QStringLiteral("courtsTimelyEntryDays"));
        QVERIFY(days);
        QCOMPARE(days->value(), 3);
        days->setValue(5);
        analysed.clear();
        ui->applySettings();
        auto stored = CourtsDatasets::indicatorSettings(context);
        GD_VERIFY(stored);
        QCOMPARE(stored->timelyEntryDays, 5);
        QVERIFY(analysed.wait(60'000));
        QVERIFY2(bulletin->toPlainText().contains(QStringLiteral("发生后5日内录入")),
                 qPrintable(bulletin->toPlainText().right(800)));
    }

    void courtFromTheSearchOpensItsDrillDown()
    {
        auto directory = CourtsStore(m_context->database()).directory();
        GD_VERIFY(directory);
        const QList<Court> intermediate = directory->atLevel(CourtLevel::Intermediate);
        QVERIFY(!intermediate.isEmpty());
        const Court court = intermediate.last();
        auto hits = m_context->search().search({.text = court.name});
        GD_VERIFY(hits);
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->first().recordId, CourtsSearch::recordIdOf(court.code));

        auto *ui = qobject_cast<Ui::ModuleUi *>(m_loader.instance());
        QVERIFY2(ui, qPrintable(m_loader.errorString()));
        NoNavigation navigator;
        std::unique_ptr<QWidget> page(ui->createPage(*m_context, navigator, nullptr));
        QSignalSpy analysed(page.get(), SIGNAL(analysed()));
        // Opened as the shell does right after making the page: before its data are read.
        ui->open(hits->first().recordId);
        QVERIFY(analysed.wait(60'000));
        auto *tabs = page->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 2); // 下钻
        // The court's level is shown, and the court is the one looked into.
        auto *ranked = page->findChild<QTableWidget *>(QStringLiteral("courtsRanked"));
        QVERIFY(ranked);
        QCOMPARE(ranked->rowCount(), intermediate.size());
        const QList<QTableWidgetItem *> selected = ranked->selectedItems();
        QVERIFY(!selected.isEmpty());
        QCOMPARE(ranked->item(selected.first()->row(), 0)->data(Qt::UserRole).toString(), court.code);
    }
};

QTEST_MAIN(TestCourtsUiPlugin)
#include "tst_courtsuiplugin.moc"
