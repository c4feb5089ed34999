#include "WorkbenchPlugin.h"

#include "WorkbenchDemoData.h"
#include "WorkbenchPage.h"
#include "module/ModuleContext.h"
#include "search/SearchService.h"

namespace GovDesk::Workbench {

bool WorkbenchPlugin::initialize(Core::ModuleContext &context, QString *error)
{
    m_moduleId = context.metadata().id;
    //: Search filter for the workbench's own items: 待办事项
    auto registered = context.search().registerType(
        {.module = m_moduleId, .type = QString::fromLatin1(TodoSearchType), .label = tr("To-do")});
    if (!registered) {
        *error = registered.error().message;
        return false;
    }
    return true;
}

bool WorkbenchPlugin::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = seedDemoTodos(context, QDateTime::currentDateTime());
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

QWidget *WorkbenchPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent)
{
    m_moduleId = context.metadata().id;
    auto names = [&navigator](const QString &moduleId) { return navigator.moduleName(moduleId); };
    m_page = new WorkbenchPage(context, navigator, names, parent);
    return m_page;
}

void WorkbenchPlugin::open(const QString &recordId)
{
    if (m_page)
        m_page->showItem(m_moduleId, recordId);
}

} // namespace GovDesk::Workbench
