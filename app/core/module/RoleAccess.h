// RoleAccess: whether the profile's sync account may open a module or use an action, by role.
#pragma once

#include "sync/SyncTypes.h"

#include <QStringList>

namespace GovDesk::Core {

struct ModuleMetadata;

// Roles come from the sync server (the account stored at sign-in). A profile that never signed in
// and the demo have no account: everything is open there, as on a stand-alone desktop. The server
// enforces the same roles on the data (docs/sync-protocol.md); hiding is for the person's sake.
class RoleAccess
{
public:
    RoleAccess(SyncAccount account, bool demo);

    // `roles` are those of which the account must hold one; empty is everyone.
    [[nodiscard]] bool allows(const QStringList &roles) const;
    [[nodiscard]] bool mayOpen(const ModuleMetadata &metadata) const;

private:
    SyncAccount m_account;
    bool m_demo;
};

} // namespace GovDesk::Core
