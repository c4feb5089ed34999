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

void ChartBridge::requestImage(int requestId)
{
    Q_EMIT imageRequested(requestId);
}

void ChartBridge::reportImage(int requestId, const QString &dataUrl)
{
    // From a web page: only a PNG data URL of sane size is taken, and its bytes must be a PNG.
    static const QString prefix = QStringLiteral("data:image/png;base64,");
    constexpr qsizetype MaxUrlChars = 64 * 1024 * 1024;
    QByteArray png;
    if (dataUrl.startsWith(prefix) && dataUrl.size() <= MaxUrlChars)
        png = QByteArray::fromBase64(QStringView(dataUrl).mid(prefix.size()).toLatin1());
    if (!png.startsWith("\x89PNG\r\n\x1a\n")) {
        reportError(QStringLiteral("the chart sent no PNG image"));
        return;
    }
    Q_EMIT imageReady(requestId, png);
}

} // namespace GovDesk::Ui
