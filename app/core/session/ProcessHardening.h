// ProcessHardening: keeps key material out of core dumps (release builds).
#pragma once

namespace GovDesk::Core {

// Disables core dumps and ptrace attachment by other users' processes. Debug builds keep them
// so that developers can debug crashes.
void hardenProcess();

} // namespace GovDesk::Core
