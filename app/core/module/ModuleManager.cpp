#include "ModuleManager.h"

#include "Logging.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleGuard.h"
#include "module/ModuleRecords.h"
#include "module/ObjectPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QTimer>
#include <algorithm>
#include <exception>
#include <set>

namespace GovDesk::Core {

Q_LOGGING_CATEGORY(lcModules, "govdesk.modules", QtWarningMsg)

struct ModuleManager::Entry
{
    ModuleRecord record;
    std::unique_ptr<QPluginLoader> loader;
    Module *module = nullptr;
    std::unique_ptr<ModuleContext> context;
};

namespace {
// The IID of the UI side (Ui::ModuleUi); core cannot include govdesk-ui's header.
constexpr char ModuleUiIid[] = "org.govdesk.ModuleUi/2";

// A lifecycle call that returns a bool (or nothing), with any exception turned into a reason.
template<typename Call> bool guarded(Call &&call, QString *reason)
{
    auto result = callModule([&]() -> Result<bool> { return call(); });
    if (!result) {
        *reason = result.error().message + QStringLiteral(" (") + result.error().detail + QLatin1Char(')');
        return false;
    }
    return *result;
}
} // namespace

ModuleManager::ModuleManager(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<ObjectPool>())
{
}

ModuleManager::~ModuleManager()
{
    shutdown();
}

QStringList ModuleManager::defaultSearchPaths()
{
    QStringList paths
        = qEnvironmentVariable("GOVDESK_MODULE_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << appDir + QStringLiteral("/../lib/govdesk/modules") // installed
          << appDir + QStringLiteral("/../../modules");         // build tree: build/<preset>/app/shell
    return paths;
}

ModuleManager::Scan::Scan() = default;
ModuleManager::Scan::Scan(Scan &&) noexcept = default;
ModuleManager::Scan &ModuleManager::Scan::operator=(Scan &&) noexcept = default;
ModuleManager::Scan::~Scan() = default;

ModuleManager::Scan ModuleManager::scan(const QStringList &searchPaths, ScanLoads loads, QThread *owner)
{
    Scan result;
    QStringList scanned; // the same folder reached by two paths must not make every module a duplicate
    for (const QString &folder : searchPaths) {
        const QDir dir(folder);
        const QString canonical = dir.canonicalPath();
        if (canonical.isEmpty() || scanned.contains(canonical))
            continue;
        scanned << canonical;
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (!QLibrary::isLibrary(file))
                continue;
            const QString path = dir.absoluteFilePath(file);
            auto loader = std::make_unique<QPluginLoader>(path);
            const QJsonObject metaData = loader->metaData();
            QString iid = metaData.value(QStringLiteral("IID")).toString();
            auto metadata = ModuleMetadata::fromJson(metaData.value(QStringLiteral("MetaData")).toObject());
            // Only what initializeAll() would load anyway; a failure is reported from there.
            if (loads == ScanLoads::Modules && iid == QLatin1String(GovDeskModule_iid) && metadata
                && metadata->apiVersion == ModuleApiVersion)
                (void)loader->load();
            loader->moveToThread(owner);
            result.plugins.push_back({path, std::move(loader), std::move(iid), std::move(metadata)});
        }
    }
    return result;
}

std::future<ModuleManager::Scan> ModuleManager::scanInBackground() const
{
    return std::async(std::launch::async, [paths = m_searchPaths, owner = thread()] {
        return scan(paths, ScanLoads::Modules, owner);
    });
}

void ModuleManager::discover()
{
    discover(scan(m_searchPaths, ScanLoads::MetadataOnly, thread()));
}

void ModuleManager::discover(Scan scan)
{
    m_entries.clear();
    m_uiPlugins.clear();
    for (Scan::Plugin &plugin : scan.plugins) {
        const QString &iid = plugin.iid;
        if (iid == QLatin1String(ModuleUiIid)) {
            // The page of a module, loaded by the shell when it first opens.
            m_uiPlugins.push_back(std::shared_ptr<QPluginLoader>(plugin.loader.release()));
            continue;
        }
        auto entry = std::make_unique<Entry>();
        entry->record.path = plugin.path;
        entry->loader = std::move(plugin.loader);
        Entry &added = *m_entries.emplace_back(std::move(entry));
        if (iid != QLatin1String(GovDeskModule_iid)) {
            markUnavailable(added, tr("%1 is not a GovDesk module.").arg(QFileInfo(plugin.path).fileName()));
            continue;
        }
        const Result<ModuleMetadata> &metadata = plugin.metadata;
        if (!metadata) {
            markUnavailable(added, metadata.error().message);
            continue;
        }
        added.record.metadata = *metadata;
        if (metadata->apiVersion != ModuleApiVersion) {
            markUnavailable(added, tr("The module \"%1\" was built for module interface %2; this GovDesk "
                                      "provides %3.")
                                       .arg(metadata->id)
                                       .arg(metadata->apiVersion)
                                       .arg(ModuleApiVersion));
            continue;
        }
        const auto same = std::count_if(m_entries.begin(), m_entries.end(), [&](const auto &other) {
            return other->record.metadata.id == metadata->id
                   && other->record.state != ModuleState::Unavailable;
        });
        if (same > 1)
            markUnavailable(added, tr("The module \"%1\" is installed twice; %2 is ignored.")
                                       .arg(metadata->id, added.record.path));
    }
    orderByDependencies();
}

ModuleManager::Entry *ModuleManager::find(const QString &id) const
{
    for (const auto &entry : m_entries) {
        if (entry->record.metadata.id == id && entry->record.state != ModuleState::Unavailable)
            return entry.get();
    }
    return nullptr;
}

void ModuleManager::markUnavailable(Entry &entry, const QString &reason)
{
    entry.record.state = ModuleState::Unavailable;
    entry.record.unavailableReason = reason;
    qCWarning(lcModules) << "module unavailable:" << entry.record.path << reason;
    Q_EMIT moduleUnavailable(entry.record.metadata.id, reason);
}

void ModuleManager::orderByDependencies()
{
    // Missing dependencies first, repeated because one unavailable module can take others along.
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &entry : m_entries) {
            if (entry->record.state == ModuleState::Unavailable)
                continue;
            for (const QString &dependency : std::as_const(entry->record.metadata.dependencies)) {
                if (!find(dependency)) {
                    markUnavailable(*entry, tr("The module \"%1\" needs \"%2\", which is not available.")
                                                .arg(entry->record.metadata.id, dependency));
                    changed = true;
                    break;
                }
            }
        }
    }
    // Kahn's algorithm; ties keep discovery (file name) order, so the order is reproducible.
    std::vector<std::unique_ptr<Entry>> ordered;
    std::set<QString> placed;
    for (bool progress = true; progress;) {
        progress = false;
        for (auto &entry : m_entries) {
            if (!entry || entry->record.state == ModuleState::Unavailable)
                continue;
            const auto &deps = entry->record.metadata.dependencies;
            if (std::all_of(deps.begin(), deps.end(), [&](const QString &d) { return placed.contains(d); })) {
                placed.insert(entry->record.metadata.id);
                ordered.push_back(std::move(entry));
                progress = true;
            }
        }
    }
    for (auto &entry : m_entries) {
        if (!entry)
            continue;
        if (entry->record.state != ModuleState::Unavailable)
            markUnavailable(
                *entry,
                tr("The module \"%1\" is part of a circular dependency.").arg(entry->record.metadata.id));
        ordered.push_back(std::move(entry));
    }
    m_entries = std::move(ordered);
}

void ModuleManager::initializeAll(Session &session)
{
    for (const auto &entry : m_entries) {
        if (entry->record.state != ModuleState::Discovered)
            continue;
        const auto &deps = entry->record.metadata.dependencies;
        const auto failed
            = std::find_if(deps.begin(), deps.end(), [this](const QString &d) { return !find(d); });
        if (failed != deps.end()) {
            markUnavailable(*entry, tr("The module \"%1\" needs \"%2\", which failed to start.")
                                        .arg(entry->record.metadata.id, *failed));
            continue;
        }
        loadAndInitialize(*entry, session);
    }
    for (const auto &entry : m_entries) {
        if (entry->record.state != ModuleState::Initialized)
            continue;
        QString reason;
        if (!guarded(
                [&] {
                    entry->module->extensionsInitialized(*entry->context);
                    return true;
                },
                &reason))
            markUnavailable(
                *entry, tr("The module \"%1\" failed to start: %2").arg(entry->record.metadata.id, reason));
    }
}

void ModuleManager::startDelayedInitialize()
{
    m_delayedQueue.clear();
    QObject::disconnect(m_delayedWaitsForUnlock);
    for (const auto &entry : m_entries) {
        if (entry->record.state == ModuleState::Initialized)
            m_delayedQueue << entry->record.metadata.id;
    }
    QTimer::singleShot(0, this, &ModuleManager::delayedInitializeNext);
}

void ModuleManager::delayedInitializeNext()
{
    if (m_delayedQueue.isEmpty()) {
        Q_EMIT delayedInitializeFinished();
        return;
    }
    Entry *entry = find(m_delayedQueue.first());
    if (entry && entry->record.state == ModuleState::Initialized && !entry->context->isSessionOpen()) {
        // Locked before the module's turn (the idle lock, a quick Ctrl+L): no module works on a
        // closed session, so the queue goes on after the unlock.
        m_delayedWaitsForUnlock = connect(entry->context.get(), &ModuleContext::sessionUnlocked, this,
                                          &ModuleManager::delayedInitializeNext, Qt::SingleShotConnection);
        return;
    }
    m_delayedQueue.removeFirst();
    bool worked = false;
    if (entry && entry->record.state == ModuleState::Initialized) {
        QString reason;
        worked = guarded([&] { return entry->module->delayedInitialize(*entry->context); }, &reason);
        if (!reason.isEmpty())
            qCWarning(lcModules) << "delayed initialisation of" << entry->record.metadata.id
                                 << "failed:" << reason;
    }
    // As Qt Creator: a module that did real work gives the event loop a moment before the next.
    QTimer::singleShot(worked ? 20 : 0, this, &ModuleManager::delayedInitializeNext);
}

void ModuleManager::loadAndInitialize(Entry &entry, Session &session)
{
    const QString id = entry.record.metadata.id;
    QObject *instance = entry.loader->instance();
    if (!instance) {
        markUnavailable(entry,
                        tr("The module \"%1\" could not be loaded: %2").arg(id, entry.loader->errorString()));
        return;
    }
    entry.module = qobject_cast<Module *>(instance);
    if (!entry.module) {
        markUnavailable(entry, tr("%1 is not a GovDesk module.").arg(entry.record.path));
        return;
    }
    entry.context = std::make_unique<ModuleContext>(entry.record.metadata, session, *m_pool);
    QString error;
    // No exception may cross a module boundary; one that does must not take the shell down.
    const bool initialized
        = guarded([&] { return entry.module->initialize(*entry.context, &error); }, &error);
    if (!initialized) {
        entry.context.reset(); // nothing it registered may outlive it
        markUnavailable(entry, tr("The module \"%1\" failed to start: %2")
                                   .arg(id, error.isEmpty() ? tr("no reason given") : error));
        return;
    }
    entry.record.state = ModuleState::Initialized;
    qCInfo(lcModules) << "initialized module" << id << entry.record.metadata.version;
}

QStringList ModuleManager::seedDemoData()
{
    QStringList failures;
    for (const auto &entry : m_entries) {
        if (entry->record.state != ModuleState::Initialized)
            continue;
        QString error;
        if (!guarded([&] { return entry->module->seedDemoData(*entry->context, &error); }, &error))
            failures << entry->record.metadata.id + QStringLiteral(": ") + error;
    }
    return failures;
}

void ModuleManager::shutdown()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        Entry &entry = **it;
        if (entry.record.state == ModuleState::Initialized) {
            QString reason;
            if (!guarded(
                    [&] {
                        entry.module->aboutToShutdown();
                        return true;
                    },
                    &reason))
                qCWarning(lcModules) << "shutdown of" << entry.record.metadata.id << "failed:" << reason;
            entry.record.state = ModuleState::Discovered;
            // Its listeners and projections go with it; pages using it are gone before this.
            entry.context.reset();
        }
    }
}

QList<ModuleRecord> ModuleManager::records() const
{
    QList<ModuleRecord> list;
    for (const auto &entry : m_entries)
        list << entry->record;
    return list;
}

QList<ModuleRecord> ModuleManager::available() const
{
    QList<ModuleRecord> list;
    for (const auto &entry : m_entries) {
        if (entry->record.state == ModuleState::Initialized)
            list << entry->record;
    }
    return list;
}

QList<ModuleRecord> ModuleManager::unavailable() const
{
    QList<ModuleRecord> list;
    for (const auto &entry : m_entries) {
        if (entry->record.state == ModuleState::Unavailable)
            list << entry->record;
    }
    return list;
}

Module *ModuleManager::module(const QString &id) const
{
    Entry *entry = find(id);
    return entry && entry->record.state == ModuleState::Initialized ? entry->module : nullptr;
}

QObject *ModuleManager::pluginInstance(const QString &id) const
{
    Module *found = module(id);
    return found ? find(id)->loader->instance() : nullptr;
}

QString ModuleManager::fieldLabel(const QString &collection, const QString &field) const
{
    for (const auto &entry : m_entries) {
        if (entry->record.state != ModuleState::Initialized || !entry->context->records().owns(collection))
            continue;
        auto label
            = callModule([&]() -> Result<QString> { return entry->module->fieldLabel(collection, field); });
        return label ? *label : QString();
    }
    return {};
}

ModuleContext *ModuleManager::context(const QString &id) const
{
    Entry *entry = find(id);
    return entry ? entry->context.get() : nullptr;
}

} // namespace GovDesk::Core
