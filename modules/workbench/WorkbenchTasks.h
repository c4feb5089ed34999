// WorkbenchTasks: the workbench's own items (个人待办) as synced records, projected to to-dos.
#pragma once

#include "Result.h"
#include "module/Projection.h"
#include "todo/TodoService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Workbench {

// The search type of the workbench's own items: global search finds them, and a hit comes back
// to the UI plugin's open().
inline constexpr char TodoSearchType[] = "todo";
// Records of the workbench: one per personal item, synced between the user's desktops.
inline constexpr char TaskCollection[] = "workbench.task";

// A personal item as its record's payload holds it. Field names are the record's JSON keys.
struct Task
{
    QString title;
    QString body; // indexed for search: 发文字号, 来文单位, what is asked
    Core::TodoKind kind = Core::TodoKind::ToDo;
    Core::Urgency urgency = Core::Urgency::Normal;
    QDateTime dueAt; // invalid = no deadline
    bool done = false;

    [[nodiscard]] QJsonObject toPayload() const;
    // Unknown or missing fields take their defaults: a record written by a newer version still shows.
    [[nodiscard]] static Task fromPayload(const QJsonObject &payload);
};

// The worked example of a projection: each task record becomes a to-do item and a search entry,
// in the same transaction as the projection's cursor, so they never fall behind the records.
[[nodiscard]] Core::Projection taskProjection(Core::ModuleContext &context);

// A new task record (id from RecordStore::newRecordId()); the projection publishes it.
[[nodiscard]] Core::Result<QString> addTask(Core::ModuleContext &context, const Task &task);

// The conflict dialog's label of a task field, translated; empty for an unknown field.
[[nodiscard]] QString taskFieldLabel(const QString &field);

} // namespace GovDesk::Workbench
