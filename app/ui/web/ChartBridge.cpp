#include "ChartBridge.h"

#include "WebLogging.h"

namespace GovDesk::Ui {

ChartBridge::ChartBridge(QObject *parent)
    : QObject(parent)
{
}

void ChartBridge::setOption(const QJsonObject &option)
{
    m_option = option;
    Q_EMIT optionChanged(m_option);
}

void ChartBridge::reportReady()
{
    m_ready = true;
    Q_EMIT ready();
}

void ChartBridge::reportRendered()
{
    Q_EMIT rendered();
}

void ChartBridge::reportClicked(const QString &seriesName, const QString &dataName, const QJsonValue &value)
{
    Q_EMIT pointClicked(seriesName, dataName, value);
}

void ChartBridge::reportError(const QString &message)
{
    // ECharts' message names the option key at fault: enough to fix the caller.
    qCWarning(lcWeb).noquote() << "chart option refused:" << message.left(500);
    Q_EMIT renderFailed(message);
}

} // namespace GovDesk::Ui
