// DocumentsModule: the core side of 公文 — collections, search entries and to-dos of documents.
#pragma once

#include "module/Module.h"

#include <QObject>

namespace GovDesk::Documents {

class DocumentsModule : public QObject, public Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "documents.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    // Declares the collections and the search type, and adds the projection (which catches up
    // at once with whatever synced while no window was open).
    bool initialize(Core::ModuleContext &context, QString *error) override;
    // 40-odd fictional documents of 柳州市人民政府办公室 at every step, unless there are some already.
    bool seedDemoData(Core::ModuleContext &context, QString *error) override;
    [[nodiscard]] QString fieldLabel(const QString &collection, const QString &field) const override;
};

} // namespace GovDesk::Documents
