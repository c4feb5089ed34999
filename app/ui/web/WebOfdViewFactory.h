// WebOfdViewFactory: the OFD viewer plugin that LazyOfdView loads on first show.
#pragma once

#include "OfdViewFactory.h"

#include <QObject>

namespace GovDesk::Ui {

class WebOfdViewFactory : public QObject, public OfdViewFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskOfdViewFactory_iid)
    Q_INTERFACES(GovDesk::Ui::OfdViewFactory)

public:
    QWidget *createOfdView(QWidget *parent) override;
};

} // namespace GovDesk::Ui
