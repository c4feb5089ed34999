// ForestryModule: the core side of 林业 — the tables, the dataset projection, the warnings as
// to-dos and search entries, the demo data.
#pragma once

#include "module/Module.h"

#include <QObject>
#include <QTimer>

namespace GovDesk::Forestry {

class ForestryModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "forestry.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(Core::ModuleContext &context, QString *error) override;
    // Datasets whose file had not arrived when their record did: tried again now.
    bool delayedInitialize(Core::ModuleContext &context) override;
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;
    void aboutToShutdown() override;

private:
    void retryWaiting();

    Core::ModuleContext *m_context = nullptr;
    // A sync stores a dataset's record before it downloads the file, and tells no module when
    // the download ends: while a dataset waits, its file is looked for every so often.
    QTimer m_retry;
};

} // namespace GovDesk::Forestry
