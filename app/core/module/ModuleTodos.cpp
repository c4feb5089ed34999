#include "ModuleTodos.h"

#include "module/ModuleGuard.h"
#include "session/Session.h"
#include "store/Database.h"

namespace GovDesk::Core {

ModuleTodos::ModuleTodos(QString moduleId, Session &session)
    : m_moduleId(std::move(moduleId))
    , m_session(session)
{
}

Result<> ModuleTodos::publish(TodoItem item)
{
    if (!item.module.isEmpty() && item.module != m_moduleId)
        return fail(ErrorCode::InvalidArgument,
                    tr("The module \"%1\" may only publish its own to-do items.").arg(m_moduleId),
                    QStringLiteral("item of module %1 refused").arg(item.module));
    item.module = m_moduleId;
    return writeAndNotify([&] { return m_session.todos().publish(item); });
}

Result<> ModuleTodos::complete(const QString &recordId, TodoKind kind)
{
    return writeAndNotify([&] { return m_session.todos().complete(m_moduleId, recordId, kind); });
}

Result<> ModuleTodos::removeAll(const QString &recordId)
{
    return writeAndNotify([&] { return m_session.todos().removeAll(m_moduleId, recordId); });
}

Result<> ModuleTodos::writeAndNotify(const std::function<Result<>()> &write)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    const qint64 changesBefore = m_session.database().totalChanges();
    GD_TRY(write());
    if (m_session.database().totalChanges() != changesBefore)
        m_session.notifyTodosChanged();
    return {};
}

Result<QList<TodoItem>> ModuleTodos::openItems(const QStringList &modules) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return m_session.todos().openItems(modules);
}

Result<int> ModuleTodos::openCount(const QStringList &modules) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return m_session.todos().openCount(modules);
}

bool ModuleTodos::isOverdue(const TodoItem &item) const
{
    return m_session.isUnlocked() && m_session.todos().isOverdue(item);
}

} // namespace GovDesk::Core
