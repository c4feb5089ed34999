#include "PgSession.h"

namespace GovDesk::Server {

namespace {

// The connection this thread's transaction runs on, per session: the calls a transaction's work
// makes find it here instead of taking another connection from the pool.
struct Pinned
{
    const PgSession *session = nullptr;
    PgConnection *connection = nullptr;
};
thread_local std::vector<Pinned> pinned;

PgConnection *pinnedFor(const PgSession *session)
{
    for (const Pinned &entry : pinned) {
        if (entry.session == session)
            return entry.connection;
    }
    return nullptr;
}

PgParams pgParams(const SqlParams &params)
{
    PgParams converted;
    for (const SqlValue &value : params.values()) {
        if (const auto *number = std::get_if<qint64>(&value))
            converted << *number;
        else if (const auto *text = std::get_if<QString>(&value); text && !text->isNull())
            converted << *text;
        else
            converted << std::nullopt;
    }
    return converted;
}

class PgRow final : public SqlRow
{
public:
    PgRow(const PgResult &result, int row)
        : m_result(result)
        , m_row(row)
    {
    }
    bool isNull(int column) const override { return m_result.isNull(m_row, column); }
    QByteArrayView bytes(int column) const override { return m_result.bytes(m_row, column); }
    qint64 int64(int column) const override { return m_result.int64(m_row, column); }

private:
    const PgResult &m_result;
    int m_row;
};

} // namespace

// A connection for one call or one transaction: from the pool, back to it at the end — unless it
// broke, then it is closed and the pool opens a new one when next asked.
class PgSession::Lease
{
public:
    explicit Lease(PgSession &session)
        : m_session(session)
        , m_pinned(pinnedFor(&session))
    {
        if (!m_pinned) {
            auto taken = session.take();
            if (taken)
                m_owned = std::move(*taken);
            else
                m_error = taken.error();
        }
    }
    ~Lease()
    {
        if (m_owned)
            m_session.giveBack(std::move(m_owned));
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;

    [[nodiscard]] PgConnection *connection() const { return m_pinned ? m_pinned : m_owned.get(); }
    [[nodiscard]] const Core::Error &error() const { return m_error; }
    [[nodiscard]] bool pinned() const { return m_pinned != nullptr; }

private:
    PgSession &m_session;
    PgConnection *m_pinned;
    std::unique_ptr<PgConnection> m_owned;
    Core::Error m_error;
};

Result<std::unique_ptr<PgSession>> PgSession::open(const QString &uri, int maxConnections)
{
    auto first = PgConnection::open(uri);
    if (!first)
        return std::unexpected(first.error());
    return std::unique_ptr<PgSession>(new PgSession(uri, std::max(1, maxConnections), std::move(*first)));
}

PgSession::PgSession(QString uri, int maxConnections, std::unique_ptr<PgConnection> first)
    : m_uri(std::move(uri))
    , m_maxConnections(maxConnections)
    , m_open(1)
{
    m_idle.push_back(std::move(first));
}

PgSession::~PgSession() = default;

Result<std::unique_ptr<PgConnection>> PgSession::take()
{
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxConnections; });
    if (!m_idle.empty()) {
        std::unique_ptr<PgConnection> connection = std::move(m_idle.back());
        m_idle.pop_back();
        return connection;
    }
    ++m_open;
    lock.unlock();
    auto opened = PgConnection::open(m_uri);
    if (!opened) {
        lock.lock();
        --m_open;
        m_returned.notify_one();
    }
    return opened;
}

void PgSession::giveBack(std::unique_ptr<PgConnection> connection)
{
    const std::scoped_lock lock(m_mutex);
    if (connection->isUsable())
        m_idle.push_back(std::move(connection));
    else
        --m_open; // closed here; the next take() opens a fresh one
    m_returned.notify_one();
}

Result<PgResult> PgSession::exec(const QString &sql, const SqlParams &params)
{
    Lease lease(*this);
    if (!lease.connection())
        return std::unexpected(lease.error());
    return lease.connection()->exec(translate(sql), pgParams(params));
}

Result<qint64> PgSession::run(const QString &sql, const SqlParams &params)
{
    auto result = exec(sql, params);
    if (!result)
        return std::unexpected(result.error());
    return result->affected();
}

Result<> PgSession::visit(const QString &sql, const SqlParams &params, const RowVisitor &visitor)
{
    auto result = exec(sql, params);
    if (!result)
        return std::unexpected(result.error());
    for (int row = 0; row < result->rows(); ++row) {
        if (!visitor(PgRow(*result, row)))
            break;
    }
    return {};
}

Result<> PgSession::script(const QString &sql)
{
    Lease lease(*this);
    if (!lease.connection())
        return std::unexpected(lease.error());
    return lease.connection()->execScript(sql);
}

Result<> PgSession::inTransaction(const std::function<Result<>()> &work)
{
    Lease lease(*this);
    if (!lease.connection())
        return std::unexpected(lease.error());
    if (lease.pinned())
        return work(); // joins the transaction this thread is in
    PgConnection *connection = lease.connection();
    GD_TRY(connection->execScript(QStringLiteral("BEGIN")));
    pinned.push_back({this, connection});
    Result<> done = work();
    pinned.pop_back();
    if (done) {
        done = connection->execScript(QStringLiteral("COMMIT"));
        if (done)
            return {};
    }
    (void)connection->execScript(QStringLiteral("ROLLBACK")); // fails harmlessly after a failed COMMIT
    return done;
}

QString PgSession::translate(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted; // '' inside a literal toggles twice
        } else if (!quoted && c == QLatin1Char('?') && i + 1 < sql.size() && sql.at(i + 1).isDigit()) {
            out += QLatin1Char('$');
            continue;
        } else if (!quoted && c == QLatin1Char('U')
                   && QStringView(sql).mid(i).startsWith(u"UPDATE OR FAIL ")) {
            out += QStringLiteral("UPDATE ");
            i += qsizetype(std::char_traits<char16_t>::length(u"UPDATE OR FAIL ")) - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace GovDesk::Server
