#include "ChartView.h"

#include "ChartBridge.h"
#include "WebHost.h"

#include <QVBoxLayout>

namespace GovDesk::Ui {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_bridge(new ChartBridge(this))
    , m_host(new WebHost(m_bridge, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_host);
    connect(m_bridge, &ChartBridge::ready, this, &ChartView::ready);
    connect(m_bridge, &ChartBridge::rendered, this, &ChartView::rendered);
    connect(m_bridge, &ChartBridge::pointClicked, this, &ChartView::pointClicked);
    connect(m_bridge, &ChartBridge::renderFailed, this, &ChartView::renderFailed);
    connect(m_bridge, &ChartBridge::imageReady, this, &ChartView::imageReady);
    // Only remembered until the view is first shown (see WebHost::load); a qrc: URL is accepted.
    [[maybe_unused]] const bool accepted = m_host->load(pageUrl());
    Q_ASSERT(accepted);
}

// The page goes before the bridge it talks to (children would go in creation order: bridge first).
ChartView::~ChartView()
{
    delete m_host;
}

void ChartView::setOption(const QJsonObject &option)
{
    m_bridge->setOption(option);
}

int ChartView::requestImage()
{
    m_bridge->requestImage(++m_lastImageRequest);
    return m_lastImageRequest;
}

QJsonObject ChartView::option() const
{
    return m_bridge->option();
}

bool ChartView::isReady() const
{
    return m_bridge->isReady();
}

QUrl ChartView::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/govdesk/web/chart.html"));
}

} // namespace GovDesk::Ui
