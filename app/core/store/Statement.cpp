#include "Statement.h"

#include "store/DamageMark.h"
#include "store/SqliteError.h"
#include "store/StatementCache.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace GovDesk::Core {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement, std::shared_ptr<DamageMark> damage,
                     std::shared_ptr<StatementCache> cache)
    : m_db(db)
    , m_statement(statement)
    , m_damage(std::move(damage))
    , m_cache(std::move(cache))
{
}

namespace {
void release(sqlite3_stmt *statement, const std::shared_ptr<StatementCache> &cache)
{
    if (cache)
        cache->giveBack(statement);
    else
        sqlite3_finalize(statement);
}
} // namespace

Statement::~Statement()
{
    release(m_statement, m_cache);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_damage(std::move(other.m_damage))
    , m_cache(std::move(other.m_cache))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release(m_statement, m_cache);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_damage = std::move(other.m_damage);
        m_cache = std::move(other.m_cache);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_statement, name);
}

void Statement::noteBindError(int rc, int index)
{
    if (rc != SQLITE_OK && m_bindError.isEmpty())
        m_bindError = QStringLiteral("bind of parameter %1 failed: %2")
                          .arg(index)
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)));
}

Statement &Statement::bind(int index, qint64 value)
{
    noteBindError(sqlite3_bind_int64(m_statement, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindError(sqlite3_bind_double(m_statement, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    // UTF-16 avoids a conversion copy; SQLite converts once to the database encoding.
    noteBindError(sqlite3_bind_text16(m_statement, index, value.utf16(),
                                      static_cast<int>(value.size() * sizeof(char16_t)),
                                      SQLITE_TRANSIENT),
                  index);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    noteBindError(sqlite3_bind_blob(m_statement, index, blob.constData(),
                                    static_cast<int>(blob.size()), SQLITE_TRANSIENT),
                  index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBindError(sqlite3_bind_null(m_statement, index), index);
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_statement)
        return fail(ErrorCode::InvalidArgument, SqliteError::messageFor(ErrorCode::Sql),
                    QStringLiteral("step on an invalid statement"));
    if (!m_bindError.isEmpty())
        return fail(ErrorCode::InvalidArgument, SqliteError::messageFor(ErrorCode::Sql), m_bindError);
    if (m_damage && m_damage->isSet() && !sqlite3_stmt_readonly(m_statement))
        return std::unexpected(m_damage->refusal(QString::fromUtf8(sqlite3_sql(m_statement))));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error
        = SqliteError::from(rc, m_db, QString::fromUtf8(sqlite3_sql(m_statement)), m_damage.get());
    sqlite3_reset(m_statement);
    return std::unexpected(error);
}

Result<> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

void Statement::clearBindings()
{
    // Debian's SQLCipher is built without SQLITE_ENABLE_API_ARMOR: a null handle would crash.
    if (m_statement)
        sqlite3_clear_bindings(m_statement);
    m_bindError.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / 2);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (data)
        return QByteArray(static_cast<const char *>(data), bytes);
    // SQLite returns no pointer for a zero-length blob; keep it distinct from NULL, which bind()
    // would otherwise write back as SQL NULL.
    return isNull(column) ? QByteArray() : QByteArray("");
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

} // namespace GovDesk::Core
