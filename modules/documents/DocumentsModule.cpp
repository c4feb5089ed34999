#include "DocumentsModule.h"

#include "DocumentsDemoData.h"
#include "DocumentsList.h"
#include "DocumentsRecords.h"
#include "module/ModuleContext.h"

namespace GovDesk::Documents {

bool DocumentsModule::initialize(Core::ModuleContext &context, QString *error)
{
    auto ready = context.migrate(DocumentsListTable::migrations());
    if (ready)
        ready = DocumentsRecords::declare(context);
    if (ready)
        ready = context.addProjection(DocumentsRecords::projection(context));
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
}

bool DocumentsModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = seedDemoDocuments(context, QDateTime::currentDateTime());
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

QString DocumentsModule::fieldLabel(const QString &collection, const QString &field) const
{
    return DocumentsRecords::fieldLabel(collection, field);
}

} // namespace GovDesk::Documents
