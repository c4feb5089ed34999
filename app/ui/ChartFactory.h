// ChartFactory: how govdesk-ui makes an ECharts view without linking Qt WebEngine.
#pragma once

#include <QtPlugin>

class QWidget;

namespace GovDesk::Ui {

// Implemented by the govdesk-web-charts plugin (app/ui/web). The widget it creates is a
// ChartView: Q_INVOKABLE setOption(QJsonObject) and the signals ready(), rendered(),
// pointClicked(QString, QString, QJsonValue), renderFailed(QString). Modules use LazyChart,
// which loads the plugin — and with it Qt WebEngine — only when a chart is first shown.
class ChartFactory
{
public:
    virtual ~ChartFactory() = default;
    virtual QWidget *createChart(QWidget *parent) = 0;
};

} // namespace GovDesk::Ui

#define GovDeskChartFactory_iid "org.govdesk.ChartFactory/1"
Q_DECLARE_INTERFACE(GovDesk::Ui::ChartFactory, GovDeskChartFactory_iid)
