// TodoService: the cross-module to-do list (待办/待阅) that modules publish into and the workbench shows.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace GovDesk::Core {

class Database;

enum class TodoKind {
    ToDo,   // 待办: the user has to act (签收, 审核, 办理 …)
    ToRead, // 待阅: the user only has to read it
};

// 紧急程度 of GB/T 9704; the values are stored, so never renumber them.
enum class Urgency {
    Normal = 0,     // 普通
    Urgent = 1,     // 加急
    VeryUrgent = 2, // 特急
};

struct TodoItem
{
    QString module;   // module id, e.g. "documents"
    QString recordId; // the module's own id of the record the item is about
    TodoKind kind = TodoKind::ToDo;
    QString title;
    QDateTime dueAt; // invalid = no deadline
    Urgency urgency = Urgency::Normal;
    QDateTime createdAt; // set by publish(); UTC, millisecond precision when read back
};

// One item per (module, recordId, kind): a record can be both to do and to read, never twice
// either. Every write joins the caller's transaction when one is open, so a module saves a
// record and its to-do item atomically.
class TodoService
{
    Q_DECLARE_TR_FUNCTIONS(TodoService)
public:
    using Clock = std::function<QDateTime()>;

    // Unit tests pass a clock to check isOverdue() and the creation order without sleeping.
    explicit TodoService(Database &db, Clock clock = {});

    static constexpr const char *MigrationOwner = "core.todo";
    [[nodiscard]] static QList<Migration> migrations();

    // Inserts the item, or updates title, deadline and urgency of the existing one (keeping its
    // createdAt). Publishing a completed item opens it again: the record needs attention anew.
    [[nodiscard]] Result<> publish(const TodoItem &item);
    // Marks the item done. An unknown or already completed item is not an error (the module
    // need not know whether it published one); a completed item keeps its first done time.
    [[nodiscard]] Result<> complete(const QString &module, const QString &recordId, TodoKind kind);
    // Removes the record's items of both kinds, open or done, e.g. when the record is deleted.
    [[nodiscard]] Result<> removeAll(const QString &module, const QString &recordId);

    // Items not done, from `modules` only (all when empty), most pressing first: urgency
    // descending, then deadline ascending with items without one last, then oldest first.
    [[nodiscard]] Result<QList<TodoItem>> openItems(const QStringList &modules = {}) const;
    [[nodiscard]] Result<int> openCount(const QStringList &modules = {}) const;

    // The deadline has passed: dueAt is valid and before the clock's now.
    [[nodiscard]] bool isOverdue(const TodoItem &item) const;

private:
    Database *m_db;
    Clock m_clock;
};

} // namespace GovDesk::Core
