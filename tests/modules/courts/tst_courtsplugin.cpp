// Tests the 审判 core plugin as built, on a real encrypted profile: its metadata, initialisation as
// ModuleManager does it, and the demo province seeded through its datasets — every row of the
// generated files applied, the same files from the same day, and every indicator computable for
// every court in the last year and the year before, spread across the courts.
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "CourtsStore.h"
#include "ModuleTestProfile.h"
#include "import/DatasetApplier.h"

#include <QPluginLoader>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Courts;

namespace {

qint64 rowsOf(const QByteArray &csv)
{
    return csv.count('\n') - 1; // the header
}

} // namespace

class TestCourtsPlugin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialisesAndSeedsTheDemo()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        QPluginLoader loader(QStringLiteral(GOVDESK_COURTS_PLUGIN));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("courts"));
        QCOMPARE(metadata->nameZh, QStringLiteral("审判管理"));
        QCOMPARE(metadata->nameEn, QStringLiteral("Courts"));
        QCOMPARE(metadata->apiVersion, ModuleApiVersion);
        auto context = std::make_unique<ModuleContext>(*metadata, *profile.session, profile.pool);
        auto *module = qobject_cast<Module *>(loader.instance());
        QVERIFY2(module, qPrintable(loader.errorString()));
        QString error;
        QVERIFY2(module->initialize(*context, &error), qPrintable(error));
        QVERIFY(context->datasets());
        QVERIFY2(module->seedDemoData(*context, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return CourtsDatasets::waitingCount(context->database()).value_or(-1) == 0
                       && !context->datasets()->isBusy();
            },
            120000));

        // Every row of the files the demo generated for today.
        const QDate today = QDate::currentDate();
        const QList<DemoFile> files = CourtsDemoData::generate(today);
        QCOMPARE(files.size(), 3);
        auto statuses = CourtsDatasets::statuses(context->database());
        GD_VERIFY(statuses);
        std::sort(statuses->begin(), statuses->end(),
                  [](const DatasetStatus &a, const DatasetStatus &b) { return a.kind < b.kind; });
        QCOMPARE(statuses->size(), 3);
        for (const DatasetStatus &status : std::as_const(*statuses))
            QVERIFY2(status.state == DatasetState::Applied,
                     qPrintable(status.kind + u' ' + status.problems.left(300)));
        const CourtsStore store(context->database());
        QCOMPARE(store.caseCount().value_or(-1), rowsOf(files.at(1).bytes));
        QCOMPARE(store.eventCount().value_or(-1), rowsOf(files.at(2).bytes));
        QVERIFY2(rowsOf(files.at(1).bytes) > 45000 && rowsOf(files.at(1).bytes) < 55000,
                 qPrintable(QString::number(rowsOf(files.at(1).bytes))));
        QCOMPARE(CourtsDemoData::generate(today).at(1).bytes, files.at(1).bytes); // a fixed seed
        auto directory = store.directory();
        GD_VERIFY(directory);
        QCOMPARE(directory->atLevel(CourtLevel::High).size(), 1);
        QCOMPARE(directory->atLevel(CourtLevel::Intermediate).size(), 4);
        QCOMPARE(directory->atLevel(CourtLevel::Basic).size(), 20);

        // Every indicator for every court in both years, and courts differ on each.
        const Period last{today.addYears(-1).addDays(1), today};
        const Period previous{today.addYears(-2).addDays(1), today.addYears(-1)};
        QMap<Indicator, QSet<double>> values;
        for (const Court &court : directory->courts()) {
            for (const Period &period : {last, previous}) {
                auto cases = store.cases(court.code, period);
                GD_VERIFY(cases);
                const auto figures = CaseIndicators::compute(*cases, period, {});
                for (Indicator indicator : CaseIndicators::all()) {
                    const auto value = CaseIndicators::value(indicator, figures.value(indicator));
                    QVERIFY2(value,
                             qPrintable(court.code + u' ' + CaseIndicators::definition(indicator, {}).name));
                    if (period.to == last.to)
                        values[indicator].insert(CourtRanking::rounded(*value, 2));
                }
            }
        }
        for (Indicator indicator : CaseIndicators::all())
            QVERIFY2(values.value(indicator).size() > 1,
                     qPrintable(CaseIndicators::definition(indicator, {}).name));

        QCOMPARE(module->fieldLabel(QString::fromLatin1(DatasetCollection), QStringLiteral("kind")).isEmpty(),
                 false);
        QVERIFY(module->fieldLabel(QStringLiteral("courts.other"), QStringLiteral("kind")).isEmpty());
        module->aboutToShutdown();
        context.reset();
    }
};

QTEST_MAIN(TestCourtsPlugin)
#include "tst_courtsplugin.moc"
