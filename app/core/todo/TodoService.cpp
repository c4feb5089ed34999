#include "TodoService.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <utility>

namespace GovDesk::Core {

namespace {

// Stable identifiers stored in todo_items.kind: never rename them.
const QString KindToDo = QStringLiteral("todo");
const QString KindToRead = QStringLiteral("toread");

QString kindText(TodoKind kind)
{
    switch (kind) {
    case TodoKind::ToDo:
        return KindToDo;
    case TodoKind::ToRead:
        return KindToRead;
    }
    return {}; // a value cast from an out-of-range integer
}

bool isKnownUrgency(Urgency urgency)
{
    const int value = static_cast<int>(urgency);
    return value >= static_cast<int>(Urgency::Normal) && value <= static_cast<int>(Urgency::VeryUrgent);
}

// Times are stored as UTC milliseconds since the epoch: they sort as numbers in SQL, whatever
// time zone the caller's QDateTime was in, and unlike ISO text also for years beyond 9999.
qint64 toStored(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

QDateTime fromStored(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

// " AND module IN (?1, ?2, …)" for a non-empty filter; binds start at 1.
QString moduleFilter(const QStringList &modules)
{
    if (modules.isEmpty())
        return {};
    QStringList placeholders;
    placeholders.reserve(modules.size());
    for (qsizetype i = 1; i <= modules.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    return QStringLiteral(" AND module IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
}

void bindModules(Statement &statement, const QStringList &modules)
{
    for (qsizetype i = 0; i < modules.size(); ++i)
        statement.bind(static_cast<int>(i + 1), modules.at(i));
}

} // namespace

TodoService::TodoService(Database &db, Clock clock)
    : m_db(&db)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QList<Migration> TodoService::migrations()
{
    return {
        {.version = 1,
         .description = QStringLiteral("todo_items: open and done to-do items of all modules"),
         // No index beyond the key: a profile holds hundreds of items, not millions, and the key's
         // leading module column already serves the module filter and removeAll().
         .sql = QStringLiteral("CREATE TABLE todo_items ("
                               " module TEXT NOT NULL CHECK (module <> ''),"
                               " record_id TEXT NOT NULL CHECK (record_id <> ''),"
                               " kind TEXT NOT NULL CHECK (kind IN ('todo', 'toread')),"
                               " title TEXT NOT NULL,"
                               " due_at INTEGER,"
                               " urgency INTEGER NOT NULL DEFAULT 0 CHECK (urgency BETWEEN 0 AND 2),"
                               " created_at INTEGER NOT NULL,"
                               " done_at INTEGER,"
                               " PRIMARY KEY (module, record_id, kind))")},
    };
}

Result<> TodoService::publish(const TodoItem &item)
{
    if (item.module.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A to-do item needs the module it belongs to."),
                    QStringLiteral("empty module"));
    if (item.recordId.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A to-do item needs the record it is about."),
                    QStringLiteral("empty recordId"));
    // A blank title would show as an empty line on the workbench, which nobody can act on.
    if (item.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A to-do item needs a title."),
                    QStringLiteral("empty title"));
    const QString kind = kindText(item.kind);
    if (kind.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A to-do item must be either to do or to read."),
                    QStringLiteral("kind %1").arg(static_cast<int>(item.kind)));
    if (!isKnownUrgency(item.urgency))
        return fail(ErrorCode::InvalidArgument, tr("A to-do item has an unknown urgency."),
                    QStringLiteral("urgency %1").arg(static_cast<int>(item.urgency)));
    // A null dueAt means no deadline; a non-null invalid one is a caller's mistake, not "none".
    if (!item.dueAt.isNull() && !item.dueAt.isValid())
        return fail(ErrorCode::InvalidArgument, tr("The deadline of a to-do item is not a valid time."),
                    QStringLiteral("invalid dueAt"));

    // SQLCipher 3.4 is SQLite 3.15, without UPSERT: update, and insert when nothing matched. The
    // two must be one step; inside the caller's transaction this is a savepoint, so the item
    // commits or rolls back with the caller's record and a failure here undoes only this.
    auto transaction = Transaction::begin(*m_db, Transaction::Mode::Immediate);
    if (!transaction)
        return std::unexpected(transaction.error());

    // An item published again unchanged (every start recomputes deadlines) writes nothing: an
    // UPDATE to the same values would still rewrite, encrypt and sync its page.
    auto update = m_db->prepareCached(QStringLiteral(
        "UPDATE OR FAIL todo_items SET title = ?4, due_at = ?5, urgency = ?6, done_at = NULL"
        " WHERE module = ?1 AND record_id = ?2 AND kind = ?3"
        " AND (title IS NOT ?4 OR due_at IS NOT ?5 OR urgency IS NOT ?6 OR done_at IS NOT NULL)"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, item.module).bind(2, item.recordId).bind(3, kind).bind(4, item.title);
    if (item.dueAt.isValid())
        update->bind(5, toStored(item.dueAt));
    else
        update->bindNull(5);
    update->bind(6, static_cast<int>(item.urgency));
    GD_TRY(update->exec());

    if (m_db->changes() == 0) {
        auto insert = m_db->prepareCached(QStringLiteral(
            "INSERT INTO todo_items (module, record_id, kind, title, due_at, urgency, created_at)"
            " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (SELECT 1 FROM todo_items"
            " WHERE module = ?1 AND record_id = ?2 AND kind = ?3)"));
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, item.module).bind(2, item.recordId).bind(3, kind).bind(4, item.title);
        if (item.dueAt.isValid())
            insert->bind(5, toStored(item.dueAt));
        else
            insert->bindNull(5);
        insert->bind(6, static_cast<int>(item.urgency)).bind(7, toStored(m_clock()));
        GD_TRY(insert->exec());
    }
    return transaction->commit();
}

Result<> TodoService::complete(const QString &module, const QString &recordId, TodoKind kind)
{
    const QString kindValue = kindText(kind);
    if (module.isEmpty() || recordId.isEmpty() || kindValue.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Which to-do item to complete was not given."),
                    QStringLiteral("empty module or recordId, or unknown kind"));
    // One statement: atomic by itself, and part of the caller's transaction when one is open.
    auto update = m_db->prepareCached(QStringLiteral("UPDATE OR FAIL todo_items SET done_at = ?4"
                                                     " WHERE module = ?1 AND record_id = ?2 AND kind = ?3"
                                                     " AND done_at IS NULL"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, module).bind(2, recordId).bind(3, kindValue).bind(4, toStored(m_clock()));
    return update->exec();
}

Result<> TodoService::removeAll(const QString &module, const QString &recordId)
{
    if (module.isEmpty() || recordId.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Which record's to-do items to remove was not given."),
                    QStringLiteral("empty module or recordId"));
    auto remove
        = m_db->prepareCached(QStringLiteral("DELETE FROM todo_items WHERE module = ?1 AND record_id = ?2"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, module).bind(2, recordId);
    return remove->exec();
}

Result<QList<TodoItem>> TodoService::openItems(const QStringList &modules) const
{
    // rowid last: items created in the same millisecond stay in the order they were published.
    auto select = m_db->prepareCached(
        QStringLiteral("SELECT module, record_id, kind, title, due_at, urgency, created_at FROM todo_items"
                       " WHERE done_at IS NULL")
        + moduleFilter(modules)
        + QStringLiteral(" ORDER BY urgency DESC, due_at IS NULL, due_at, created_at, rowid"));
    if (!select)
        return std::unexpected(select.error());
    bindModules(*select, modules);

    QList<TodoItem> items;
    GD_TRY(select->forEachRow([&](const Statement &) {
        TodoItem item;
        item.module = select->text(0);
        item.recordId = select->text(1);
        item.kind = select->text(2) == KindToRead ? TodoKind::ToRead : TodoKind::ToDo;
        item.title = select->text(3);
        if (!select->isNull(4))
            item.dueAt = fromStored(select->int64(4));
        item.urgency = static_cast<Urgency>(select->int32(5));
        item.createdAt = fromStored(select->int64(6));
        items << item;
    }));
    return items;
}

Result<int> TodoService::openCount(const QStringList &modules) const
{
    auto select = m_db->prepareCached(QStringLiteral("SELECT count(*) FROM todo_items WHERE done_at IS NULL")
                                      + moduleFilter(modules));
    if (!select)
        return std::unexpected(select.error());
    bindModules(*select, modules);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    return select->int32(0);
}

bool TodoService::isOverdue(const TodoItem &item) const
{
    return item.dueAt.isValid() && item.dueAt < m_clock();
}

} // namespace GovDesk::Core
