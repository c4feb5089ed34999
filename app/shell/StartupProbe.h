// StartupProbe: the line startup_bench reads from a started process (window up, queue idle).
#pragma once

namespace GovDesk::Shell {

// Prints "ready rss_kb=<resident set>" to stdout and quits the application.
void reportReadyAndQuit();
// Resident set size of this process in KiB (from /proc/self/status), 0 when unknown.
[[nodiscard]] long residentSetKiB();

} // namespace GovDesk::Shell
