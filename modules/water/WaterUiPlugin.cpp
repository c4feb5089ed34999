#include "WaterUiPlugin.h"

#include "WaterPage.h"

#include <QAction>

namespace GovDesk::Water {

QWidget *WaterUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent)
{
    Q_UNUSED(navigator)
    m_page = new WaterPage(context, parent);
    //: Menu action: 导入数据文件…
    m_import = new QAction(tr("&Import data file…"), m_page);
    m_import->setObjectName(QStringLiteral("actionWaterImport"));
    connect(m_import, &QAction::triggered, m_page, qOverload<>(&WaterPage::importFile));
    return m_page;
}

void WaterUiPlugin::open(const QString &recordId)
{
    if (m_page)
        m_page->open(recordId);
}

QList<QAction *> WaterUiPlugin::actions() const
{
    return m_import ? QList<QAction *>{m_import.data()} : QList<QAction *>{};
}

void WaterUiPlugin::exportCurrent(QWidget *parent)
{
    Q_UNUSED(parent)
    if (m_page)
        m_page->exportWithDialog();
}

} // namespace GovDesk::Water
