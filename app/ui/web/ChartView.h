// ChartView: an Apache ECharts chart (bundled, offline) for dashboards, fed with a JSON option.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>
#include <QWidget>

namespace GovDesk::Ui {

class ChartBridge;
class WebHost;

class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // Draws `option` (an ECharts option as JSON); may be called before the view is ever shown, the
    // page picks it up when it starts.
    Q_INVOKABLE void setOption(const QJsonObject &option);
    [[nodiscard]] QJsonObject option() const;
    [[nodiscard]] bool isReady() const;
    // The chart as drawn, as a PNG (for exports): answered by imageReady() with the returned id.
    Q_INVOKABLE int requestImage();
    [[nodiscard]] WebHost *host() const { return m_host; }

    // Where the page lives, for tests and the screenshot tool.
    [[nodiscard]] static QUrl pageUrl();

Q_SIGNALS:
    void ready();
    void rendered();
    void pointClicked(const QString &seriesName, const QString &dataName, const QJsonValue &value);
    void renderFailed(const QString &message);
    void imageReady(int requestId, const QByteArray &png);

private:
    ChartBridge *m_bridge;
    WebHost *m_host;
    int m_lastImageRequest = 0;
};

} // namespace GovDesk::Ui
