// Tests the 审判 UI plugin as built, loaded as the shell loads it (its own copy of the page's
// classes, so the test reaches the page through object names and signals): its metadata, the page
// it creates analysing the demo data, its menu action, a dataset opened from elsewhere, and the
// settings group — a new 口径 stored in the profile and the 通报 computed again with it.
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "ModuleTestProfile.h"
#include "ModuleUi.h"
#include "import/DatasetApplier.h"

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

private Q_SLOTS:
    void pageSettingsAndDatasets()
    {
        Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        ModuleContext &context = profile.context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(context));
        GD_VERIFY(CourtsDemoData::seed(context, CourtsDemoData::generate(QDate(2026, 12, 6), 0.03)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return CourtsDatasets::waitingCount(context.database()).value_or(-1) == 0
                       && !context.datasets()->isBusy();
            },
            60'000));

        QPluginLoader loader(QStringLiteral(GOVDESK_COURTS_UI_PLUGIN));
        const QJsonObject metadata = loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("module")).toString(), QStringLiteral("courts"));
        auto *ui = qobject_cast<Ui::ModuleUi *>(loader.instance());
        QVERIFY2(ui, qPrintable(loader.errorString()));

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
};

QTEST_MAIN(TestCourtsUiPlugin)
#include "tst_courtsuiplugin.moc"
