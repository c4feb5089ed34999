// ModuleContext: the services of the unlocked profile that one module may use.
#pragma once

#include "Result.h"
#include "module/ModuleMetadata.h"
#include "store/MigrationRunner.h"

#include <QLoggingCategory>
#include <QVariant>

#include <memory>

namespace GovDesk::Core {

class AuditLog;
class Database;
class ProfileSettings;
class RecordStore;
class SearchService;
class Session;
class TodoService;

// One per module. Services are reached through the session each time, never kept: after a lock
// and unlock they are new objects on a reopened database.
class ModuleContext
{
public:
    ModuleContext(ModuleMetadata metadata, Session &session);
    ~ModuleContext();
    ModuleContext(const ModuleContext &) = delete;
    ModuleContext &operator=(const ModuleContext &) = delete;

    [[nodiscard]] const ModuleMetadata &metadata() const { return m_metadata; }
    [[nodiscard]] bool isDemo() const;

    // Runs this module's migrations (owner "module.<id>"), each in its own transaction.
    [[nodiscard]] Result<> migrate(const QList<Migration> &migrations);

    [[nodiscard]] Database &database() const;
    [[nodiscard]] AuditLog &audit() const;
    [[nodiscard]] SearchService &search() const;
    [[nodiscard]] TodoService &todos() const;
    // Synced records: put()/remove() queue each change for the server in the same transaction.
    // This is also the conflict hook: records().addConflictListener(collection, …) tells the
    // module when a push met a newer server version (the shell lists conflicts for the user).
    // Listeners registered here survive lock and unlock; register them once, in initialize().
    [[nodiscard]] RecordStore &records() const;

    // Per-profile settings, in the encrypted database, scoped to this module.
    [[nodiscard]] Result<QVariant> setting(const QString &key, const QVariant &defaultValue = {}) const;
    [[nodiscard]] Result<> setSetting(const QString &key, const QVariant &value);

    // "govdesk.module.<id>", warnings by default like the core's categories.
    [[nodiscard]] const QLoggingCategory &log() const { return *m_log; }

private:
    ModuleMetadata m_metadata;
    Session &m_session;
    QByteArray m_categoryName; // QLoggingCategory keeps the pointer
    std::unique_ptr<QLoggingCategory> m_log;
};

} // namespace GovDesk::Core
