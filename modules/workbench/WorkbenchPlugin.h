// WorkbenchPlugin: the 工作台 module — the open to-do items of every module in one list.
#pragma once

#include "ModuleUi.h"
#include "module/Module.h"

#include <QObject>
#include <QPointer>

namespace GovDesk::Workbench {

class WorkbenchPage;

class WorkbenchPlugin : public QObject, public Core::Module, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "workbench.json")
    Q_INTERFACES(GovDesk::Core::Module GovDesk::Ui::ModuleUi)

public:
    // No tables of its own: the list is the core's TodoService. Registers the search type of
    // the workbench's own items.
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;

    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // `recordId` is one of the workbench's own items (a search hit); it is selected.
    void open(const QString &recordId) override;

private:
    QPointer<WorkbenchPage> m_page;
    QString m_moduleId;
};

} // namespace GovDesk::Workbench
