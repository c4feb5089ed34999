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
} // namespace GovDesk::Core

namespace GovDesk::Shell {

class LockOverlay;

class MainWindow : public QMainWindow, public Ui::Navigator
{
    Q_OBJECT
public:
    MainWindow(Core::Session &session, Core::ModuleManager &modules, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openRecord(const QString &moduleId, const QString &recordId) override;
    // Shows the module's page, creating it on first use; false when it has no page.
    bool showModule(const QString &moduleId);
    [[nodiscard]] QString currentModule() const;
    [[nodiscard]] QString moduleName(const QString &moduleId) const override;

Q_SIGNALS:
    void resetDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void updateStatus();
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
    QLabel *m_syncLabel;
    QHash<QString, QWidget *> m_pageOf; // module id → page, created lazily
};

} // namespace GovDesk::Shell
