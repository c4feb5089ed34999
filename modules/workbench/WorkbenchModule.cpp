#include "WorkbenchModule.h"

#include "WorkbenchDemoData.h"
#include "WorkbenchTasks.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"

namespace GovDesk::Workbench {

bool WorkbenchModule::initialize(Core::ModuleContext &context, QString *error)
{
    //: Search filter for the workbench's own items: 待办事项
    auto ready = context.search().registerType(QString::fromLatin1(TodoSearchType), tr("To-do"));
    // A personal item edited on two of the user's desktops: the later edit is the one meant.
    if (ready)
        ready = context.records().declareCollection(
            {.name = QString::fromLatin1(TaskCollection), .policy = Core::ConflictPolicy::LastWriterWins});
    if (ready)
        ready = context.addProjection(taskProjection(context));
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
}

bool WorkbenchModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = seedDemoTasks(context, QDateTime::currentDateTime());
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

QString WorkbenchModule::fieldLabel(const QString &collection, const QString &field) const
{
    return collection == QLatin1String(TaskCollection) ? taskFieldLabel(field) : QString();
}

} // namespace GovDesk::Workbench
