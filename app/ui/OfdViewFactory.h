// OfdViewFactory: how govdesk-ui makes an OFD viewer without linking Qt WebEngine.
#pragma once

#include <QtPlugin>

class QWidget;

namespace GovDesk::Ui {

// Implemented by the govdesk-web-ofd plugin (app/ui/web). The widget it creates is an OfdView:
// Q_INVOKABLE load(QByteArray) and the signals rendered(QJsonObject summary) and
// renderFailed(QString). Modules use LazyOfdView, which loads the plugin — and with it Qt
// WebEngine — only when an OFD is first shown.
class OfdViewFactory
{
public:
    virtual ~OfdViewFactory() = default;
    virtual QWidget *createOfdView(QWidget *parent) = 0;
};

} // namespace GovDesk::Ui

#define GovDeskOfdViewFactory_iid "org.govdesk.OfdViewFactory/1"
Q_DECLARE_INTERFACE(GovDesk::Ui::OfdViewFactory, GovDeskOfdViewFactory_iid)
