#include "PortalTemplates.h"

#include "PortalLogging.h"

#include <QFile>
#include <mutex>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initialisePortalResources()
{
    Q_INIT_RESOURCE(portal);
}

namespace GovDesk::Disclosure::PortalTemplates {

QByteArray file(const QString &name)
{
    // The resource is in a static library: registering it here links it wherever templates are read.
    static std::once_flag once;
    std::call_once(once, initialisePortalResources);
    QFile file(QStringLiteral(":/disclosure/portal/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDisclosurePortal) << "no portal template" << name;
        return {};
    }
    return file.readAll();
}

} // namespace GovDesk::Disclosure::PortalTemplates
