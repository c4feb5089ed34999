// PortalTemplates: the portal's template files, compiled into the library's resources.
#pragma once

#include <QByteArray>
#include <QString>

namespace GovDesk::Disclosure::PortalTemplates {

// The file `name` (e.g. "item.html") of templates/; empty when there is none.
[[nodiscard]] QByteArray file(const QString &name);

} // namespace GovDesk::Disclosure::PortalTemplates
