// MainWindow: navigation of the modules, their pages, status bar, menus, lock and demo banner.
#pragma once

#include "ModuleUi.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace GovDesk::Core {
class ModuleManager;
class Session;
class SyncService;
struct ModuleMetadata;
} // namespace GovDesk::Core

namespace GovDesk::Ui {
class ModuleUiLoader;
}

namespace GovDesk::Shell {

class ConflictDialog;
class LockOverlay;
class SyncStatusWidget;

class MainWindow : public QMainWindow, public Ui::Navigator
{
    Q_OBJECT
public:
    // `uis` loads each module's UI plugin when its page first opens.
    MainWindow(Core::Session &session, Core::ModuleManager &modules, Ui::ModuleUiLoader &uis,
               Core::SyncService &sync, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openRecord(const QString &moduleId, const QString &recordId) override;
    // Shows the module's page, creating it on first use; false when it has no page.
    bool showModule(const QString &moduleId);
    [[nodiscard]] QString currentModule() const;
    [[nodiscard]] QString moduleName(const QString &moduleId) const override;
    // Roles come from the sync server's account; before the first sign-in (and in the demo)
    // every module is open, as on a stand-alone desktop (Core::RoleAccess).
    [[nodiscard]] bool roleMayOpen(const Core::ModuleMetadata &metadata) const;
    // Modules the account's roles may not open: not listed, their search hits not shown.
    [[nodiscard]] QStringList hiddenModules() const;
    // Modules listed in the navigation, in order (tests).
    [[nodiscard]] QStringList listedModules() const;
    void openSignIn();
    void openConflicts();
    // Asks every open page whether it may go (unsaved edits); false after telling the user why.
    [[nodiscard]] bool pagesMayClose(const QString &what);

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
    // The Lock action and button: unless a page vetoes it (unsaved edits).
    void lockIfPagesAllow();
    void onLocked();
    void updateModuleActions();
    [[nodiscard]] Ui::ModuleUi *currentUi() const;

    Core::Session &m_session;
    Core::ModuleManager &m_modules;
    Ui::ModuleUiLoader &m_uis;
    QMenu *m_moduleMenu = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
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
