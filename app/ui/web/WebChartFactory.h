// WebChartFactory: the chart engine plugin that LazyChart loads on first show.
#pragma once

#include "WebWidgetFactory.h"

#include <QObject>

namespace GovDesk::Ui {

class WebChartFactory : public QObject, public WebWidgetFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskWebWidgetFactory_iid)
    Q_INTERFACES(GovDesk::Ui::WebWidgetFactory)

public:
    QWidget *createWidget(QWidget *parent) override;
};

} // namespace GovDesk::Ui
