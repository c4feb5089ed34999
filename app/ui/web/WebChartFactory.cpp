#include "WebChartFactory.h"

#include "ChartView.h"

namespace GovDesk::Ui {

QWidget *WebChartFactory::createChart(QWidget *parent)
{
    return new ChartView(parent);
}

} // namespace GovDesk::Ui
