// WorkbenchModule: the core side of 工作台 — personal items as records, projected to to-dos.
#pragma once

#include "module/Module.h"

#include <QObject>

namespace GovDesk::Workbench {

class WorkbenchModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "workbench.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    // Registers the search type of the workbench's own items and the projection of its task
    // records (which catches up at once with whatever synced while no window was open).
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;
};

} // namespace GovDesk::Workbench
