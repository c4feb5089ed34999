#include "WebChartFactory.h"

#include "ChartView.h"

namespace GovDesk::Ui {

QWidget *WebChartFactory::createWidget(QWidget *parent)
{
    return new ChartView(parent);
}

} // namespace GovDesk::Ui
