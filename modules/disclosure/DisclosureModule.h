// DisclosureModule: the core side of 信息公开 — the 主动公开 items' collection, their projection,
// search entries and to-dos (review steps, 电子监察), and the demo's items.
#pragma once

#include "module/Module.h"

#include <QObject>

namespace GovDesk::Disclosure {

class DisclosureModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "disclosure.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool delayedInitialize(Core::ModuleContext &context) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    void aboutToShutdown() override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;

private:
    QObject *m_intake = nullptr;
};

} // namespace GovDesk::Disclosure
