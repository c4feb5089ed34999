// ForestryWarningSync: after each dataset applies, the warnings are computed again from the
// tables; new ones become to-dos of the module and search entries, ones whose situation ended
// are completed and leave the search, and the list in force is kept for the dashboard.
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Forestry {

inline constexpr char WarningSearchType[] = "warning";

class ForestryWarningSync
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryWarningSync)
public:
    // Joins the caller's transaction (a projection's) when one is open.
    [[nodiscard]] static Core::Result<> refresh(Core::ModuleContext &context);
};

} // namespace GovDesk::Forestry
