// BlobCache: attachment bytes inside the encrypted profile, in chunks, addressed by their SHA-256.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"
#include "sync/SyncProtocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace GovDesk::Core {

class Database;

struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;   // bytes stored so far (== size once complete)
    bool complete = false; // all bytes are here and hash to `sha256`
    bool uploaded = false; // the server has the whole blob (uploaded, or downloaded from it)
    QDateTime createdAt;   // UTC
};

// Attachments of official documents must never lie on disk in plaintext, so their bytes live
// in the SQLCipher profile (table sync_blob_chunks), cut into chunks of ChunkBytes: a row stays
// small enough to read and write without holding a whole 100 MiB file in memory, and a partial
// download keeps what it has. Chunk i holds bytes [i·ChunkBytes, (i+1)·ChunkBytes); only the
// last chunk of a blob is shorter.
//
// A blob's id is the lower-case hex SHA-256 of its bytes; records refer to it from their
// payload ({"attachments": [{"sha256": …, "name": …, "size": …}]}). Bytes handed out by read()
// and exportTo() are checked against the id first: a damaged blob is refused, never shown.
//
// Thin over a connection, like RecordStore: make one where needed (the UI thread's on the
// session's database, the sync worker's on its own). Adding a large file takes a while; callers
// on the UI thread may prefer a worker connection for files of many MiB.
class BlobCache
{
    Q_DECLARE_TR_FUNCTIONS(BlobCache)
public:
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 ChunkBytes = 1024 * 1024;
    // The reference server's maxBlobBytes; SyncState's stored limits may say otherwise.
    static constexpr qint64 DefaultMaxBytes = ServerLimits{}.maxBlobBytes;

    // Appended to RecordStore's "core.sync" list (they belong to the same schema and every test
    // fixture that sets up sync tables gets them too); `version` is the number they take there.
    [[nodiscard]] static QList<Migration> migrations(int firstVersion);

    // 64 lower-case hex digits (the protocol's rule for blob ids).
    [[nodiscard]] static bool isValidId(const QString &sha256);

    explicit BlobCache(Database &db, qint64 maxBytes = DefaultMaxBytes, Clock clock = {});

    // Reads the file once, hashing while it stores the chunks, all in one transaction: an
    // interrupted add leaves nothing behind. Returns the id. A blob that is already complete is
    // not stored twice. Over maxBytes is refused (InvalidArgument) before anything is written.
    [[nodiscard]] Result<QString> addFile(const QString &path);
    [[nodiscard]] Result<QString> addBytes(const QByteArray &bytes);
    [[nodiscard]] Result<QString> addFrom(QIODevice &device);

    // The whole blob, checked against its id (Corrupt when it does not match, NotFound when it
    // is not complete here).
    [[nodiscard]] Result<QByteArray> read(const QString &sha256) const;
    // Writes the blob to `path` (a file the user chose: from there on it is theirs), chunk by
    // chunk, and replaces the file only once the bytes are checked.
    [[nodiscard]] Result<> exportTo(const QString &sha256, const QString &path) const;
    // Complete and here.
    [[nodiscard]] Result<bool> has(const QString &sha256) const;
    [[nodiscard]] Result<std::optional<BlobInfo>> info(const QString &sha256) const;
    // Recomputes the hash of a complete blob's stored bytes.
    [[nodiscard]] Result<bool> verify(const QString &sha256) const;

    // Upload side: `length` bytes from `offset` (fewer at the end).
    [[nodiscard]] Result<QByteArray> readRange(const QString &sha256, qint64 offset, qint64 length) const;
    [[nodiscard]] Result<> markUploaded(const QString &sha256);

    // Download side: appends `bytes` at `offset` of a blob of `size` bytes. `offset` must be the
    // bytes received so far (0 starts the blob). Committed per call, so a dropped connection
    // loses at most the request in flight.
    [[nodiscard]] Result<> appendReceived(const QString &sha256, qint64 offset, const QByteArray &bytes, qint64 size);
    // Once every byte is here: checks the hash. true = complete; false = the bytes did not match
    // and were discarded (nothing of a damaged download survives).
    [[nodiscard]] Result<bool> completeDownload(const QString &sha256);
    // Forgets the blob and its bytes.
    [[nodiscard]] Result<> discard(const QString &sha256);

    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }

private:
    using ChunkVisitor = std::function<Result<>(const QByteArray &chunk)>;
    // Every stored chunk of the blob in order, up to its received bytes.
    [[nodiscard]] Result<> forEachChunk(const QString &sha256, const ChunkVisitor &visit) const;
    [[nodiscard]] Result<> insertChunk(const QString &key, qint64 index, const QByteArray &bytes);
    [[nodiscard]] Result<> removeStored(const QString &sha256);
    [[nodiscard]] Error tooLarge(qint64 size) const;

    Database *m_db;
    qint64 m_maxBytes;
    Clock m_clock;
};

} // namespace GovDesk::Core
