#include "WorkbenchTasks.h"

#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace GovDesk::Workbench {

using Core::TodoKind;
using Core::Urgency;

QJsonObject Task::toPayload() const
{
    QJsonObject payload{{QStringLiteral("title"), title},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("kind"),
                         kind == TodoKind::ToRead ? QStringLiteral("toread") : QStringLiteral("todo")},
                        {QStringLiteral("urgency"), static_cast<int>(urgency)},
                        {QStringLiteral("done"), done}};
    if (dueAt.isValid())
        payload.insert(QStringLiteral("dueAt"), dueAt.toUTC().toString(Qt::ISODate));
    return payload;
}

Task Task::fromPayload(const QJsonObject &payload)
{
    Task task;
    task.title = payload.value(QStringLiteral("title")).toString();
    task.body = payload.value(QStringLiteral("body")).toString();
    task.kind = payload.value(QStringLiteral("kind")).toString() == QStringLiteral("toread")
                    ? TodoKind::ToRead
                    : TodoKind::ToDo;
    task.urgency = static_cast<Urgency>(std::clamp(payload.value(QStringLiteral("urgency")).toInt(), 0, 2));
    task.dueAt = QDateTime::fromString(payload.value(QStringLiteral("dueAt")).toString(), Qt::ISODate);
    task.done = payload.value(QStringLiteral("done")).toBool();
    return task;
}

Core::Projection taskProjection(Core::ModuleContext &context)
{
    return {.name = QStringLiteral("tasks"),
            .collections = {QString::fromLatin1(TaskCollection)},
            .version = 1,
            .apply = [&context](const Core::ProjectedRecord &projected) -> Core::Result<> {
                if (projected.isGone()) {
                    GD_TRY(context.todos().removeAll(projected.recordId));
                    return context.search().remove(projected.recordId);
                }
                const Task task = Task::fromPayload(projected.record->payload);
                if (task.title.trimmed().isEmpty()) // nothing anybody could act on
                    return context.todos().removeAll(projected.recordId);
                if (task.done) {
                    GD_TRY(context.todos().complete(projected.recordId, task.kind));
                } else {
                    Core::TodoItem item{.recordId = projected.recordId,
                                        .kind = task.kind,
                                        .title = task.title,
                                        .dueAt = task.dueAt,
                                        .urgency = task.urgency};
                    GD_TRY(context.todos().publish(item));
                }
                return context.search().index({.type = QString::fromLatin1(TodoSearchType),
                                               .recordId = projected.recordId,
                                               .title = task.title,
                                               .body = task.body,
                                               .updatedAt = projected.record->updatedAt});
            }};
}

Core::Result<QString> addTask(Core::ModuleContext &context, const Task &task)
{
    const QString id = Core::RecordStore::newRecordId();
    GD_TRY(context.records().put(QString::fromLatin1(TaskCollection), id, task.toPayload()));
    return id;
}

QString taskFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Title")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Details")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Kind")},
        {QStringLiteral("urgency"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Urgency")},
        {QStringLiteral("dueAt"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Deadline")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("GovDesk::Workbench::Task", "Done")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("GovDesk::Workbench::Task", label) : QString();
}

} // namespace GovDesk::Workbench
