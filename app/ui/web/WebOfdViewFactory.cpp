#include "WebOfdViewFactory.h"

#include "OfdView.h"

namespace GovDesk::Ui {

QWidget *WebOfdViewFactory::createWidget(QWidget *parent)
{
    return new OfdView(parent);
}

} // namespace GovDesk::Ui
