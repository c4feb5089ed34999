// CollectionPolicy: how a collection's records may change, declared by the module that owns it.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Core {

class Database;

enum class ConflictPolicy {
    // A push meeting a newer server version keeps both for the user to choose (公文, 申请 …).
    AskUser,
    // The local change is re-sent on top of the server's version, which it replaces: for data
    // where the latest word is the right one and nobody could choose better (settings, a
    // personal list's order).
    LastWriterWins,
    // Records are written once and never changed or deleted (rainfall and level readings, audit
    // copies): there is nothing to conflict about. put() of an existing record is refused.
    AppendOnly,
};

// Stored in the profile (sync_collections), so the sync worker, govdesk-cli and every connection
// see what the module declared at its initialisation.
class CollectionPolicies
{
    Q_DECLARE_TR_FUNCTIONS(CollectionPolicies)
public:
    [[nodiscard]] static Migration migration(int version);

    explicit CollectionPolicies(Database &db);

    [[nodiscard]] Result<> declare(const QString &collection, ConflictPolicy policy, int schemaVersion);
    // AskUser for an undeclared collection: never lose a change silently by default.
    [[nodiscard]] Result<ConflictPolicy> policyOf(const QString &collection) const;

private:
    Database &m_db;
};

} // namespace GovDesk::Core
