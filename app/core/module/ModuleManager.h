// ModuleManager: finds module plugins, orders them by dependencies and brings them up, keeping
// a module that cannot load or initialise as "unavailable" with the reason.
#pragma once

#include "module/ModuleMetadata.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace GovDesk::Core {

class Module;
class ModuleContext;
class Session;

enum class ModuleState { Discovered, Initialized, Unavailable };

struct ModuleRecord
{
    QString path;               // the plugin file
    ModuleMetadata metadata;    // id may be empty when the description itself is unreadable
    ModuleState state = ModuleState::Discovered;
    QString unavailableReason;  // translated
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

    // Reads every plugin's metadata without running any of its code.
    void discover();
    // Loads and initialises the discovered modules in dependency order on the unlocked session,
    // then calls extensionsInitialized() on each. Never fails as a whole.
    void initializeAll(Session &session);
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

Q_SIGNALS:
    void moduleUnavailable(const QString &id, const QString &reason);

private:
    struct Entry;
    [[nodiscard]] Entry *find(const QString &id) const;
    void markUnavailable(Entry &entry, const QString &reason);
    void orderByDependencies();
    void loadAndInitialize(Entry &entry, Session &session);

    QStringList m_searchPaths = defaultSearchPaths();
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace GovDesk::Core
