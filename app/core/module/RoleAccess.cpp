#include "RoleAccess.h"

#include "module/ModuleMetadata.h"

namespace GovDesk::Core {

RoleAccess::RoleAccess(SyncAccount account, bool demo)
    : m_account(std::move(account))
    , m_demo(demo)
{
}

bool RoleAccess::allows(const QStringList &roles) const
{
    if (roles.isEmpty() || m_demo || !m_account.isValid())
        return true;
    return m_account.hasAnyRole(roles);
}

bool RoleAccess::mayOpen(const ModuleMetadata &metadata) const
{
    return allows(metadata.roles);
}

} // namespace GovDesk::Core
