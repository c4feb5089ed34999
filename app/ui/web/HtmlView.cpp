#include "HtmlView.h"

#include "HtmlBridge.h"
#include "WebHost.h"

#include <QVBoxLayout>

namespace GovDesk::Ui {

HtmlView::HtmlView(QWidget *parent)
    : QWidget(parent)
    , m_bridge(new HtmlBridge(this))
    , m_host(new WebHost(m_bridge, this))
{
    setObjectName(QStringLiteral("htmlView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_host);
    connect(m_bridge, &HtmlBridge::ready, this, &HtmlView::ready);
    connect(m_bridge, &HtmlBridge::rendered, this, &HtmlView::rendered);
    // Only remembered until the view is first shown (see WebHost::load); a qrc: URL is accepted.
    [[maybe_unused]] const bool accepted = m_host->load(pageUrl());
    Q_ASSERT(accepted);
}

// The page goes before the bridge it talks to (children would go in creation order: bridge first).
HtmlView::~HtmlView()
{
    delete m_host;
}

void HtmlView::setHtml(const QString &html)
{
    m_bridge->show(html);
}

bool HtmlView::isReady() const
{
    return m_bridge->isReady();
}

QJsonObject HtmlView::summary() const
{
    return m_bridge->summary();
}

QUrl HtmlView::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/govdesk/web/document.html"));
}

} // namespace GovDesk::Ui
