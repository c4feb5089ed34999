#include "PgBlobBytes.h"

#include "PgSession.h"
#include "sql/SqlRows.h"

#include <QCryptographicHash>

namespace GovDesk::Server {

namespace {

constexpr qint64 TableLockKey = 0x676f76626c6f62; // "govblob": instances creating the tables at once
constexpr int Connections = 4; // uploads go one at a time (the blob lane); downloads read on the I/O threads

// bytea travels as hex text: the session's parameters and columns are text.
QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray bytesOf(const SqlRow &row, int column)
{
    const QByteArrayView hex = row.bytes(column);
    return QByteArray::fromHex(QByteArray::fromRawData(hex.data(), hex.size()));
}

Core::Error storageError(const QString &detail)
{
    return Core::Error{Core::ErrorCode::Io, QStringLiteral("Blob storage failed."), detail};
}

// A range of a complete blob, read one stored chunk at a time as the connection sends it.
class StoredRange final : public ResponseBody
{
public:
    StoredRange(std::shared_ptr<PgSession> session, QString sha256, qint64 offset, qint64 length)
        : m_session(std::move(session))
        , m_sha256(std::move(sha256))
        , m_position(offset)
        , m_end(offset + length)
    {
    }

    Result<QByteArray> read(qint64 maxBytes) override
    {
        if (m_position >= m_end || maxBytes <= 0)
            return QByteArray();
        if (m_position < m_chunkStart || m_position >= m_chunkStart + m_chunk.size())
            GD_TRY(loadChunkAt(m_position));
        const qint64 from = m_position - m_chunkStart;
        const qint64 count = std::min({maxBytes, qint64(m_chunk.size()) - from, m_end - m_position});
        m_position += count;
        return m_chunk.mid(from, count);
    }
    QString describe() const override { return QStringLiteral("blob %1").arg(m_sha256); }

private:
    Result<> loadChunkAt(qint64 position)
    {
        bool found = false;
        GD_TRY(m_session->visit(QStringLiteral("SELECT position, encode(data, 'hex') FROM blob_bytes"
                                               " WHERE sha256 = ?1 AND position <= ?2"
                                               " ORDER BY position DESC LIMIT 1"),
                                {m_sha256, position}, [&](const SqlRow &row) {
                                    m_chunkStart = row.int64(0);
                                    m_chunk = bytesOf(row, 1);
                                    found = true;
                                    return false;
                                }));
        if (!found || position >= m_chunkStart + m_chunk.size())
            return std::unexpected(
                storageError(QStringLiteral("blob %1 has no bytes at %2").arg(m_sha256).arg(position)));
        return {};
    }

    std::shared_ptr<PgSession> m_session;
    QString m_sha256;
    qint64 m_position;
    qint64 m_end;
    qint64 m_chunkStart = 0;
    QByteArray m_chunk;
};

} // namespace

Result<std::unique_ptr<PgBlobBytes>> PgBlobBytes::open(const QString &uri)
{
    auto opened = PgSession::open(uri, Connections);
    if (!opened)
        return std::unexpected(opened.error());
    std::shared_ptr<PgSession> session = std::move(*opened);
    const auto createTables = [&session]() -> Result<> {
        GD_TRY(done(session->run(QStringLiteral("SELECT pg_advisory_xact_lock(?1)"), {TableLockKey})));
        return session->script(
            QStringLiteral("CREATE TABLE IF NOT EXISTS blob_part_bytes ("
                           " sha256 TEXT NOT NULL, organisation_id TEXT NOT NULL, position BIGINT NOT NULL,"
                           " data BYTEA NOT NULL, PRIMARY KEY (sha256, organisation_id, position));"
                           "CREATE TABLE IF NOT EXISTS blob_bytes ("
                           " sha256 TEXT NOT NULL, position BIGINT NOT NULL, data BYTEA NOT NULL,"
                           " PRIMARY KEY (sha256, position))"));
    };
    GD_TRY(session->inTransaction(createTables));
    return std::unique_ptr<PgBlobBytes>(new PgBlobBytes(std::move(session)));
}

PgBlobBytes::PgBlobBytes(std::shared_ptr<PgSession> session)
    : m_session(std::move(session))
{
}

Result<> PgBlobBytes::writePart(const QString &sha256, const QString &organisationId, qint64 offset,
                                const QByteArray &bytes)
{
    const auto write = [&]() -> Result<> {
        // As a file cut at `offset`: later chunks go, one running across it is shortened.
        GD_TRY(done(m_session->run(QStringLiteral("DELETE FROM blob_part_bytes WHERE sha256 = ?1"
                                                  " AND organisation_id = ?2 AND position >= ?3"),
                                   {sha256, organisationId, offset})));
        GD_TRY(done(m_session->run(
            QStringLiteral("UPDATE blob_part_bytes SET data = substring(data from 1 for (?3 - position)::int)"
                           " WHERE sha256 = ?1 AND organisation_id = ?2 AND position < ?3"
                           " AND position + length(data) > ?3"),
            {sha256, organisationId, offset})));
        if (bytes.isEmpty())
            return {};
        return done(m_session->run(QStringLiteral("INSERT INTO blob_part_bytes (sha256, organisation_id,"
                                                  " position, data) VALUES (?1, ?2, ?3, decode(?4, 'hex'))"),
                                   {sha256, organisationId, offset, hexOf(bytes)}));
    };
    return m_session->inTransaction(write);
}

Result<QString> PgBlobBytes::hashPart(const QString &sha256, const QString &organisationId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expected = 0;
    bool contiguous = true;
    GD_TRY(m_session->visit(QStringLiteral("SELECT position, encode(data, 'hex') FROM blob_part_bytes"
                                           " WHERE sha256 = ?1 AND organisation_id = ?2 ORDER BY position"),
                            {sha256, organisationId}, [&](const SqlRow &row) {
                                const QByteArray chunk = bytesOf(row, 1);
                                contiguous = contiguous && row.int64(0) == expected;
                                expected = row.int64(0) + chunk.size();
                                hash.addData(chunk);
                                return true;
                            }));
    if (!contiguous)
        return QString(); // a gap: no hash of it can match
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> PgBlobBytes::partSize(const QString &sha256, const QString &organisationId)
{
    qint64 size = 0;
    GD_TRY(m_session->visit(QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM blob_part_bytes"
                                           " WHERE sha256 = ?1 AND organisation_id = ?2"),
                            {sha256, organisationId}, [&](const SqlRow &row) {
                                size = row.int64(0);
                                return false;
                            }));
    return size;
}

Result<> PgBlobBytes::discardPart(const QString &sha256, const QString &organisationId)
{
    return done(m_session->run(
        QStringLiteral("DELETE FROM blob_part_bytes WHERE sha256 = ?1 AND organisation_id = ?2"),
        {sha256, organisationId}));
}

Result<> PgBlobBytes::completeFromPart(const QString &sha256, const QString &organisationId,
                                       bool alreadyComplete)
{
    const auto complete = [&]() -> Result<> {
        // Two instances may complete the same bytes at once: they hashed equal, either copy does.
        if (!alreadyComplete)
            GD_TRY(done(m_session->run(
                QStringLiteral("INSERT INTO blob_bytes (sha256, position, data)"
                               " SELECT sha256, position, data FROM blob_part_bytes"
                               " WHERE sha256 = ?1 AND organisation_id = ?2"
                               " ON CONFLICT (sha256, position) DO UPDATE SET data = EXCLUDED.data"),
                {sha256, organisationId})));
        return discardPart(sha256, organisationId);
    };
    return m_session->inTransaction(complete);
}

Result<std::shared_ptr<ResponseBody>> PgBlobBytes::open(const QString &sha256, qint64 offset, qint64 length)
{
    return std::make_shared<StoredRange>(m_session, sha256, offset, length);
}

} // namespace GovDesk::Server
