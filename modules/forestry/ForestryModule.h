// ForestryModule: the core side of 林业 — the tables, its datasets (on Core::DatasetApplier), the warnings as
// to-dos and search entries, the demo data.
#pragma once

#include "module/Module.h"

#include <QObject>

namespace GovDesk::Forestry {

class ForestryModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "forestry.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;
    void aboutToShutdown() override;

private:
    Core::ModuleContext *m_context = nullptr;
};

} // namespace GovDesk::Forestry
