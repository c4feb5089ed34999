// Tests the workbench's task projection — the worked example of a module keeping to-dos and
// search entries level with its records, including after a crash between a pull and its delivery.
#include "TestProfile.h"
#include "WorkbenchTasks.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "sync/CollectionPolicy.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Workbench;

namespace {
const QString Passphrase = QStringLiteral("柳州-值班-2026");
SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(Passphrase);
}
} // namespace

class TestWorkbenchTasks : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    ObjectPool m_pool;
    std::unique_ptr<ModuleContext> m_context;
    QString m_profileId;

    // The core plugin as built, initialised as ModuleManager does.
    void startModule()
    {
        QFile json(QStringLiteral(GOVDESK_WORKBENCH_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto metadata = ModuleMetadata::fromJson(QJsonDocument::fromJson(json.readAll()).object());
        GD_VERIFY(metadata);
        m_context = std::make_unique<ModuleContext>(*metadata, *m_session, m_pool);
        auto *module
            = qobject_cast<Module *>(QPluginLoader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN)).instance());
        QVERIFY(module);
        QString error;
        QVERIFY2(module->initialize(*m_context, &error), qPrintable(error));
    }

    int openCount() { return m_session->todos().openCount({QStringLiteral("workbench")}).value_or(-1); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto profile = m_profiles->create(
            {.displayName = QStringLiteral("韦丽"), .organisation = QStringLiteral("柳州市水利局")},
            passphrase(), KdfParameters::forTests());
        GD_VERIFY(profile);
        m_profileId = profile->id;
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(m_profileId, passphrase()));
    }

    void cleanup()
    {
        m_context.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void aTaskIsAToDoAndASearchEntryUntilDone()
    {
        startModule();
        auto added = addTask(*m_context, {.title = QStringLiteral("审核汛期值班表"),
                                          .body = QStringLiteral("柳水发〔2026〕7号 附件：值班表"),
                                          .urgency = Urgency::Urgent});
        GD_VERIFY(added);
        QCOMPARE(openCount(), 1);
        auto hits = m_session->search().search({.text = QStringLiteral("柳水发")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().recordId, *added);

        // Done on another desktop of the same user: the record changes, the to-do closes.
        Task done{.title = QStringLiteral("审核汛期值班表"), .done = true};
        GD_VERIFY(m_context->records().put(QString::fromLatin1(TaskCollection), *added, done.toPayload()));
        QCOMPARE(openCount(), 0);
        GD_VERIFY(m_context->records().remove(QString::fromLatin1(TaskCollection), *added));
        QCOMPARE(m_session->search()
                     .search({.text = QStringLiteral("值班表")})
                     .value_or(QList<SearchHit>{1})
                     .size(),
                 0);
    }

    void aPullKilledBeforeItsDeliveryIsProjectedAtTheNextStart()
    {
        m_session->lock(); // the worker process takes the profile
        QProcess worker;
        worker.start(QStringLiteral(CRASH_WORKER_PATH),
                     {QStringLiteral("pull-then-die"), m_dir->path(), m_profileId, Passphrase,
                      QString::fromLatin1(TaskCollection), QStringLiteral("120")});
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit); // SIGKILL, after the commit
        QVERIFY2(worker.readAllStandardOutput().contains("committed 120"),
                 worker.readAllStandardError().constData());

        GD_VERIFY(m_session->unlock(m_profileId, passphrase()));
        QCOMPARE(m_session->records()
                     .list(QString::fromLatin1(TaskCollection))
                     .value_or(QList<SyncRecord>())
                     .size(),
                 120);
        QCOMPARE(openCount(), 0); // nobody was told
        startModule();
        QCOMPARE(openCount(), 120);
        auto hits = m_session->search().search({.text = QStringLiteral("第57号")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }

    void aSyncWhileLockedIsProjectedAtUnlock()
    {
        startModule();
        m_session->lock();
        {
            // As govdesk-cli sync while the desktop is locked: another session, records pulled.
            Session cli(*m_profiles);
            GD_VERIFY(cli.unlock(m_profileId, passphrase()));
            Task task{.title = QStringLiteral("关于报送第三季度水情月报的通知"), .kind = TodoKind::ToRead};
            GD_VERIFY(cli.records().put(QString::fromLatin1(TaskCollection), QStringLiteral("from-cli"),
                                        task.toPayload()));
            cli.lock();
        }
        GD_VERIFY(m_session->unlock(m_profileId, passphrase()));
        QCOMPARE(openCount(), 1);
    }

    void personalItemsAreLastWriterWins()
    {
        startModule();
        QCOMPARE(CollectionPolicies(m_session->database())
                     .policyOf(QString::fromLatin1(TaskCollection))
                     .value_or(ConflictPolicy::AskUser),
                 ConflictPolicy::LastWriterWins);
    }

    void fieldsHaveLabelsForTheConflictDialog()
    {
        QVERIFY(!taskFieldLabel(QStringLiteral("title")).isEmpty());
        QVERIFY(!taskFieldLabel(QStringLiteral("dueAt")).isEmpty());
        QVERIFY(taskFieldLabel(QStringLiteral("unknown")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchTasks)
#include "tst_workbenchtasks.moc"
