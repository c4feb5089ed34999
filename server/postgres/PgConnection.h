// PgConnection: one libpq connection to PostgreSQL, statements run with text parameters.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace GovDesk::Server {

template<typename T = void> using Result = Core::Result<T>;

// A statement's parameters, $1, $2, … in order, as PostgreSQL's text form; nullopt is NULL.
class PgParams
{
public:
    PgParams &operator<<(const QString &value);
    PgParams &operator<<(qint64 value);
    PgParams &operator<<(int value) { return *this << static_cast<qint64>(value); }
    PgParams &operator<<(std::nullopt_t);

    [[nodiscard]] const QList<std::optional<QByteArray>> &values() const { return m_values; }

private:
    QList<std::optional<QByteArray>> m_values;
};

// The rows of a statement (or only its count of rows changed), read as text.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    [[nodiscard]] int rows() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    // Valid while this result lives: for writing answers without copies.
    [[nodiscard]] QByteArrayView bytes(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] qint64 int64(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed.
    [[nodiscard]] qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

class PgConnection
{
public:
    // `uri`: "postgresql://user@host:port/database" (libpq's syntax; a password belongs in
    // ~/.pgpass or PGPASSFILE, not on a command line).
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> open(const QString &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement with parameters ($1 …). Constraint violations come back as
    // ErrorCode::Constraint, a lost connection as ErrorCode::Io; the detail has PostgreSQL's text.
    // A query or change (SELECT, INSERT, UPDATE, DELETE, WITH) is prepared on this connection the
    // first time and executed as prepared after: the server's statements are few and run again and
    // again, and parsing and planning each anew was most of the database's work per request.
    [[nodiscard]] Result<PgResult> exec(const QString &sql, const PgParams &params = {});
    // Several statements without parameters, in one round trip (migrations).
    [[nodiscard]] Result<> execScript(const QString &sql);

    // The server's version as PQserverVersion gives it (150018 for 15.18).
    [[nodiscard]] int serverVersion() const;
    // False once the connection broke, and while a transaction on it failed and was not ended:
    // a pool must not hand it out again.
    [[nodiscard]] bool isUsable() const;

private:
    explicit PgConnection(pg_conn *connection);
    [[nodiscard]] Result<PgResult> check(pg_result *result, const QString &what);

    // The name of the statement prepared for `statement`, preparing it when new; empty when it is
    // not to be prepared.
    [[nodiscard]] Result<QByteArray> preparedName(const QByteArray &statement, int parameterCount);

    pg_conn *m_connection = nullptr;
    QHash<QByteArray, QByteArray> m_prepared; // SQL → statement name
};

} // namespace GovDesk::Server
