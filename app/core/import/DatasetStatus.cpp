#include "DatasetStatus.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace GovDesk::Core {

namespace {

QString stateCode(DatasetState state)
{
    switch (state) {
    case DatasetState::Waiting:
        return QStringLiteral("waiting");
    case DatasetState::Applied:
        return QStringLiteral("applied");
    case DatasetState::Rejected:
        return QStringLiteral("rejected");
    case DatasetState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

DatasetState stateFromCode(const QString &code)
{
    if (code == QLatin1String("applied"))
        return DatasetState::Applied;
    if (code == QLatin1String("rejected"))
        return DatasetState::Rejected;
    if (code == QLatin1String("cancelled"))
        return DatasetState::Cancelled;
    return DatasetState::Waiting;
}

const QString Columns
    = QStringLiteral("record_id, kind, title, file_name, sha256, state, rows, problem_count, "
                     "problems, updated_at, loaded_at");

} // namespace

QList<Migration> DatasetStatusStore::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("what became of each dataset a module received"),
             .sql = QStringLiteral(R"(
CREATE TABLE core_datasets (
    module TEXT NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
    file_name TEXT NOT NULL, sha256 TEXT NOT NULL, state TEXT NOT NULL, rows INTEGER NOT NULL,
    problem_count INTEGER NOT NULL, problems TEXT NOT NULL, updated_at INTEGER, loaded_at TEXT NOT NULL,
    PRIMARY KEY (module, record_id)) WITHOUT ROWID;
CREATE INDEX core_datasets_state ON core_datasets(module, state);
)")}};
}

DatasetStatusStore::DatasetStatusStore(Database &db, QString moduleId)
    : m_db(&db)
    , m_moduleId(std::move(moduleId))
{
}

QString DatasetStatusStore::stateName(DatasetState state)
{
    switch (state) {
    case DatasetState::Applied:
        //: A dataset's status: 已导入
        return tr("Imported");
    case DatasetState::Waiting:
        //: A dataset's status: 等待导入 (its file may still be on its way)
        return tr("Waiting");
    case DatasetState::Rejected:
        //: A dataset's status: 未导入（有错误）
        return tr("Not imported (errors)");
    case DatasetState::Cancelled:
        //: A dataset's status: 已取消导入
        return tr("Import cancelled");
    }
    return {};
}

Result<QList<DatasetStatus>> DatasetStatusStore::select(const QString &where, const QString &order,
                                                        const QString &argument) const
{
    auto statement
        = m_db->prepareCached(QStringLiteral("SELECT %1 FROM core_datasets WHERE module = ?1 %2 ORDER BY %3")
                                  .arg(Columns, where, order));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, m_moduleId);
    if (!argument.isNull())
        statement->bind(2, argument);
    QList<DatasetStatus> list;
    GD_TRY(statement->forEachRow([&](const Statement &row) {
        list.append(
            {.recordId = row.text(0),
             .kind = row.text(1),
             .title = row.text(2),
             .fileName = row.text(3),
             .sha256 = row.text(4),
             .state = stateFromCode(row.text(5)),
             .rows = row.int64(6),
             .problemCount = row.int64(7),
             .problems = row.text(8),
             .updatedAt = row.isNull(9) ? QDateTime() : QDateTime::fromSecsSinceEpoch(row.int64(9), Qt::UTC),
             .loadedAt = row.text(10)});
    }));
    return list;
}

Result<std::optional<DatasetStatus>> DatasetStatusStore::status(const QString &recordId) const
{
    auto found = select(QStringLiteral("AND record_id = ?2"), QStringLiteral("record_id"), recordId);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<QList<DatasetStatus>> DatasetStatusStore::statuses() const
{
    return select({}, QStringLiteral("loaded_at DESC, record_id"), {});
}

Result<QList<DatasetStatus>> DatasetStatusStore::inState(DatasetState state) const
{
    return select(QStringLiteral("AND state = ?2"), QStringLiteral("loaded_at, record_id"), stateCode(state));
}

Result<> DatasetStatusStore::write(const DatasetStatus &status)
{
    auto statement = m_db->prepareCached(QStringLiteral("INSERT OR REPLACE INTO core_datasets (module, %1) "
                                                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                                             .arg(Columns));
    if (!statement)
        return std::unexpected(statement.error());
    // Statement binds a null QString as NULL; the columns want text, if empty.
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    statement->bind(1, m_moduleId)
        .bind(2, status.recordId)
        .bind(3, text(status.kind))
        .bind(4, text(status.title))
        .bind(5, text(status.fileName))
        .bind(6, text(status.sha256))
        .bind(7, stateCode(status.state))
        .bind(8, status.rows)
        .bind(9, status.problemCount)
        .bind(10, text(status.problems));
    if (status.updatedAt.isValid())
        statement->bind(11, status.updatedAt.toSecsSinceEpoch());
    else
        statement->bindNull(11);
    statement->bind(12, text(status.loadedAt));
    return statement->exec();
}

Result<> DatasetStatusStore::remove(const QString &recordId)
{
    auto statement
        = m_db->prepareCached(QStringLiteral("DELETE FROM core_datasets WHERE module = ? AND record_id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, m_moduleId).bind(2, recordId);
    return statement->exec();
}

Result<> DatasetStatusStore::removeAll()
{
    auto statement = m_db->prepareCached(QStringLiteral("DELETE FROM core_datasets WHERE module = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, m_moduleId);
    return statement->exec();
}

} // namespace GovDesk::Core
