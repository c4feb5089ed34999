#include "WebUrlPolicy.h"

#include <QUrl>

namespace GovDesk::Ui::Internal {

bool isAllowedWebUrl(const QUrl &url)
{
    // Qt's qrc handler ignores the host, so "qrc://evil.example/…" would still load local files;
    // refusing it keeps the rule readable in logs: one scheme, no host.
    return url.isValid() && url.scheme() == QLatin1String("qrc") && url.host().isEmpty();
}

} // namespace GovDesk::Ui::Internal
