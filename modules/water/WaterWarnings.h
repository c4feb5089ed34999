// WaterWarnings: after each dataset applies, the flood warnings are computed again from the
// tables (FloodWarnings on every station's situation at the data's latest time) and the stored
// list follows: a new warning becomes a to-do of the module (keyed by the warning, so it never
// doubles) and a search entry; one whose situation has ended is completed and leaves the search.
#pragma once

#include "FloodWarnings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Water {

inline constexpr char WarningSearchType[] = "warning";
// To-do and search ids of warnings: "warning/<key>", which the UI's open() recognises.
inline constexpr char WarningIdPrefix[] = "warning/";

struct WarningChanges
{
    int raised = 0;
    int ended = 0;
    int current = 0;
};

class WaterWarnings
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterWarnings)
public:
    // In the caller's transaction when one is open (a projection's), else in its own.
    [[nodiscard]] static Core::Result<WarningChanges> refresh(Core::ModuleContext &context,
                                                              const WarningRules &rules = {});

    [[nodiscard]] static QString recordIdOf(const FloodWarning &warning);
    // The to-do's line: 「【警戒】超警戒水位：…」
    [[nodiscard]] static QString title(const FloodWarning &warning);
};

} // namespace GovDesk::Water
