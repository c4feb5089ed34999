// DisclosureUiPlugin: the 信息公开 page, loaded by the shell the first time the module opens.
#pragma once

#include "ModuleUi.h"

#include <QObject>
#include <QPointer>

namespace GovDesk::Disclosure {

class DisclosurePage;

class DisclosureUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "disclosure-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // A search hit or a to-do: the item, shown in the list.
    void open(const QString &recordId) override;

private:
    QPointer<DisclosurePage> m_page;
};

} // namespace GovDesk::Disclosure
