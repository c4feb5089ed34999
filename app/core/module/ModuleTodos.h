// ModuleTodos: one module's items on the cross-module to-do list (待办/待阅).
#pragma once

#include "Result.h"
#include "todo/TodoService.h"

#include <QCoreApplication>
#include <functional>

namespace GovDesk::Core {

class Session;

// Items are published, completed and removed under the module's own id only. Reading is across
// modules: the 工作台 exists to list everybody's items.
class ModuleTodos
{
    Q_DECLARE_TR_FUNCTIONS(ModuleTodos)
public:
    ModuleTodos(QString moduleId, Session &session);

    // `item.module` is set to this module; an item naming another module is refused.
    [[nodiscard]] Result<> publish(TodoItem item);
    [[nodiscard]] Result<> complete(const QString &recordId, TodoKind kind);
    [[nodiscard]] Result<> removeAll(const QString &recordId);

    // Open items of `modules` (all when empty), most pressing first; see TodoService.
    [[nodiscard]] Result<QList<TodoItem>> openItems(const QStringList &modules = {}) const;
    [[nodiscard]] Result<int> openCount(const QStringList &modules = {}) const;
    [[nodiscard]] bool isOverdue(const TodoItem &item) const;

private:
    // Runs `write` and tells the session (todosChanged) only when it changed a row: modules
    // republish their items at every start, and each notice makes the 工作台 read its list again.
    [[nodiscard]] Result<> writeAndNotify(const std::function<Result<>()> &write);

    QString m_moduleId;
    Session &m_session;
};

} // namespace GovDesk::Core
