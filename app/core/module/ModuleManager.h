// ModuleManager: finds module plugins, orders them by dependencies and brings them up, keeping
// a module that cannot load or initialise as "unavailable" with the reason.
#pragma once

#include "module/ModuleMetadata.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <future>
#include <memory>
#include <vector>

class QPluginLoader;
class QThread;

namespace GovDesk::Core {

class Module;
class ModuleContext;
class ObjectPool;
class Session;

enum class ModuleState { Discovered, Initialized, Unavailable };

struct ModuleRecord
{
    QString path;            // the plugin file
    ModuleMetadata metadata; // id may be empty when the description itself is unreadable
    ModuleState state = ModuleState::Discovered;
    QString unavailableReason; // translated
};

class ModuleManager : public QObject
{
    Q_OBJECT
public:
    explicit ModuleManager(QObject *parent = nullptr);
    ~ModuleManager() override;

    // $GOVDESK_MODULE_PATH (':'-separated), the installed lib/govdesk/modules next to the
    // executable, and the build tree's modules/ folder.
    [[nodiscard]] static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    [[nodiscard]] QStringList searchPaths() const { return m_searchPaths; }

    // The plugin files of the search path and their metadata, read without running any of
    // their code; with LoadModules the libraries of the modules to initialise are also loaded
    // (mapped and linked; no instance made, so nothing of them runs but their static
    // initialisers). Touches nothing of a manager: a worker thread may read it while the
    // session unlocks (scanInBackground()); the loaders are handed to `owner`'s thread.
    struct Scan
    {
        struct Plugin
        {
            QString path;
            std::unique_ptr<QPluginLoader> loader;
            QString iid;
            // Parsed once, here: what decides loading here decides availability in discover().
            Result<ModuleMetadata> metadata;
        };
        std::vector<Plugin> plugins;
        Scan();
        Scan(Scan &&) noexcept;
        Scan &operator=(Scan &&) noexcept;
        ~Scan();
    };
    enum class ScanLoads { MetadataOnly, Modules };
    [[nodiscard]] static Scan scan(const QStringList &searchPaths, ScanLoads loads, QThread *owner);
    // scan() of this manager's search path on a thread of its own, loading the modules' code.
    [[nodiscard]] std::future<Scan> scanInBackground() const;

    // Takes the modules of a scan in dependency order. UI plugins (Ui::ModuleUi) are not
    // modules of their own: they are left to the shell's ModuleUiLoader.
    void discover(Scan scan);
    // discover() of a scan of the search path made now, reading metadata only.
    void discover();
    // The UI plugins discover() found beside the modules: metadata read, code not loaded (the
    // shell's ModuleUiLoader takes them, so no folder is read twice).
    [[nodiscard]] const QList<std::shared_ptr<QPluginLoader>> &uiPlugins() const { return m_uiPlugins; }
    // Loads and initialises the discovered modules in dependency order on the unlocked session,
    // then calls extensionsInitialized() on each. Never fails as a whole.
    void initializeAll(Session &session);
    // After the window shows: delayedInitialize() of each initialised module, one per event-loop
    // turn so the window stays responsive (paused while the session is locked);
    // delayedInitializeFinished() when all have run.
    void startDelayedInitialize();
    // Demo profiles only: every initialised module writes its fictional data; failures are
    // returned per module as "id: reason" and do not stop the others.
    [[nodiscard]] QStringList seedDemoData();
    // aboutToShutdown() in reverse order; the plugins stay loaded (their widgets may live on).
    void shutdown();

    [[nodiscard]] QList<ModuleRecord> records() const; // in initialisation order
    [[nodiscard]] QList<ModuleRecord> available() const;
    [[nodiscard]] QList<ModuleRecord> unavailable() const;
    [[nodiscard]] Module *module(const QString &id) const;
    // The plugin's root object, for the UI side to qobject_cast to its own interface.
    [[nodiscard]] QObject *pluginInstance(const QString &id) const;
    [[nodiscard]] ModuleContext *context(const QString &id) const;
    // Services modules offer each other (ObjectPool).
    [[nodiscard]] ObjectPool &objects() const { return *m_pool; }
    // The module's label for a payload field of `collection` (conflict dialog); empty if none.
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const;

Q_SIGNALS:
    void moduleUnavailable(const QString &id, const QString &reason);
    void delayedInitializeFinished();

private:
    struct Entry;
    [[nodiscard]] Entry *find(const QString &id) const;
    void markUnavailable(Entry &entry, const QString &reason);
    void orderByDependencies();
    void loadAndInitialize(Entry &entry, Session &session);
    void delayedInitializeNext();

    QStringList m_searchPaths = defaultSearchPaths();
    std::unique_ptr<ObjectPool> m_pool;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QList<std::shared_ptr<QPluginLoader>> m_uiPlugins;
    QStringList m_delayedQueue; // ids still to run delayedInitialize()
    QMetaObject::Connection m_delayedWaitsForUnlock;
};

} // namespace GovDesk::Core
