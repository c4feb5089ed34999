// WaterModule: the core side of 水务 — its tables, the dataset projection that imports each
// water.dataset's file, the warnings it derives (to-dos, search), and the demo data.
#pragma once

#include "module/Module.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace GovDesk::Water {

class WaterModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "water.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    bool delayedInitialize(Core::ModuleContext &context) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    void aboutToShutdown() override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;

private:
    // A dataset's file may arrive after its record (a sync fetches blobs after the records it
    // pulled): while any waits, look again now and then, and after every change and unlock.
    void retryWaiting();
    void scheduleRetry();

    QPointer<Core::ModuleContext> m_context;
    QTimer m_retry;
};

} // namespace GovDesk::Water
