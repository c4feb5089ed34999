// ShellController: start-up and the life of the window — unlock, modules, demo, reset.
#pragma once

#include "ModuleUiLoader.h"
#include "module/ModuleManager.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "session/UnlockAhead.h"
#include "sync/SyncService.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace GovDesk::Shell {

class ActivityMonitor;
class MainWindow;

class ShellController : public QObject
{
    Q_OBJECT
public:
    explicit ShellController(const QString &profilesRoot, QObject *parent = nullptr);
    ~ShellController() override;

    // --demo: straight into the demo profile (trainers: one command, no server, no dialog),
    // finishing `ahead` if main() started its unlock early. Otherwise the profile dialog. False
    // when the user closed it without unlocking.
    [[nodiscard]] bool start(bool demo, std::unique_ptr<Core::UnlockAhead> ahead = {});

    [[nodiscard]] Core::Session &session() { return m_session; }
    [[nodiscard]] Core::ModuleManager &modules() { return m_modules; }
    [[nodiscard]] Ui::ModuleUiLoader &moduleUis() { return m_moduleUis; }
    [[nodiscard]] Core::ProfileRepository &profiles() { return m_profiles; }
    [[nodiscard]] Core::SyncService &sync() { return m_sync; }
    [[nodiscard]] MainWindow *window() const { return m_window; }

    // Recreates the demo profile from every module's demo data and reopens the window.
    [[nodiscard]] Core::Result<> resetDemo();

private:
    [[nodiscard]] Core::Result<> unlockDemo(Core::UnlockAhead *ahead = nullptr);
    void openWindow();
    void startAutoSync();
    // Damage found while working (any connection): explain and offer the backup.
    void showDamage();

    Core::ProfileRepository m_profiles;
    Core::Session m_session;
    Core::SyncService m_sync; // after the session: stops its worker before the session goes
    Core::ModuleManager m_modules;
    Ui::ModuleUiLoader m_moduleUis; // plugins stay loaded: pages of a closed window may be alive
    ActivityMonitor *m_activity;
    bool m_checkPagesAfterShow = false; // the demo was opened without its page check
    QPointer<MainWindow> m_window;
};

} // namespace GovDesk::Shell
