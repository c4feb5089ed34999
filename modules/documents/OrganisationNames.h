// OrganisationNames: organisation ids as people read them — the names of the sync server's
// directory (ModuleContext::organisations()), for the delivery table and the views.
#pragma once

#include "sync/SyncTypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class OrganisationNames
{
public:
    explicit OrganisationNames(const QList<Core::OrganisationEntry> &directory);
    // The profile's directory; empty (ids shown as they are) when it cannot be read.
    [[nodiscard]] static OrganisationNames of(const Core::ModuleContext &context);

    // The directory's name; the id itself for an organisation the directory does not list
    // (removed since, or not fetched yet), so nothing is ever shown blank.
    [[nodiscard]] QString nameOf(const QString &id) const;
    // The directory's id of an organisation of that exact name; empty when none.
    [[nodiscard]] QString idOf(const QString &name) const;

private:
    QHash<QString, QString> m_names; // id → name
    QHash<QString, QString> m_ids;   // name → id
};

} // namespace GovDesk::Documents
