#include "ForestryUiPlugin.h"

#include "ForestryPage.h"

#include <QAction>

namespace GovDesk::Forestry {

QWidget *ForestryUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent)
{
    Q_UNUSED(navigator)
    m_page = new ForestryPage(context, parent);
    //: 导入林业数据…
    m_import = new QAction(tr("&Import forestry data…"), m_page);
    m_import->setObjectName(QStringLiteral("actionForestryImport"));
    connect(m_import, &QAction::triggered, m_page, &ForestryPage::startImport);
    return m_page;
}

void ForestryUiPlugin::open(const QString &recordId)
{
    if (m_page)
        m_page->showRecord(recordId);
}

QList<QAction *> ForestryUiPlugin::actions() const
{
    return m_import ? QList<QAction *>{m_import.data()} : QList<QAction *>{};
}

void ForestryUiPlugin::exportCurrent(QWidget *parent)
{
    Q_UNUSED(parent)
    if (m_page)
        m_page->exportCurrent();
}

} // namespace GovDesk::Forestry
