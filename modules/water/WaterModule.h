// WaterModule: the core side of 水务 — its tables, its datasets (each water.dataset's file,
// imported by Core::DatasetApplier), the warnings it derives (to-dos, search), and the demo data.
#pragma once

#include "module/Module.h"

#include <QObject>
#include <QPointer>

namespace GovDesk::Water {

class WaterModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "water.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    void aboutToShutdown() override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;

private:
    QPointer<Core::ModuleContext> m_context;
};

} // namespace GovDesk::Water
