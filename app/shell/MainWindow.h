// MainWindow: navigation of the modules, their pages, status bar, menus, lock and demo banner.
#pragma once

#include "ModuleUi.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace GovDesk::Core {
class ModuleManager;
class Session;
class SyncService;
struct ModuleMetadata;
} // namespace GovDesk::Core

namespace GovDesk::Shell {

class ConflictDialog;
class LockOverlay;
class SyncStatusWidget;

class MainWindow : public QMainWindow, public Ui::Navigator
{
    Q_OBJECT
public:
    MainWindow(Core::Session &session, Core::ModuleManager &modules, Core::SyncService &sync,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void openRecord(const QString &moduleId, const QString &recordId) override;
    // Shows the module's page, creating it on first use; false when it has no page.
    bool showModule(const QString &moduleId);
    [[nodiscard]] QString currentModule() const;
    [[nodiscard]] QString moduleName(const QString &moduleId) const override;
    // Roles come from the sync server's account; before the first sign-in (and in the demo)
    // every module is open, as on a stand-alone desktop.
    [[nodiscard]] bool roleMayOpen(const Core::ModuleMetadata &metadata) const;
    // Modules listed in the navigation, in order (tests).
    [[nodiscard]] QStringList listedModules() const;
    void openSignIn();
    void openConflicts();

Q_SIGNALS:
    void resetDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void rebuildNavigation();
    void buildMenus();
    void buildSyncMenu();
    void buildStatusBar();
    void updateStatus();
    void updateConflictCount();
    void openGlobalSearch();
    void openSettings();
    void confirmDemoReset();
    void onLocked();

    Core::Session &m_session;
    Core::ModuleManager &m_modules;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QWidget *m_content;
    LockOverlay *m_lockOverlay;
    QLabel *m_profileLabel;
    Core::SyncService &m_sync;
    SyncStatusWidget *m_syncStatus;
    ConflictDialog *m_conflicts = nullptr; // while open
    int m_resolvedListener = 0;
    QHash<QString, QWidget *> m_pageOf; // module id → page, created lazily
};

} // namespace GovDesk::Shell
