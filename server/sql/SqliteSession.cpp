#include "SqliteSession.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace GovDesk::Server {

namespace {

class SqliteRow final : public SqlRow
{
public:
    explicit SqliteRow(const Core::Statement &statement)
        : m_statement(statement)
    {
    }
    bool isNull(int column) const override { return m_statement.isNull(column); }
    QByteArrayView bytes(int column) const override { return m_statement.utf8(column); }
    qint64 int64(int column) const override { return m_statement.int64(column); }

private:
    const Core::Statement &m_statement;
};

Result<Core::Statement> prepared(Core::Database &db, const QString &sql, const SqlParams &params)
{
    auto statement = db.prepareCached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 0;
    for (const SqlValue &value : params.values()) {
        ++index;
        if (const auto *number = std::get_if<qint64>(&value))
            statement->bind(index, *number);
        else if (const auto *text = std::get_if<QString>(&value))
            statement->bind(index, *text); // a null QString binds NULL
        else
            statement->bindNull(index);
    }
    return statement;
}

} // namespace

SqliteSession::SqliteSession(std::unique_ptr<Core::Database> db)
    : m_db(std::move(db))
{
}

SqliteSession::~SqliteSession() = default;

Result<qint64> SqliteSession::run(const QString &sql, const SqlParams &params)
{
    const std::scoped_lock lock(m_mutex);
    auto statement = prepared(*m_db, sql, params);
    if (!statement)
        return std::unexpected(statement.error());
    GD_TRY(statement->exec());
    return m_db->changes();
}

Result<> SqliteSession::visit(const QString &sql, const SqlParams &params, const RowVisitor &visitor)
{
    const std::scoped_lock lock(m_mutex);
    auto statement = prepared(*m_db, sql, params);
    if (!statement)
        return std::unexpected(statement.error());
    return statement->forEachRow([&visitor](const Core::Statement &row) { return visitor(SqliteRow(row)); });
}

Result<> SqliteSession::inTransaction(const std::function<Result<>()> &work)
{
    const std::scoped_lock lock(m_mutex);
    auto transaction = Core::Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto done = work(); !done) {
        transaction->rollback();
        return done;
    }
    return transaction->commit();
}

} // namespace GovDesk::Server
