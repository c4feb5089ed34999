// WebChartFactory: the chart engine plugin that LazyChart loads on first show.
#pragma once

#include "ChartFactory.h"

#include <QObject>

namespace GovDesk::Ui {

class WebChartFactory : public QObject, public ChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskChartFactory_iid)
    Q_INTERFACES(GovDesk::Ui::ChartFactory)

public:
    QWidget *createChart(QWidget *parent) override;
};

} // namespace GovDesk::Ui
