// ModuleContext: the services of the unlocked profile that one module may use, scoped to it.
#pragma once

#include "Result.h"
#include "module/ModuleMetadata.h"
#include "store/MigrationRunner.h"
#include "sync/SyncTypes.h"

#include <QLoggingCategory>
#include <QObject>
#include <QVariant>
#include <memory>

namespace GovDesk::Core {

class AuditLog;
class Database;
class DatasetApplier;
struct DatasetSource;
class ModuleRecords;
class ModuleSearch;
class ModuleTodos;
class ObjectPool;
class ProjectionRunner;
class Session;
struct Projection;

// One per module, for the module's whole life (both its plugins). Services are reached through
// the session each time, never kept: after a lock and unlock they are new objects on a reopened
// database. Everything that writes is stamped with the module id: records only in collections
// "<id>.", search entries and to-do items under the module's own id.
class ModuleContext : public QObject
{
    Q_OBJECT
public:
    // `pool` is shared by all modules (ModuleManager owns it).
    ModuleContext(ModuleMetadata metadata, Session &session, ObjectPool &pool, QObject *parent = nullptr);
    ~ModuleContext() override;

    [[nodiscard]] const ModuleMetadata &metadata() const { return m_metadata; }
    [[nodiscard]] QString moduleId() const { return m_metadata.id; }
    [[nodiscard]] bool isDemo() const;
    // False while the profile is locked: nothing but this and metadata() may be called then. Pages
    // stay alive across a lock (unsaved edits are kept) and hear sessionLocked()/sessionUnlocked().
    [[nodiscard]] bool isSessionOpen() const;

    // Runs this module's migrations (owner "module.<id>"), each in its own transaction. Tables are
    // named "<id>_…".
    [[nodiscard]] Result<> migrate(const QList<Migration> &migrations);

    // The profile's encrypted database, for the module's own tables.
    [[nodiscard]] Database &database() const;
    // A second connection to it for long work on a worker thread (an import of a year of readings,
    // a rebuild): call it here, use it on that one thread, close it before the work's result is
    // handed back. Write only the module's own tables on it (records stay with records(), on the
    // UI thread); WAL lets it write beside the UI thread's connection. Locked: SessionLocked.
    [[nodiscard]] Result<std::unique_ptr<Database>> openWorkerDatabase() const;
    [[nodiscard]] AuditLog &audit() const;
    [[nodiscard]] ModuleSearch &search() const { return *m_search; }
    [[nodiscard]] ModuleTodos &todos() const { return *m_todos; }
    // Synced records: put()/remove() queue each change for the server in the same transaction.
    [[nodiscard]] ModuleRecords &records() const { return *m_records; }
    // Services of other modules (and this module's own, for its UI plugin).
    [[nodiscard]] ObjectPool &objects() const { return m_pool; }

    // Keeps the module's tables, search entries and to-dos level with its records, whoever wrote
    // them and whenever (see Projection). Catches up at once: call it in initialize(), after
    // migrate().
    [[nodiscard]] Result<> addProjection(Projection projection);
    [[nodiscard]] ProjectionRunner &projections() const { return *m_projections; }

    // Datasets that arrive by sync (records of `source.collection` naming a CSV or JSON file):
    // recorded by a projection, imported off the UI thread by a DatasetApplier (see there and
    // docs/writing-a-module.md). Call it in initialize(), after migrate(); once per module.
    [[nodiscard]] Result<> addDatasets(DatasetSource source);
    // The module's applier (progress, cancel, retry, statuses); null before addDatasets().
    [[nodiscard]] DatasetApplier *datasets() const { return m_datasets.get(); }

    // The account the profile signs in to the sync server with: user id, name, organisation and
    // roles. Invalid (no user id, no roles) before the first sign-in and in the demo, but then
    // named after the profile's owner and organisation. Also readable while locked.
    [[nodiscard]] SyncAccount account() const;
    // The sync server's directory of organisations (id and name), as fetched at the last sync:
    // what a record's recipients are chosen from and shown as. Read-only (the sync replaces it);
    // empty before the first sync and in the demo.
    [[nodiscard]] Result<QList<OrganisationEntry>> organisations() const;
    // Whether the account holds one of `roles` (empty: everyone); true without an account, as the
    // shell shows every module then. For hiding actions: the server enforces the same roles.
    [[nodiscard]] bool rolesAllow(const QStringList &roles) const;

    // Per-profile settings, in the encrypted database, scoped to this module.
    [[nodiscard]] Result<QVariant> setting(const QString &key, const QVariant &defaultValue = {}) const;
    [[nodiscard]] Result<> setSetting(const QString &key, const QVariant &value);

    // "govdesk.module.<id>", warnings by default like the core's categories.
    [[nodiscard]] const QLoggingCategory &log() const { return *m_log; }

Q_SIGNALS:
    void sessionLocked();
    void sessionUnlocked();
    // Some module's to-do items changed (after the change committed).
    void todosChanged();
    // A projection applied records: views of the module's tables re-read them.
    void projected(const QString &projection, int count);
    // account() changed (signed in as someone else, or the server changed the roles).
    void accountChanged();
    // A sync downloaded attachments (blobs): records that named files which had not arrived can
    // use them now. Not emitted for blobs added locally.
    void blobsArrived();

private:
    ModuleMetadata m_metadata;
    Session &m_session;
    ObjectPool &m_pool;
    QByteArray m_categoryName; // QLoggingCategory keeps the pointer
    std::unique_ptr<QLoggingCategory> m_log;
    std::unique_ptr<ModuleRecords> m_records;
    std::unique_ptr<ModuleSearch> m_search;
    std::unique_ptr<ModuleTodos> m_todos;
    std::unique_ptr<ProjectionRunner> m_projections;
    std::unique_ptr<DatasetApplier> m_datasets;
};

} // namespace GovDesk::Core
