// ProcessLock: one GovDesk process per profile and database file, robust against crashes.
#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace GovDesk::Core {

// A QLockFile that is stale only when its process is gone (never by age: a clerk may keep
// GovDesk open for weeks). QLockFile writes the owner's pid into the file right after creating
// it; a process killed between the two leaves an empty file that QLockFile would respect
// forever. An empty or unreadable lock that stays so for a moment is therefore taken over.
[[nodiscard]] Result<std::unique_ptr<QLockFile>> acquireProcessLock(const QString &lockPath);

} // namespace GovDesk::Core
