// LazyChart: an ECharts chart that costs nothing until it is first shown.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace GovDesk::Ui {

// A module's page holds a LazyChart like any widget; the chart engine (govdesk-web, Qt WebEngine,
// a Chromium process and ~100 MB) is loaded the first time the chart becomes visible, so a page
// whose chart sits on a tab nobody opens never pays for it, and neither does the shell at start.
// If the engine cannot be loaded the chart says why in its place; the page keeps working.
class LazyChart : public QWidget
{
    Q_OBJECT
public:
    explicit LazyChart(QWidget *parent = nullptr);
    ~LazyChart() override;

    // May be called at any time; the chart draws the latest option once it exists.
    void setOption(const QJsonObject &option);
    [[nodiscard]] QJsonObject option() const { return m_option; }
    // The ChartView once created (tests, screenshots); null before the first show.
    [[nodiscard]] QWidget *chart() const { return m_chart; }
    // Asks for the chart as drawn, as a PNG: imageReady() answers. False (and no answer) while
    // there is no chart yet — it exists once the chart was first shown.
    bool requestImage();
    // Where the chart engine plugin is looked for: next to govdesk-ui, in web/.
    [[nodiscard]] static QString pluginPath();

Q_SIGNALS:
    void rendered();
    void pointClicked(const QString &seriesName, const QString &dataName, const QJsonValue &value);
    void unavailable(const QString &reason);
    void imageReady(const QByteArray &png);

protected:
    void showEvent(QShowEvent *event) override;

private Q_SLOTS:
    void forwardImage(int requestId, const QByteArray &png);

private:
    void create();

    QJsonObject m_option;
    QPointer<QWidget> m_chart;
    QLabel *m_message = nullptr;
    bool m_tried = false;
};

} // namespace GovDesk::Ui
