#include "WebOfdViewFactory.h"

#include "OfdView.h"

namespace GovDesk::Ui {

QWidget *WebOfdViewFactory::createOfdView(QWidget *parent)
{
    return new OfdView(parent);
}

} // namespace GovDesk::Ui
