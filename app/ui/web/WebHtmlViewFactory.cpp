#include "WebHtmlViewFactory.h"

#include "HtmlView.h"

namespace GovDesk::Ui {

QWidget *WebHtmlViewFactory::createWidget(QWidget *parent)
{
    return new HtmlView(parent);
}

} // namespace GovDesk::Ui
