#include "OrganisationNames.h"

#include "DocumentsLogging.h"
#include "module/ModuleContext.h"

namespace GovDesk::Documents {

OrganisationNames::OrganisationNames(const QList<Core::OrganisationEntry> &directory)
{
    for (const Core::OrganisationEntry &entry : directory) {
        m_names.insert(entry.id, entry.name);
        m_ids.insert(entry.name, entry.id);
    }
}

OrganisationNames OrganisationNames::of(const Core::ModuleContext &context)
{
    auto directory = context.organisations();
    if (!directory) {
        // The names are a convenience: the ids still say who it is.
        qCWarning(lcDocuments) << "directory of organisations unreadable:" << directory.error().fullText();
        return OrganisationNames({});
    }
    return OrganisationNames(*directory);
}

QString OrganisationNames::nameOf(const QString &id) const
{
    return m_names.value(id, id);
}

QString OrganisationNames::idOf(const QString &name) const
{
    return m_ids.value(name.trimmed());
}

} // namespace GovDesk::Documents
