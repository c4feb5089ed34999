#include "DocumentsModule.h"

#include "DocumentsRecords.h"
#include "module/ModuleContext.h"

namespace GovDesk::Documents {

bool DocumentsModule::initialize(Core::ModuleContext &context, QString *error)
{
    auto ready = DocumentsRecords::declare(context);
    if (ready)
        ready = context.addProjection(DocumentsRecords::projection(context));
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
}

QString DocumentsModule::fieldLabel(const QString &collection, const QString &field) const
{
    return DocumentsRecords::fieldLabel(collection, field);
}

} // namespace GovDesk::Documents
