#include "DisclosureUiPlugin.h"

#include "DisclosurePage.h"

namespace GovDesk::Disclosure {

QWidget *DisclosureUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator,
                                        QWidget *parent)
{
    Q_UNUSED(navigator)
    m_page = new DisclosurePage(context, parent);
    return m_page;
}

void DisclosureUiPlugin::open(const QString &recordId)
{
    if (m_page)
        m_page->showItem(recordId);
}

} // namespace GovDesk::Disclosure
