#include "WorkbenchUiPlugin.h"

#include "WorkbenchPage.h"
#include "WorkbenchTasks.h"
#include "module/ModuleContext.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>

namespace GovDesk::Workbench {

QWidget *WorkbenchUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator,
                                       QWidget *parent)
{
    m_context = &context;
    auto names = [&navigator](const QString &moduleId) {
        return navigator.moduleName(moduleId);
    };
    m_page = new WorkbenchPage(context, navigator, names, parent);
    m_addTask = new QAction(tr("&New personal to-do…"), m_page);
    m_addTask->setObjectName(QStringLiteral("actionNewTask"));
    connect(m_addTask, &QAction::triggered, this, &WorkbenchUiPlugin::addTask);
    return m_page;
}

void WorkbenchUiPlugin::open(const QString &recordId)
{
    if (m_page && m_context)
        m_page->showItem(m_context->moduleId(), recordId);
}

QList<QAction *> WorkbenchUiPlugin::actions() const
{
    return m_addTask ? QList<QAction *>{m_addTask.data()} : QList<QAction *>{};
}

void WorkbenchUiPlugin::addTask()
{
    if (!m_page || !m_context || !m_context->isSessionOpen())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(m_page, tr("New personal to-do"), tr("What needs doing:"),
                                                QLineEdit::Normal, {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    auto added = Workbench::addTask(*m_context, {.title = title.trimmed()});
    if (!added) {
        QMessageBox::warning(m_page, tr("New personal to-do"), added.error().message);
        return;
    }
    m_page->refresh();
    m_page->showItem(m_context->moduleId(), *added);
}

} // namespace GovDesk::Workbench
