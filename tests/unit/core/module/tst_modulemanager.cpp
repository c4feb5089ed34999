// Tests ModuleManager with real plugins that succeed or fail in every way it must survive.
#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleManager.h"
#include "search/SearchService.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "todo/TodoService.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

class TestModuleManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ModuleManager> m_manager;

    ModuleRecord record(const QString &fileStem) const
    {
        const QList<ModuleRecord> records = m_manager->records();
        for (const ModuleRecord &r : records) {
            if (r.path.endsWith(QStringLiteral("/libgd_test_") + fileStem + QStringLiteral(".so")))
                return r;
        }
        return {};
    }

    QStringList events(const QString &module) const
    {
        return m_session->settings()
            .value(module, QStringLiteral("events"))
            .value_or(QVariant())
            .toStringList();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("GOVDESK_TEST_SHUTDOWN_LOG", m_dir->filePath(QStringLiteral("shutdown.log")).toLocal8Bit());
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto profile = m_profiles->ensureDemo();
        GD_VERIFY(profile);
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(profile->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
        m_manager = std::make_unique<ModuleManager>();
        m_manager->setSearchPaths({QStringLiteral(GOVDESK_TEST_MODULE_DIR)});
    }

    void cleanup()
    {
        m_manager.reset();
        m_session.reset();
    }

    void discoveryReadsMetadataWithoutLoadingCode()
    {
        m_manager->discover();
        const ModuleRecord alpha = record(QStringLiteral("alpha"));
        QCOMPARE(alpha.metadata.id, QStringLiteral("alpha"));
        QCOMPARE(alpha.metadata.nameZh, QStringLiteral("测试模块alpha"));
        QCOMPARE(alpha.state, ModuleState::Discovered);
        QVERIFY(!m_manager->module(QStringLiteral("alpha"))); // not initialised, not loaded
    }

    void goodModulesInitialiseInDependencyOrder()
    {
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QStringList ids;
        for (const ModuleRecord &r : m_manager->available())
            ids << r.metadata.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QVERIFY(m_manager->module(QStringLiteral("beta")));
        QVERIFY(qobject_cast<Module *>(m_manager->pluginInstance(QStringLiteral("alpha"))));
        QCOMPARE(events(QStringLiteral("alpha")),
                 (QStringList{QStringLiteral("initialize"), QStringLiteral("extensionsInitialized")}));

        // What alpha did through its context landed in the profile, under its own names.
        QCOMPARE(
            m_session->database()
                .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'alpha_notes'"))
                .value_or(0),
            1);
        QCOMPARE(m_session->database()
                     .queryInt(QStringLiteral(
                         "SELECT max(version) FROM schema_migrations WHERE owner = 'module.alpha'"))
                     .value_or(0),
                 1);
        QVERIFY(m_session->search().registeredTypes().size() >= 2);
    }

    void delayedInitializationRunsAfterTheOthersOneModulePerTurn()
    {
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QSignalSpy finished(m_manager.get(), &ModuleManager::delayedInitializeFinished);
        m_manager->startDelayedInitialize();
        // Not during the call: the window gets to paint first.
        QCOMPARE(events(QStringLiteral("alpha")).size(), 2);
        QVERIFY(finished.wait(5000));
        QCOMPARE(events(QStringLiteral("alpha")).last(), QStringLiteral("delayedInitialize"));
        QCOMPARE(events(QStringLiteral("beta")).last(), QStringLiteral("delayedInitialize"));
    }

    void delayedInitializationWaitsWhileTheSessionIsLocked()
    {
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QSignalSpy finished(m_manager.get(), &ModuleManager::delayedInitializeFinished);
        m_manager->startDelayedInitialize();
        const QString profileId = m_session->profile().id;
        m_session->lock(); // before the first turn
        QVERIFY(!finished.wait(200));
        GD_VERIFY(m_session->unlock(profileId, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
        QVERIFY(finished.wait(5000));
        QCOMPARE(events(QStringLiteral("alpha")).last(), QStringLiteral("delayedInitialize"));
        QCOMPARE(events(QStringLiteral("beta")).last(), QStringLiteral("delayedInitialize"));
        QCOMPARE(events(QStringLiteral("alpha")).count(QStringLiteral("delayedInitialize")), 1);
    }

    void aScanOnAWorkerLoadsTheModulesAndHandsThemToThisThread()
    {
        ModuleManager::Scan scan = m_manager->scanInBackground().get();
        QCOMPARE(scan.plugins.size(), std::size_t{14}); // 13 modules, good and bad, and a page
        QHash<QString, bool> loaded;
        for (const ModuleManager::Scan::Plugin &plugin : scan.plugins) {
            QCOMPARE(plugin.loader->thread(), m_manager->thread());
            loaded.insert(QFileInfo(plugin.path).completeBaseName(), plugin.loader->isLoaded());
        }
        // The code of what initializeAll() will load is mapped; a page waits for its page, and
        // neither a plugin of another interface nor one built for another version is loaded.
        QVERIFY(loaded.value(QStringLiteral("libgd_test_alpha")));
        QVERIFY(loaded.value(QStringLiteral("libgd_test_beta")));
        QVERIFY(!loaded.value(QStringLiteral("libgd_test_alpha_ui"), true));
        QVERIFY(!loaded.value(QStringLiteral("libgd_test_kappa"), true));
        QVERIFY(!loaded.value(QStringLiteral("libgd_test_zeta"), true));

        // Taken by discover(), it gives what a scan on this thread gives.
        m_manager->discover(std::move(scan));
        m_manager->initializeAll(*m_session);
        QStringList ids;
        for (const ModuleRecord &r : m_manager->available())
            ids << r.metadata.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(m_manager->unavailable().size(), 11);
        QCOMPARE(m_manager->uiPlugins().size(), 1);
        QVERIFY(m_manager->uiPlugins().constFirst()->thread() == m_manager->thread());
    }

    void aModulesPagePluginIsNotAModuleOfItsOwn()
    {
        m_manager->discover();
        for (const ModuleRecord &r : m_manager->records())
            QVERIFY2(!r.path.contains(QStringLiteral("alpha_ui")), qPrintable(r.path));
        // It is handed on, read but not loaded, for the shell's ModuleUiLoader.
        QCOMPARE(m_manager->uiPlugins().size(), 1);
        const std::shared_ptr<QPluginLoader> &page = m_manager->uiPlugins().constFirst();
        QVERIFY2(page->fileName().contains(QStringLiteral("alpha_ui")), qPrintable(page->fileName()));
        QVERIFY(!page->isLoaded());
        QCOMPARE(
            page->metaData().value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("module")),
            QStringLiteral("alpha"));
    }

    void everyFailureIsListedWithItsReason_data()
    {
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("duplicate id") << QStringLiteral("alpha_copy") << QStringLiteral("installed twice");
        QTest::newRow("initialize fails")
            << QStringLiteral("gamma") << QStringLiteral("示例错误：无法创建数据表");
        QTest::newRow("dependency failed")
            << QStringLiteral("delta") << QStringLiteral("needs \"gamma\", which failed to start");
        QTest::newRow("dependency missing")
            << QStringLiteral("epsilon") << QStringLiteral("needs \"nonexistent\", which is not available");
        QTest::newRow("wrong api version") << QStringLiteral("zeta") << QStringLiteral("module interface 99");
        QTest::newRow("cycle a") << QStringLiteral("eta") << QStringLiteral("circular dependency");
        QTest::newRow("cycle b") << QStringLiteral("theta") << QStringLiteral("circular dependency");
        QTest::newRow("invalid metadata") << QStringLiteral("iota") << QStringLiteral("no valid id");
        QTest::newRow("other interface")
            << QStringLiteral("kappa") << QStringLiteral("is not a GovDesk module");
        QTest::newRow("throws in initialize")
            << QStringLiteral("lambda") << QStringLiteral("test module threw");
        QTest::newRow("not a Qt plugin")
            << QStringLiteral("not_a_plugin") << QStringLiteral("is not a GovDesk module");
    }

    void everyFailureIsListedWithItsReason()
    {
        QFETCH(QString, plugin);
        QFETCH(QString, reasonPart);
        QSignalSpy unavailable(m_manager.get(), &ModuleManager::moduleUnavailable);
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        const ModuleRecord r = record(plugin);
        QVERIFY2(!r.path.isEmpty(), qPrintable(plugin));
        QCOMPARE(r.state, ModuleState::Unavailable);
        QVERIFY2(r.unavailableReason.contains(reasonPart), qPrintable(r.unavailableReason));
        QCOMPARE(unavailable.count(), m_manager->unavailable().size());
        // … and the good modules and the session are unaffected.
        QCOMPARE(m_manager->available().size(), 2);
        QVERIFY(m_session->isUnlocked());
    }

    void failedMigrationOfAModuleLeavesNothingBehind()
    {
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        // gamma failed before migrating; nothing of it is in the profile.
        QCOMPARE(m_session->database()
                     .queryInt(QStringLiteral(
                         "SELECT count(*) FROM schema_migrations WHERE owner = 'module.gamma'"))
                     .value_or(-1),
                 0);
    }

    void demoDataAndShutdown()
    {
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QCOMPARE(m_manager->seedDemoData(), QStringList());
        auto hits = m_session->search().search({.text = QStringLiteral("森林防火")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 2); // alpha's and beta's seeded notes
        QCOMPARE(m_session->todos().openCount().value_or(0), 2);

        m_manager->shutdown();
        QFile log(m_dir->filePath(QStringLiteral("shutdown.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll(), QByteArray("beta\nalpha\n")); // reverse order of initialisation
    }

    void theSameFolderTwiceIsScannedOnce()
    {
        m_manager->setSearchPaths({QStringLiteral(GOVDESK_TEST_MODULE_DIR),
                                   QStringLiteral(GOVDESK_TEST_MODULE_DIR "/../module-plugins")});
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QCOMPARE(record(QStringLiteral("alpha")).state, ModuleState::Initialized);
        QCOMPARE(m_manager->unavailable().size(), 11); // the failing plugins once each, no duplicates
    }

    void emptyOrMissingFolderIsFine()
    {
        m_manager->setSearchPaths({m_dir->filePath(QStringLiteral("nothing-here"))});
        m_manager->discover();
        m_manager->initializeAll(*m_session);
        QVERIFY(m_manager->records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModuleManager)
#include "tst_modulemanager.moc"
