// WorkbenchUiPlugin: the page of 工作台, a plugin of its own loaded when the page first opens.
#pragma once

#include "ModuleUi.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Workbench {

class WorkbenchPage;

class WorkbenchUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "workbench-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // `recordId` is one of the workbench's own items (a search hit); it is selected.
    void open(const QString &recordId) override;
    // 新建个人待办…: a personal item, written as a task record (synced), shown through the projection.
    [[nodiscard]] QList<QAction *> actions() const override;

private:
    void addTask();

    QPointer<WorkbenchPage> m_page;
    Core::ModuleContext *m_context = nullptr;
    QPointer<QAction> m_addTask; // the page's child: gone with it
};

} // namespace GovDesk::Workbench
