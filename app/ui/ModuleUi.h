// ModuleUi: the widget side of a module — a plugin of its own, loaded when its page first opens.
#pragma once

#include <QList>
#include <QString>
#include <QtPlugin>

class QAction;
class QWidget;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {

// Provided by the shell: how one module sends the user to another one's record without
// including anything of it (search hits, to-do items, links between records).
class Navigator
{
public:
    virtual ~Navigator() = default;
    virtual void openRecord(const QString &moduleId, const QString &recordId) = 0;
    // The display name of any module (e.g. for "from 公文" in the workbench); the id if unknown.
    [[nodiscard]] virtual QString moduleName(const QString &moduleId) const = 0;
};

// Implemented by the module's UI plugin "<id>-ui" (metadata {"module": "<id>", "apiVersion": 2}),
// a separate library from the core plugin: the shell loads it the first time the user opens
// the module, so a page that links Qt WebEngine costs nothing until then, and headless tools
// never load widgets. It reaches its module's core side through the ModuleContext (records,
// projections' tables) and the object pool (services the core plugin added).
class ModuleUi
{
public:
    virtual ~ModuleUi() = default;
    // Called once, lazily, the first time the user opens the module. The page lives until the
    // window closes; it survives auto-lock (unsaved edits are kept), so it must reach services
    // through `context` on each use rather than keep them, and touch nothing while
    // !context.isSessionOpen() (sessionLocked()/sessionUnlocked() tell it when).
    virtual QWidget *createPage(Core::ModuleContext &context, Navigator &navigator, QWidget *parent) = 0;
    // Shows `recordId` on the page (the page exists when this is called).
    virtual void open(const QString &recordId) = 0;

    // The module's commands, shown in the shell's 模块 menu while its page is current.
    [[nodiscard]] virtual QList<QAction *> actions() const { return {}; }
    // A page for the settings dialog (per-profile options through context.setSetting()); null
    // when the module has none. The dialog owns the widget; accepting it calls applySettings().
    virtual QWidget *createSettingsPage(Core::ModuleContext &context, QWidget *parent)
    {
        Q_UNUSED(context)
        Q_UNUSED(parent)
        return nullptr;
    }
    virtual void applySettings() {}
    // Unsaved edits: false with a translated *reason vetoes quitting or a manual lock. (The
    // idle auto-lock is never vetoed: it keeps the page, edits included, behind the lock.)
    virtual bool canClose(QString *reason)
    {
        Q_UNUSED(reason)
        return true;
    }
    // The shell's 打印 (Ctrl+P) and 导出 entries act on the current page's document.
    [[nodiscard]] virtual bool canPrint() const { return false; }
    virtual void print(QWidget *parent) { Q_UNUSED(parent) }
    [[nodiscard]] virtual bool canExport() const { return false; }
    virtual void exportCurrent(QWidget *parent) { Q_UNUSED(parent) }
};

} // namespace GovDesk::Ui

// Must match ModuleUiIid in app/core/module/ModuleManager.cpp (core cannot include this header).
#define GovDeskModuleUi_iid "org.govdesk.ModuleUi/2"
Q_DECLARE_INTERFACE(GovDesk::Ui::ModuleUi, GovDeskModuleUi_iid)
