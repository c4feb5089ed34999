// WebWidgetFactory: how govdesk-ui makes a widget of the WebEngine host without linking Qt WebEngine.
#pragma once

#include <QtPlugin>

class QWidget;

namespace GovDesk::Ui {

// The root object of each plugin of app/ui/web: govdesk-web-charts makes a ChartView,
// govdesk-web-ofd an OfdView, govdesk-web-html an HtmlView. Modules use LazyChart, LazyOfdView and
// LazyHtmlView (LazyWebWidget), which load the plugin — and with it Qt WebEngine — only when the
// widget is first shown, and talk to the widget it makes through its invokable methods and signals.
class WebWidgetFactory
{
public:
    virtual ~WebWidgetFactory() = default;
    virtual QWidget *createWidget(QWidget *parent) = 0;
};

} // namespace GovDesk::Ui

#define GovDeskWebWidgetFactory_iid "org.govdesk.WebWidgetFactory/1"
Q_DECLARE_INTERFACE(GovDesk::Ui::WebWidgetFactory, GovDeskWebWidgetFactory_iid)
