#include "WebPage.h"

#include "WebLogging.h"
#include "WebUrlPolicy.h"

namespace GovDesk::Ui::Internal {

WebPage::WebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // Camera, microphone, location, notifications, screen capture: never needed by a chart or a
    // preview, and an unanswered request would hang the page's promise forever.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                qCWarning(lcWeb) << "denied permission" << feature << "to"
                                 << origin.toDisplayString(QUrl::RemoveQuery);
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
}

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isAllowedWebUrl(url))
        return true;
    ++m_blockedNavigations;
    qCWarning(lcWeb).noquote() << "blocked navigation to"
                               << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                      | QUrl::RemoveFragment)
                               << "type" << type << (isMainFrame ? "main frame" : "sub-frame");
    Q_EMIT navigationBlocked(url);
    return false;
}

QWebEnginePage *WebPage::createWindow(WebWindowType type)
{
    qCWarning(lcWeb) << "refused to open a window of type" << type;
    return nullptr;
}

QStringList WebPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    qCWarning(lcWeb) << "refused a file chooser";
    return {};
}

void WebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                       int lineNumber, const QString &sourceId)
{
    // Errors (a script failing, a Content-Security-Policy violation) mean a bug in our own page.
    if (level == ErrorMessageLevel)
        qCWarning(lcWeb).noquote() << "page error:" << message << "at" << sourceId << "line" << lineNumber;
    else
        qCDebug(lcWeb).noquote() << "page:" << message << "at" << sourceId << "line" << lineNumber;
}

} // namespace GovDesk::Ui::Internal
