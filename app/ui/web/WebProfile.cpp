#include "WebProfile.h"

#include "WebLogging.h"
#include "WebRequestFilter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace GovDesk::Ui::Internal {

namespace {
bool s_created = false;
QPointer<QWebEngineProfile> s_profile;
QPointer<WebRequestFilter> s_filter;

// Everything a dashboard or preview does not need is off: each feature is a way out of qrc: or
// into the user's files that the URL filter would otherwise be the only guard against.
void restrictSettings(QWebEngineSettings *settings)
{
    const QWebEngineSettings::WebAttribute off[] = {
        QWebEngineSettings::JavascriptCanOpenWindows,
        QWebEngineSettings::JavascriptCanAccessClipboard,
        QWebEngineSettings::JavascriptCanPaste,
        QWebEngineSettings::LocalStorageEnabled,
        QWebEngineSettings::LocalContentCanAccessRemoteUrls,
        QWebEngineSettings::LocalContentCanAccessFileUrls,
        QWebEngineSettings::HyperlinkAuditingEnabled,
        QWebEngineSettings::ErrorPageEnabled,
        QWebEngineSettings::PluginsEnabled,
        QWebEngineSettings::FullScreenSupportEnabled,
        QWebEngineSettings::ScreenCaptureEnabled,
        QWebEngineSettings::WebGLEnabled,
        QWebEngineSettings::AutoLoadIconsForPage,
        QWebEngineSettings::TouchIconsEnabled,
        QWebEngineSettings::AllowRunningInsecureContent,
        QWebEngineSettings::AllowGeolocationOnInsecureOrigins,
        QWebEngineSettings::AllowWindowActivationFromJavaScript,
        QWebEngineSettings::DnsPrefetchEnabled,
        QWebEngineSettings::PdfViewerEnabled,
        // A file dropped on a chart would otherwise navigate the view to file://.
        QWebEngineSettings::NavigateOnDropEnabled,
    };
    for (const auto attribute : off)
        settings->setAttribute(attribute, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
}
} // namespace

QWebEngineProfile *WebProfile::shared()
{
    if (s_profile)
        return s_profile;
    s_created = true;
    qCInfo(lcWeb) << "creating the WebEngine profile";
    // Off the record: no disk cache, cookies or storage, so nothing from a page ever lands outside
    // the encrypted profile. Owned by the application, which outlives every page.
    auto *profile = new QWebEngineProfile(QCoreApplication::instance());
    profile->setHttpCacheType(QWebEngineProfile::NoCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->cookieStore()->setCookieFilter(
        [](const QWebEngineCookieStore::FilterRequest &) { return false; });
    restrictSettings(profile->settings());
    s_filter = new WebRequestFilter(profile);
    profile->setUrlRequestInterceptor(s_filter);
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) {
                         qCWarning(lcWeb).noquote()
                             << "refused download of"
                             << download->url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
                         download->cancel();
                     });
    s_profile = profile;
    return profile;
}

bool WebProfile::wasCreated()
{
    return s_created;
}

int WebProfile::blockedRequestCount()
{
    return s_filter ? s_filter->blockedCount() : 0;
}

} // namespace GovDesk::Ui::Internal
