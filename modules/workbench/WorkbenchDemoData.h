// WorkbenchDemoData: the demo profile's to-do items — fictional, realistic, dated relative to today.
#pragma once

#include "Result.h"
#include "todo/TodoService.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Workbench {

struct DemoTodo
{
    Core::TodoItem item;
    QString body; // indexed for search: 发文字号, 来文单位, what is asked
};

// Deadlines, years and quarters follow `now`, so a demo profile reset on any day shows the
// same mix: some overdue, some due tomorrow, some without a deadline.
[[nodiscard]] QList<DemoTodo> demoTodos(const QString &moduleId, const QDateTime &now);

// Writes the items as task records (ids demo-01 …), all or nothing, and lets the task projection
// publish and index them before returning. Seeding again replaces them rather than adding copies.
[[nodiscard]] Core::Result<> seedDemoTasks(Core::ModuleContext &context, const QDateTime &now);

} // namespace GovDesk::Workbench
