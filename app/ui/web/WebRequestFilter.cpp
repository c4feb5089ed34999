#include "WebRequestFilter.h"

#include "WebLogging.h"
#include "WebUrlPolicy.h"

namespace GovDesk::Ui::Internal {

WebRequestFilter::WebRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void WebRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowedWebUrl(info.requestUrl()))
        return;
    info.block(true);
    ++m_blocked;
    // Without query and user info: a blocked URL may carry data the page tried to send out.
    qCWarning(lcWeb).noquote() << "blocked request to"
                               << info.requestUrl().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                                    | QUrl::RemoveFragment)
                               << "from" << info.firstPartyUrl().toDisplayString(QUrl::RemoveQuery);
}

} // namespace GovDesk::Ui::Internal
