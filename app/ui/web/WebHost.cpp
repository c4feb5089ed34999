#include "WebHost.h"

#include "WebLogging.h"
#include "WebPage.h"
#include "WebProfile.h"
#include "WebUrlPolicy.h"

#include <QLabel>
#include <QStackedLayout>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

namespace GovDesk::Ui {

WebHost::WebHost(QObject *bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setObjectName(QStringLiteral("webPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
}

WebHost::~WebHost() = default;

bool WebHost::load(const QUrl &url)
{
    if (!Internal::isAllowedWebUrl(url)) {
        qCWarning(lcWeb).noquote() << "refused to load"
                                   << url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        return false;
    }
    m_loaded = false;
    m_requestedUrl = url;
    if (m_page) {
        m_page->load(url);
        return true;
    }
    m_pending = true;
    if (isVisible())
        createEngine();
    return true;
}

QUrl WebHost::url() const
{
    return m_page ? m_page->url() : m_requestedUrl;
}

QWebEnginePage *WebHost::page() const
{
    return m_page;
}

int WebHost::blockedNavigationCount() const
{
    return m_page ? m_page->blockedNavigationCount() : 0;
}

bool WebHost::engineCreated()
{
    return Internal::WebProfile::wasCreated();
}

int WebHost::blockedRequestCount()
{
    return Internal::WebProfile::blockedRequestCount();
}

void WebHost::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        createEngine();
}

void WebHost::createEngine()
{
    m_pending = false;
    qCInfo(lcWeb).noquote() << "starting the web view for" << m_requestedUrl.toDisplayString();
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("webView"));
    // The default context menu offers "Back", "Reload", "View page source" and "Save page": none
    // of that belongs in an application view.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_page = new Internal::WebPage(Internal::WebProfile::shared(), m_view);
    // Until the first frame, the page is painted in the widget's colour rather than white.
    m_page->setBackgroundColor(palette().color(QPalette::Window));
    if (m_bridge) {
        auto *channel = new QWebChannel(m_page);
        channel->registerObject(QStringLiteral("govdesk"), m_bridge);
        m_page->setWebChannel(channel);
    }
    m_view->setPage(m_page);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WebHost::onLoadingChanged);
    m_stack->addWidget(m_view);
    // Visible at once, not after loading: Chromium pauses animation frames of hidden views, and
    // charts draw in them.
    m_stack->setCurrentWidget(m_view);
    m_page->load(m_requestedUrl);
}

void WebHost::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    // Only the page load() asked for: a refused navigation keeps that page, and its own loading
    // events say nothing about it. (Chromium may spell qrc:/x as qrc:///x, hence no QUrl ==.)
    if (info.url().scheme() != m_requestedUrl.scheme() || info.url().path() != m_requestedUrl.path())
        return;
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
        m_loaded = true;
        m_stack->setCurrentWidget(m_view);
        Q_EMIT loadFinished(true);
    } else if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
        m_loaded = false;
        qCWarning(lcWeb).noquote() << "could not load" << info.url().toDisplayString() << info.errorString();
        m_placeholder->setText(tr("This view could not be displayed. Please restart GovDesk; if the problem "
                                  "persists, contact your IT support."));
        m_stack->setCurrentWidget(m_placeholder);
        Q_EMIT loadFinished(false);
    }
}

} // namespace GovDesk::Ui
