// ChartBridge: the C++ side of chart.html, published to the page as "govdesk" over QWebChannel.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

namespace GovDesk::Ui {

// Everything the page may call is a Q_INVOKABLE report*() method; the page receives nothing but
// the option. Reports are data from a web page: they are checked and logged, never executed.
class ChartBridge : public QObject
{
    Q_OBJECT
    // Read by chart.js when the channel connects; optionChanged() carries every later option.
    Q_PROPERTY(QJsonObject option READ option NOTIFY optionChanged)
public:
    explicit ChartBridge(QObject *parent = nullptr);

    [[nodiscard]] QJsonObject option() const { return m_option; }
    // An ECharts option (https://echarts.apache.org/en/option.html) as JSON; no JS functions.
    void setOption(const QJsonObject &option);
    // The page is connected and has drawn (or will draw) the current option.
    [[nodiscard]] bool isReady() const { return m_ready; }

    Q_INVOKABLE void reportReady();
    Q_INVOKABLE void reportRendered();
    Q_INVOKABLE void reportClicked(const QString &seriesName, const QString &dataName,
                                   const QJsonValue &value);
    Q_INVOKABLE void reportError(const QString &message);
    // The page's answer to imageRequested(): a "data:image/png;base64," URL of the chart as drawn.
    Q_INVOKABLE void reportImage(int requestId, const QString &dataUrl);

    // Asks the page for the chart as a PNG (ECharts getDataURL, twice the pixels, white behind);
    // imageReady() answers with the same id, or renderFailed() if the page sent no image.
    void requestImage(int requestId);

Q_SIGNALS:
    void optionChanged(const QJsonObject &option);
    void ready();
    // The current option has been drawn, animations included.
    void rendered();
    void pointClicked(const QString &seriesName, const QString &dataName, const QJsonValue &value);
    // ECharts refused the option (the previous chart stays).
    void renderFailed(const QString &message);
    void imageRequested(int requestId);
    void imageReady(int requestId, const QByteArray &png);

private:
    QJsonObject m_option;
    bool m_ready = false;
};

} // namespace GovDesk::Ui
