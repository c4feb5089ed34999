#include "SessionBus.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace GovDesk::Ui {

namespace {
Q_LOGGING_CATEGORY(lcSessionBus, "govdesk.ui.sessionbus", QtWarningMsg)
} // namespace

SessionBusLookup currentSessionBusLookup()
{
    return {
        .address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
        .runtimeDirectory = qEnvironmentVariable("XDG_RUNTIME_DIR"),
        // libdbus runs its own build's path first, then searches PATH.
        .dbusLaunchInstalled = QFileInfo(QStringLiteral("/usr/bin/dbus-launch")).isExecutable()
                               || !QStandardPaths::findExecutable(QStringLiteral("dbus-launch")).isEmpty(),
    };
}

bool onlyDoomedAutolaunchLeft(const SessionBusLookup &lookup)
{
    if (!lookup.address.isEmpty())
        return false;
    if (!lookup.runtimeDirectory.isEmpty()
        && QFileInfo::exists(QDir(lookup.runtimeDirectory).filePath(QStringLiteral("bus"))))
        return false;
    return !lookup.dbusLaunchInstalled;
}

void skipDoomedSessionBusAutolaunch()
{
    if (!onlyDoomedAutolaunchLeft(currentSessionBusLookup()))
        return;
    qCInfo(lcSessionBus) << "no session bus, and no dbus-launch to start one: D-Bus features are off";
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
}

} // namespace GovDesk::Ui
