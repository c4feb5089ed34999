// LazyChart: an ECharts chart that costs nothing until it is first shown.
#pragma once

#include "LazyWebWidget.h"

#include <QJsonObject>
#include <QJsonValue>

namespace GovDesk::Ui {

// A module's page holds a LazyChart like any widget; the chart engine (govdesk-web-charts) is
// loaded the first time the chart becomes visible (see LazyWebWidget).
class LazyChart : public LazyWebWidget
{
    Q_OBJECT
public:
    explicit LazyChart(QWidget *parent = nullptr);
    ~LazyChart() override;

    // May be called at any time; the chart draws the latest option once it exists.
    void setOption(const QJsonObject &option);
    [[nodiscard]] QJsonObject option() const { return m_option; }
    // The ChartView once created (tests, screenshots); null before the first show.
    [[nodiscard]] QWidget *chart() const { return content(); }
    // Asks for the chart as drawn, as a PNG: imageReady() answers. False (and no answer) while
    // there is no chart yet — it exists once the chart was first shown.
    bool requestImage();
    // Where the chart engine plugin is looked for: next to govdesk-ui, in web/.
    [[nodiscard]] static QString pluginPath();

Q_SIGNALS:
    void rendered();
    void pointClicked(const QString &seriesName, const QString &dataName, const QJsonValue &value);
    void imageReady(const QByteArray &png);

protected:
    void attach(QWidget *chart) override;
    [[nodiscard]] QString unavailableText(const QString &reason) const override;

private Q_SLOTS:
    void forwardImage(int requestId, const QByteArray &png);

private:
    QJsonObject m_option;
};

} // namespace GovDesk::Ui
