// StartupProbe: the line startup_bench reads from a started process (window up, queue idle).
#pragma once

namespace GovDesk::Core {
class ModuleManager;
}

namespace GovDesk::Shell {

using Core::ModuleManager;

// Prints "ready rss_kb=<resident set> modules=<available> unavailable=<count>" to stdout and quits.
void reportReadyAndQuit(int availableModules = 0, int unavailableModules = 0);
// With GOVDESK_STARTUP_PROBE=settle (the bench's first start, which creates the demo): first waits
// until no module's datasets are being imported — the demo's 50,000 court cases — so that the
// measured starts meet a settled profile instead of resuming that import each time.
void reportWhenSettled(ModuleManager &modules);

} // namespace GovDesk::Shell
