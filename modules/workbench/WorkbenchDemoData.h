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

// The search type of the workbench's own to-do items: global search finds them, and a hit
// comes back to WorkbenchPlugin::open().
inline constexpr char TodoSearchType[] = "todo";

struct DemoTodo
{
    Core::TodoItem item;
    QString body; // indexed for search: 发文字号, 来文单位, what is asked
};

// Deadlines, years and quarters follow `now`, so a demo profile reset on any day shows the
// same mix: some overdue, some due tomorrow, some without a deadline.
[[nodiscard]] QList<DemoTodo> demoTodos(const QString &moduleId, const QDateTime &now);

// Publishes the items and indexes them for search, all or nothing. Publishing again updates
// them rather than adding copies, so seeding twice is harmless.
[[nodiscard]] Core::Result<> seedDemoTodos(Core::ModuleContext &context, const QDateTime &now);

} // namespace GovDesk::Workbench
