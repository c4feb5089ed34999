#include "PgConnection.h"

#include "ServerLogging.h"

#include <algorithm>
#include <libpq-fe.h>
#include <vector>

namespace GovDesk::Server {

namespace {

// SQLSTATE classes (PostgreSQL's appendix A): 23 integrity constraint violation, 08 connection
// exception, 57P01–57P03 the server shutting down.
Core::ErrorCode codeFor(const char *sqlState)
{
    const QByteArrayView state(sqlState ? sqlState : "");
    if (state.startsWith("23"))
        return Core::ErrorCode::Constraint;
    if (state.startsWith("08") || state.startsWith("57P"))
        return Core::ErrorCode::Io;
    if (state == "40001" || state == "40P01") // serialization failure, deadlock: try again
        return Core::ErrorCode::Busy;
    return Core::ErrorCode::Sql;
}

QString messageFor(Core::ErrorCode code)
{
    switch (code) {
    case Core::ErrorCode::Constraint:
        return QStringLiteral("The change conflicts with stored data.");
    case Core::ErrorCode::Io:
        return QStringLiteral("The database server cannot be reached.");
    case Core::ErrorCode::Busy:
        return QStringLiteral("The database is busy; try again.");
    default:
        return QStringLiteral("The database refused the request.");
    }
}

QString trimmed(const char *text)
{
    return QString::fromUtf8(text ? text : "").trimmed();
}

} // namespace

PgParams &PgParams::operator<<(const QString &value)
{
    m_values.append(value.toUtf8()); // a null QString is "", as the SQLite repository writes it
    return *this;
}

PgParams &PgParams::operator<<(qint64 value)
{
    m_values.append(QByteArray::number(value));
    return *this;
}

PgParams &PgParams::operator<<(std::nullopt_t)
{
    m_values.append(std::nullopt);
    return *this;
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgResult::bytes(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)};
}

QString PgResult::text(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    return QString::fromUtf8(value.data(), value.size());
}

qint64 PgResult::int64(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArrayView(PQcmdTuples(m_result)).toLongLong() : 0;
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &uri)
{
    pg_conn *connection = PQconnectdb(uri.toUtf8().constData());
    if (!connection)
        return Core::fail(Core::ErrorCode::Io, messageFor(Core::ErrorCode::Io),
                          QStringLiteral("out of memory"));
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString detail = trimmed(PQerrorMessage(connection));
        PQfinish(connection);
        return Core::fail(Core::ErrorCode::Io, messageFor(Core::ErrorCode::Io), detail);
    }
    // PostgreSQL's notices ("relation … already exists, skipping") go to the debug log, not stderr.
    PQsetNoticeProcessor(
        connection, [](void *, const char *message) { qCDebug(lcSyncd).noquote() << trimmed(message); },
        nullptr);
    // PostgreSQL's notices ("relation … already exists, skipping") go to the debug log, not stderr.
    PQsetNoticeProcessor(
        connection, [](void *, const char *message) { qCDebug(lcSyncd).noquote() << trimmed(message); },
        nullptr);
    std::unique_ptr<PgConnection> opened(new PgConnection(connection));
    // Every text goes in and out as UTF-8, whatever the server's or the client's locale.
    GD_TRY(opened->execScript(QStringLiteral("SET client_encoding = 'UTF8'")));
    return opened;
}

PgConnection::PgConnection(pg_conn *connection)
    : m_connection(connection)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

bool PgConnection::isUsable() const
{
    return PQstatus(m_connection) == CONNECTION_OK && PQtransactionStatus(m_connection) == PQTRANS_IDLE;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_connection);
}

Result<PgResult> PgConnection::check(pg_result *result, const QString &what)
{
    PgResult owned(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return owned;
    Core::ErrorCode code
        = result ? codeFor(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : Core::ErrorCode::Io;
    if (code == Core::ErrorCode::Sql && PQstatus(m_connection) != CONNECTION_OK)
        code = Core::ErrorCode::Io; // the server went away mid-statement
    const QString error
        = result ? trimmed(PQresultErrorMessage(result)) : trimmed(PQerrorMessage(m_connection));
    return Core::fail(code, messageFor(code), QStringLiteral("%1: %2").arg(what.left(120), error));
}

Result<QByteArray> PgConnection::preparedName(const QByteArray &statement, int parameterCount)
{
    // Statements built with a varying number of parameters could grow the cache without end.
    constexpr qsizetype MaxPrepared = 256;
    if (const auto found = m_prepared.constFind(statement); found != m_prepared.cend())
        return *found;
    static const QList<QByteArray> Preparable{"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"};
    const bool preparable = std::any_of(Preparable.cbegin(), Preparable.cend(),
                                        [&](const QByteArray &verb) { return statement.startsWith(verb); });
    if (!preparable || m_prepared.size() >= MaxPrepared)
        return QByteArray();
    const QByteArray name = "govdesk_" + QByteArray::number(m_prepared.size() + 1);
    auto prepared
        = check(PQprepare(m_connection, name.constData(), statement.constData(), parameterCount, nullptr),
                QString::fromUtf8(statement));
    if (!prepared)
        return std::unexpected(prepared.error());
    m_prepared.insert(statement, name);
    return name;
}

Result<PgResult> PgConnection::exec(const QString &sql, const PgParams &params)
{
    const QByteArray statement = sql.toUtf8();
    std::vector<const char *> values;
    values.reserve(static_cast<size_t>(params.values().size()));
    for (const std::optional<QByteArray> &value : params.values())
        values.push_back(value ? value->constData() : nullptr);
    const int count = static_cast<int>(values.size());
    auto name = preparedName(statement, count);
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return check(PQexecParams(m_connection, statement.constData(), count, nullptr, values.data(), nullptr,
                                  nullptr, 0),
                     sql);
    return check(PQexecPrepared(m_connection, name->constData(), count, values.data(), nullptr, nullptr, 0),
                 sql);
}

Result<> PgConnection::execScript(const QString &sql)
{
    auto done = check(PQexec(m_connection, sql.toUtf8().constData()), sql);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace GovDesk::Server
