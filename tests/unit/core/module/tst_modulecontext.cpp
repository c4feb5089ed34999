// Tests that a module's context is scoped to it: it writes only its own records, search entries
// and to-do items, and hears the session's lock, unlock and to-do changes.
#include "ModuleTestProfile.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"

#include <QSignalSpy>
#include <QTest>

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
        GD_VERIFY(documents.records().put(QStringLiteral("documents.document"), QStringLiteral("d1"), payload));
        for (const QString &foreign : {QStringLiteral("disclosure.item"), QStringLiteral("documentsx.document"),
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

    void aModuleIdWithADashOwnsUnderscoreCollections()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("court-report"));
        QCOMPARE(context.records().collectionPrefix(), QStringLiteral("court_report."));
        GD_VERIFY(context.records().put(QStringLiteral("court_report.bulletin"), QStringLiteral("b1"), {}));
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

        GD_VERIFY(documents.todos().publish({.recordId = QStringLiteral("in-1"), .title = QStringLiteral("签收来文")}));
        QVERIFY(!documents.todos().publish({.module = QStringLiteral("courts"), .recordId = QStringLiteral("x"),
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
            GD_VERIFY(documents.todos().publish({.recordId = QString::number(n), .title = QStringLiteral("待办%1").arg(n)}));
        QCOMPARE(changed.size(), 0); // from the event loop, after the writer is done
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
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
        GD_VERIFY(m_profile->session->records().put(QStringLiteral("water.station"), QStringLiteral("s2"), {}));
        QCOMPARE(heard, 1);
    }

    void aThrowingListenerDoesNotStopTheOthers()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        int heard = 0;
        context.records().addChangeListener({}, [](const RecordChange &) { throw std::runtime_error("bug"); });
        context.records().addChangeListener({}, [&heard](const RecordChange &) { ++heard; });
        GD_VERIFY(context.records().put(QStringLiteral("water.station"), QStringLiteral("s1"), {}));
        QCOMPARE(heard, 1);
    }
};

QTEST_GUILESS_MAIN(TestModuleContext)
#include "tst_modulecontext.moc"
