// SessionBus: finding the D-Bus session bus at start-up without forking in vain.
//
// Qt asks for the session bus on the first item view (accessibility) and menu bar (a global
// menu). Without DBUS_SESSION_BUS_ADDRESS, libdbus takes $XDG_RUNTIME_DIR/bus, the bus of a
// systemd session; failing that it "autolaunches": it forks and runs dbus-launch to find or
// start a bus for the X display. Where dbus-launch is not installed (containers, CI, a bare X
// server, SSH X forwarding) that fork only fails, and it is not cheap: a fork write-protects
// every page of the process, so each thread's next write to each page faults (~15 ms of a start
// measured here, docs/benchmarks.md). A desktop session, which always has a bus, never gets there.
#pragma once

#include <QString>

namespace GovDesk::Ui {

// What libdbus looks at, in its order.
struct SessionBusLookup
{
    QString address;                  // DBUS_SESSION_BUS_ADDRESS
    QString runtimeDirectory;         // XDG_RUNTIME_DIR
    bool dbusLaunchInstalled = false; // what autolaunch runs
};

[[nodiscard]] SessionBusLookup currentSessionBusLookup();

// True when the only way left to libdbus is an autolaunch that cannot work.
[[nodiscard]] bool onlyDoomedAutolaunchLeft(const SessionBusLookup &lookup);

// Call before QApplication. Where only a doomed autolaunch is left, tells libdbus, and the
// processes this one starts, that there is no session bus ("disabled:"): Qt then finds none at
// once, as it would after the failed fork. Anywhere else nothing changes.
void skipDoomedSessionBusAutolaunch();

} // namespace GovDesk::Ui
