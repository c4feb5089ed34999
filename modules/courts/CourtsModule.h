// CourtsModule: the core side of 审判管理 — its tables, its datasets (each courts.dataset's file,
// imported by Core::DatasetApplier) and the demo province. No page yet: the shell does not show
// the module, the CLI and tests use it as any other.
#pragma once

#include "module/Module.h"

#include <QObject>
#include <QPointer>

namespace GovDesk::Courts {

class CourtsModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "courts.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    void aboutToShutdown() override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;

private:
    QPointer<Core::ModuleContext> m_context;
};

} // namespace GovDesk::Courts
