// StartupProbe: the line startup_bench reads from a started process (window up, queue idle).
#pragma once

namespace GovDesk::Shell {

// Prints "ready rss_kb=<resident set> modules=<available> unavailable=<count>" to stdout and quits.
void reportReadyAndQuit(int availableModules = 0, int unavailableModules = 0);
// Resident set size of this process in KiB (from /proc/self/status), 0 when unknown.
[[nodiscard]] long residentSetKiB();

} // namespace GovDesk::Shell
