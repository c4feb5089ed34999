// Tests that a module's context is scoped to it: it writes only its own records, search entries
// and to-do items, and hears the session's lock, unlock and to-do changes.
#include "ModuleTestProfile.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "module/Projection.h"
#include "module/ProjectionRunner.h"
#include "store/Database.h"
#include "sync/OrganisationDirectory.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"

#include <QSignalSpy>
#include <QTest>
#include <thread>

using namespace GovDesk::Core;
using GovDesk::Test::ModuleTestProfile;

class TestModuleContext : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModuleTestProfile> m_profile;

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
    }

    void cleanup() { m_profile.reset(); }

    void aModuleWritesOnlyItsOwnCollections()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        const QJsonObject payload{{QStringLiteral("title"), QStringLiteral("关于做好森林防火工作的通知")}};
        GD_VERIFY(
            documents.records().put(QStringLiteral("documents.document"), QStringLiteral("d1"), payload));
        for (const QString &foreign :
             {QStringLiteral("disclosure.item"), QStringLiteral("documentsx.document"),
              QStringLiteral("documents"), QStringLiteral("documents.")}) {
            auto refused = documents.records().put(foreign, QStringLiteral("d1"), payload);
            QVERIFY2(!refused, qPrintable(foreign));
            QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
            QVERIFY(refused.error().message.contains(QStringLiteral("documents.")));
        }
        // Another module's record cannot be deleted either, but may be read.
        ModuleContext &disclosure = m_profile->context(QStringLiteral("disclosure"));
        QVERIFY(!disclosure.records().remove(QStringLiteral("documents.document"), QStringLiteral("d1")));
        auto read = disclosure.records().get(QStringLiteral("documents.document"), QStringLiteral("d1"));
        GD_VERIFY(read);
        QVERIFY(read->has_value());
        QCOMPARE(m_profile->session->records().pendingCount().value_or(-1), 1);
    }

    void aModuleAsksForNumbersOfItsOwnRecordsOnly()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        NumberRequest request{.collection = QStringLiteral("documents.document"),
                              .recordId = QStringLiteral("d1"),
                              .series = QStringLiteral("柳政办发"),
                              .year = 2026,
                              .field = QStringLiteral("documentNumber"),
                              .format = QStringLiteral("柳政办发〔{year}〕{number}号")};
        auto queued = documents.records().requestNumber(request);
        GD_VERIFY(queued);
        QVERIFY(!queued->opId.isEmpty());
        QVERIFY(!queued->number);
        auto again = documents.records().requestNumber(request);
        GD_VERIFY(again);
        QCOMPARE(again->opId, queued->opId);
        auto found = documents.records().numberRequest(request.collection, request.recordId);
        GD_VERIFY(found);
        QCOMPARE((*found)->opId, queued->opId);
        queued->number = 12;
        QCOMPARE(queued->formatted(), QStringLiteral("柳政办发〔2026〕12号"));

        ModuleContext &disclosure = m_profile->context(QStringLiteral("disclosure"));
        QVERIFY(!disclosure.records().requestNumber(request));
        NumberRequest noPlace = request;
        noPlace.format = QStringLiteral("柳政办发〔{year}〕");
        auto refused = documents.records().requestNumber(noPlace);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }

    void everyModuleReadsTheDirectoryOfOrganisations()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        auto before = documents.organisations();
        GD_VERIFY(before);
        QVERIFY(before->isEmpty()); // never synced
        const QList<OrganisationEntry> directory{
            {QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")},
            {QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")}};
        // As the sync engine stores it, on the worker's connection in the app.
        GD_VERIFY(OrganisationDirectory(m_profile->session->database()).replace(directory));
        QCOMPARE(documents.organisations().value_or(QList<OrganisationEntry>{}), directory);
        QCOMPARE(m_profile->context(QStringLiteral("disclosure"))
                     .organisations()
                     .value_or(QList<OrganisationEntry>{}),
                 directory);
    }

    void aModuleIdWithADashOwnsUnderscoreCollections()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("court-report"));
        QCOMPARE(context.records().collectionPrefix(), QStringLiteral("court_report."));
        GD_VERIFY(context.records().put(QStringLiteral("court_report.bulletin"), QStringLiteral("b1"), {}));
    }

    void oldPayloadsAreUpgradedWhereverTheModuleReadsThem()
    {
        // Version 1 of water.station had "name"; version 2 calls it STNM as SL 323 does.
        const QString stations = QStringLiteral("water.station");
        GD_VERIFY(m_profile->session->records().put(stations, QStringLiteral("80604300"),
                                                    {{QStringLiteral("name"), QStringLiteral("柳州")}}));
        ModuleContext &water = m_profile->context(QStringLiteral("water"));
        GD_VERIFY(water.records().declareCollection(
            {.name = stations, .schemaVersion = 2, .upgrade = [](const QJsonObject &payload, int from) {
                 QJsonObject upgraded = payload;
                 if (from == 1)
                     upgraded.insert(QStringLiteral("STNM"), upgraded.take(QStringLiteral("name")));
                 upgraded.insert(QStringLiteral("_v"), from + 1);
                 return upgraded;
             }}));
        auto old = water.records().get(stations, QStringLiteral("80604300"));
        GD_VERIFY(old);
        QCOMPARE((*old)->payload.value(QStringLiteral("STNM")).toString(), QStringLiteral("柳州"));
        // New writes carry their version, so other offices upgrade them correctly.
        GD_VERIFY(water.records().put(stations, QStringLiteral("80604500"),
                                      {{QStringLiteral("STNM"), QStringLiteral("象州")}}));
        auto stored = m_profile->session->records().get(stations, QStringLiteral("80604500"));
        QCOMPARE((*stored)->payload.value(QStringLiteral("_v")).toInt(), 2);
        auto page = water.records().query({.collection = stations});
        GD_VERIFY(page);
        QCOMPARE(page->size(), 2);
        for (const SyncRecord &record : *page)
            QVERIFY(record.payload.contains(QStringLiteral("STNM")));
        QStringList projected;
        GD_VERIFY(water.addProjection({.name = QStringLiteral("names"),
                                       .collections = {stations},
                                       .apply = [&projected](const ProjectedRecord &r) -> Result<> {
                                           projected
                                               << r.record->payload.value(QStringLiteral("STNM")).toString();
                                           return {};
                                       }}));
        projected.sort();
        QCOMPARE(projected, (QStringList{QStringLiteral("柳州"), QStringLiteral("象州")}));
        // Only its own collections, and a version above 1 needs its upgrade.
        QVERIFY(!water.records().declareCollection({.name = QStringLiteral("forestry.area")}));
        QVERIFY(
            !water.records().declareCollection({.name = QStringLiteral("water.rain"), .schemaVersion = 2}));
    }

    void anAppendOnlyCollectionIsDeclaredByItsModule()
    {
        ModuleContext &water = m_profile->context(QStringLiteral("water"));
        const QString rain = QStringLiteral("water.rainfall");
        GD_VERIFY(water.records().declareCollection({.name = rain, .policy = ConflictPolicy::AppendOnly}));
        GD_VERIFY(water.records().put(rain, QStringLiteral("80604300-2026120408"),
                                      {{QStringLiteral("DRP"), 12.5}}));
        QVERIFY(!water.records().put(rain, QStringLiteral("80604300-2026120408"),
                                     {{QStringLiteral("DRP"), 0.0}}));
        // Declared in the profile: another connection (the sync worker) sees it too.
        auto worker = m_profile->session->openWorkerConnection();
        GD_VERIFY(worker);
        QCOMPARE(CollectionPolicies(**worker).policyOf(rain).value_or(ConflictPolicy::AskUser),
                 ConflictPolicy::AppendOnly);
    }

    void searchEntriesAndToDosCarryTheModule()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        GD_VERIFY(documents.search().registerType(QStringLiteral("incoming"), QStringLiteral("收文")));
        GD_VERIFY(documents.search().index({.type = QStringLiteral("incoming"),
                                            .recordId = QStringLiteral("in-1"),
                                            .title = QStringLiteral("关于报送防汛值班表的通知"),
                                            .body = QStringLiteral("各县（区）水利局")}));
        auto forged = documents.search().index({.module = QStringLiteral("courts"),
                                                .type = QStringLiteral("incoming"),
                                                .recordId = QStringLiteral("in-2"),
                                                .title = QStringLiteral("伪造"),
                                                .body = {}});
        QVERIFY(!forged);
        auto hits = m_profile->session->search().search({.text = QStringLiteral("防汛值班")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().module, QStringLiteral("documents"));

        GD_VERIFY(documents.todos().publish(
            {.recordId = QStringLiteral("in-1"), .title = QStringLiteral("签收来文")}));
        QVERIFY(!documents.todos().publish({.module = QStringLiteral("courts"),
                                            .recordId = QStringLiteral("x"),
                                            .title = QStringLiteral("伪造")}));
        auto items = m_profile->session->todos().openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().module, QStringLiteral("documents"));
        // Completing is scoped too: another module cannot close the documents' item.
        ModuleContext &courts = m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(courts.todos().complete(QStringLiteral("in-1"), TodoKind::ToDo));
        QCOMPARE(m_profile->session->todos().openCount().value_or(-1), 1);
        GD_VERIFY(documents.todos().complete(QStringLiteral("in-1"), TodoKind::ToDo));
        QCOMPARE(m_profile->session->todos().openCount().value_or(-1), 0);
    }

    void toDoChangesAreSignalledOnceAfterCommit()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        ModuleContext &workbench = m_profile->context(QStringLiteral("workbench"));
        QSignalSpy changed(&workbench, &ModuleContext::todosChanged);
        for (int n = 0; n < 3; ++n)
            GD_VERIFY(documents.todos().publish(
                {.recordId = QString::number(n), .title = QStringLiteral("待办%1").arg(n)}));
        QCOMPARE(changed.size(), 0); // from the event loop, after the writer is done
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
    }

    void republishingAnUnchangedItemIsNoChange()
    {
        ModuleContext &documents = m_profile->context(QStringLiteral("documents"));
        ModuleContext &workbench = m_profile->context(QStringLiteral("workbench"));
        const TodoItem item{.recordId = QStringLiteral("7"), .title = QStringLiteral("请于周五前核稿")};
        QSignalSpy changed(&workbench, &ModuleContext::todosChanged);
        GD_VERIFY(documents.todos().publish(item));
        QTRY_COMPARE(changed.size(), 1);
        // Modules republish their items at every start: the same item again tells nobody.
        GD_VERIFY(documents.todos().publish(item));
        GD_VERIFY(documents.todos().complete(QStringLiteral("8"), TodoKind::ToDo)); // no such item
        GD_VERIFY(documents.todos().removeAll(QStringLiteral("9")));
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        // A changed title, a completion and a removal each do.
        GD_VERIFY(documents.todos().publish(
            {.recordId = item.recordId, .title = QStringLiteral("请于周四前核稿")}));
        QTRY_COMPARE(changed.size(), 2);
        GD_VERIFY(documents.todos().complete(item.recordId, TodoKind::ToDo));
        QTRY_COMPARE(changed.size(), 3);
        GD_VERIFY(documents.todos().removeAll(item.recordId));
        QTRY_COMPARE(changed.size(), 4);
    }

    void lockAndUnlockAreSignalled()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        QSignalSpy locked(&context, &ModuleContext::sessionLocked);
        QSignalSpy unlocked(&context, &ModuleContext::sessionUnlocked);
        m_profile->session->lock();
        QCOMPARE(locked.size(), 1);
        QVERIFY(!context.isSessionOpen());
        GD_VERIFY(m_profile->session->unlock(m_profile->profileId, ModuleTestProfile::passphrase()));
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(context.isSessionOpen());
    }

    void whileLockedTheServicesSayLockedInsteadOfTouchingAClosedProfile()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        m_profile->session->lock();
        auto put = context.records().put(QStringLiteral("water.station"), QStringLiteral("s1"), {});
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::ReadOnly);
        QVERIFY(!context.records().get(QStringLiteral("water.station"), QStringLiteral("s1")));
        QVERIFY(!context.records().query({.collection = QStringLiteral("water.station")}));
        QVERIFY(!context.todos().openItems());
        QVERIFY(!context.todos().publish({.recordId = QStringLiteral("x"), .title = QStringLiteral("待办")}));
        QVERIFY(!context.search().index({.type = QStringLiteral("t"),
                                         .recordId = QStringLiteral("x"),
                                         .title = QStringLiteral("x"),
                                         .body = {}}));
        QVERIFY(!context.search().search({.text = QStringLiteral("防汛")}));
        GD_VERIFY(context.projections().catchUp()); // nothing to do while locked, and no harm
    }

    void beforeSigningInTheAccountIsTheProfilesOwner()
    {
        const SyncAccount account = m_profile->context(QStringLiteral("water")).account();
        QVERIFY(!account.isValid());
        QVERIFY(account.roles.isEmpty());
        QCOMPARE(account.name, QStringLiteral("李明")); // steps taken in the demo are still someone's
        QCOMPARE(account.organisationName, QStringLiteral("桂林市水利局"));
    }

    void aWorkerConnectionWritesBesideTheUiThread()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        GD_VERIFY(
            context.migrate({{.version = 1,
                              .description = QStringLiteral("levels"),
                              .sql = QStringLiteral("CREATE TABLE water_levels (stcd TEXT, z REAL);")}}));
        auto worker = context.openWorkerDatabase();
        GD_VERIFY(worker);
        std::thread thread([&worker] {
            auto insert
                = (*worker)->execute(QStringLiteral("INSERT INTO water_levels VALUES ('60100500', 84.6)"));
            QVERIFY(insert.has_value());
        });
        thread.join();
        worker->reset();
        auto count = context.database().prepare(QStringLiteral("SELECT count(*) FROM water_levels"));
        GD_VERIFY(count);
        GD_VERIFY(count->step());
        QCOMPARE(count->int64(0), 1);
        m_profile->session->lock();
        auto refused = context.openWorkerDatabase();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    }

    void listenersGoWithTheirModule()
    {
        int heard = 0;
        {
            ModuleContext &context = m_profile->context(QStringLiteral("water"));
            context.records().addChangeListener({}, [&heard](const RecordChange &) { ++heard; });
            GD_VERIFY(context.records().put(QStringLiteral("water.station"), QStringLiteral("s1"), {}));
            QCOMPARE(heard, 1);
        }
        m_profile->contexts.clear();
        GD_VERIFY(
            m_profile->session->records().put(QStringLiteral("water.station"), QStringLiteral("s2"), {}));
        QCOMPARE(heard, 1);
    }

    void aThrowingListenerDoesNotStopTheOthers()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        int heard = 0;
        context.records().addChangeListener({},
                                            [](const RecordChange &) { throw std::runtime_error("bug"); });
        context.records().addChangeListener({}, [&heard](const RecordChange &) { ++heard; });
        GD_VERIFY(context.records().put(QStringLiteral("water.station"), QStringLiteral("s1"), {}));
        QCOMPARE(heard, 1);
    }
};

QTEST_GUILESS_MAIN(TestModuleContext)
#include "tst_modulecontext.moc"
