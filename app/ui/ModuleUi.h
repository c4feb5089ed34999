// ModuleUi: the widget side of a module plugin — its page in the main window.
#pragma once

#include <QString>
#include <QtPlugin>

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

// Implemented by the same plugin class as Core::Module. Headless tools never touch this side.
class ModuleUi
{
public:
    virtual ~ModuleUi() = default;
    // Called once, lazily, the first time the user opens the module. The page lives until the
    // window closes; it survives auto-lock (unsaved edits are kept), so it must reach services
    // through `context` on each use rather than keep them.
    virtual QWidget *createPage(Core::ModuleContext &context, Navigator &navigator, QWidget *parent) = 0;
    // Shows `recordId` on the page (the page exists when this is called).
    virtual void open(const QString &recordId) = 0;
};

} // namespace GovDesk::Ui

#define GovDeskModuleUi_iid "org.govdesk.ModuleUi/1"
Q_DECLARE_INTERFACE(GovDesk::Ui::ModuleUi, GovDeskModuleUi_iid)
