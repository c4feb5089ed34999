#include "BlobCache.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ProtocolRules.h"
#include "sync/SyncStorage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace GovDesk::Core {

namespace {

constexpr double MiB = 1024.0 * 1024.0;

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / MiB, 'f', 1);
}

BlobInfo infoFromRow(const Statement &row)
{
    BlobInfo info;
    info.sha256 = row.text(0);
    info.size = row.int64(1);
    info.received = row.int64(2);
    info.complete = row.int64(3) != 0;
    info.uploaded = row.int64(4) != 0;
    info.createdAt = SyncStorage::fromStored(row.int64(5));
    return info;
}

Error notHere(const QString &sha256)
{
    return Error{ErrorCode::NotFound, BlobCache::tr("The attachment is not stored in this profile (yet)."),
                 QStringLiteral("blob %1 is not complete here").arg(sha256)};
}

// Reads up to `bytes` from `device`, looping: a pipe or socket may hand out less than asked.
Result<QByteArray> readFull(QIODevice &device, qint64 bytes)
{
    QByteArray data;
    while (data.size() < bytes) {
        const QByteArray part = device.read(bytes - data.size());
        if (part.isEmpty() && !(device.isSequential() && !device.atEnd() && device.waitForReadyRead(30000)))
            break;
        data += part;
    }
    // QIODevice::read cannot tell the end from a failure; a file can (a disk error mid-way).
    if (const auto *file = qobject_cast<QFileDevice *>(&device); file && file->error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, BlobCache::tr("The attachment could not be read."), file->errorString());
    return data;
}

} // namespace

QList<Migration> BlobCache::migrations(int firstVersion)
{
    return {
        {.version = firstVersion,
         .description = QStringLiteral("sync_blobs, sync_blob_chunks: attachments inside the encrypted profile"),
         // A chunk row is keyed by its blob; while a file is being added its chunks carry a
         // temporary key and are renamed once the hash is known (same transaction).
         .sql = QStringLiteral(
             "CREATE TABLE sync_blobs ("
             " sha256 TEXT PRIMARY KEY,"
             " size INTEGER NOT NULL CHECK (size >= 0),"
             " received INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),"
             " complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),"
             " uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1)),"
             " created_at INTEGER NOT NULL);"
             "CREATE TABLE sync_blob_chunks ("
             " sha256 TEXT NOT NULL,"
             " idx INTEGER NOT NULL CHECK (idx >= 0),"
             " bytes BLOB NOT NULL,"
             " PRIMARY KEY (sha256, idx));")},
    };
}

bool BlobCache::isValidId(const QString &sha256)
{
    return ProtocolRules::isValidBlobId(sha256);
}

BlobCache::BlobCache(Database &db, qint64 maxBytes, Clock clock)
    : m_db(&db)
    , m_maxBytes(maxBytes > 0 ? maxBytes : DefaultMaxBytes)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Error BlobCache::tooLarge(qint64 size) const
{
    return Error{ErrorCode::InvalidArgument,
                 tr("The attachment has %1 MiB; the sync server accepts at most %2 MiB.")
                     .arg(mebibytes(size), mebibytes(m_maxBytes)),
                 QStringLiteral("%1 bytes > maxBlobBytes %2").arg(size).arg(m_maxBytes)};
}

Result<QString> BlobCache::addFile(const QString &path)
{
    const QFileInfo file(path);
    if (file.isFile() && file.size() > m_maxBytes)
        return std::unexpected(tooLarge(file.size()));
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file %1 could not be opened.").arg(file.fileName()), input.errorString());
    return addFrom(input);
}

Result<QString> BlobCache::addBytes(const QByteArray &bytes)
{
    if (bytes.size() > m_maxBytes)
        return std::unexpected(tooLarge(bytes.size()));
    QByteArray copy = bytes; // QBuffer wants a non-const array; implicit sharing makes this free
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The attachment could not be read."), buffer.errorString());
    return addFrom(buffer);
}

Result<QString> BlobCache::addFrom(QIODevice &device)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // The id is known only at the end; until then the chunks wait under a key no id can have.
    const QString pending = QStringLiteral("adding-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (qint64 index = 0;; ++index) {
        auto chunk = readFull(device, ChunkBytes);
        if (!chunk)
            return std::unexpected(chunk.error());
        if (chunk->isEmpty())
            break;
        total += chunk->size();
        if (total > m_maxBytes) // the file grew after its size was checked
            return std::unexpected(tooLarge(total));
        hash.addData(*chunk);
        GD_TRY(insertChunk(pending, index, *chunk));
        if (chunk->size() < ChunkBytes)
            break;
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());

    auto existing = info(sha256);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value() && (*existing)->complete) {
        auto drop = m_db->prepare(QStringLiteral("DELETE FROM sync_blob_chunks WHERE sha256 = ?1"));
        if (!drop)
            return std::unexpected(drop.error());
        drop->bind(1, pending);
        GD_TRY(drop->exec());
    } else {
        if (existing->has_value()) // a download that had not finished: these bytes are the same blob
            GD_TRY(removeStored(sha256));
        auto rename = m_db->prepare(QStringLiteral("UPDATE sync_blob_chunks SET sha256 = ?2 WHERE sha256 = ?1"));
        if (!rename)
            return std::unexpected(rename.error());
        rename->bind(1, pending).bind(2, sha256);
        GD_TRY(rename->exec());
        auto insert = m_db->prepare(QStringLiteral(
            "INSERT INTO sync_blobs (sha256, size, received, complete, uploaded, created_at)"
            " VALUES (?1, ?2, ?2, 1, 0, ?3)"));
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, sha256).bind(2, total).bind(3, SyncStorage::toStored(m_clock()));
        GD_TRY(insert->exec());
    }
    GD_TRY(transaction->commit());
    qCInfo(lcSync) << "blob" << sha256 << "stored," << total << "bytes";
    return sha256;
}

Result<> BlobCache::insertChunk(const QString &key, qint64 index, const QByteArray &bytes)
{
    auto insert = m_db->prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_blob_chunks (sha256, idx, bytes) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return std::unexpected(insert.error());
    // A null QByteArray would bind as NULL; an empty chunk never reaches here.
    insert->bind(1, key).bind(2, index).bind(3, bytes);
    return insert->exec();
}

Result<std::optional<BlobInfo>> BlobCache::info(const QString &sha256) const
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT sha256, size, received, complete, uploaded, created_at FROM sync_blobs WHERE sha256 = ?1"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, sha256);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<BlobInfo>();
    return std::optional<BlobInfo>(infoFromRow(*select));
}

Result<bool> BlobCache::has(const QString &sha256) const
{
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    return found->has_value() && (*found)->complete;
}

Result<> BlobCache::forEachChunk(const QString &sha256, const ChunkVisitor &visit) const
{
    auto select = m_db->prepare(QStringLiteral("SELECT idx, bytes FROM sync_blob_chunks WHERE sha256 = ?1 ORDER BY idx"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, sha256);
    for (qint64 expected = 0;; ++expected) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        if (select->int64(0) != expected)
            return fail(ErrorCode::Corrupt, tr("A stored attachment is damaged."),
                        QStringLiteral("blob %1: chunk %2 missing").arg(sha256).arg(expected));
        GD_TRY(visit(select->blob(1)));
    }
}

Result<bool> BlobCache::verify(const QString &sha256) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    GD_TRY(forEachChunk(sha256, [&hash](const QByteArray &chunk) -> Result<> {
        hash.addData(chunk);
        return {};
    }));
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

Result<QByteArray> BlobCache::read(const QString &sha256) const
{
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->complete)
        return std::unexpected(notHere(sha256));
    QByteArray bytes;
    bytes.reserve((*found)->size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    GD_TRY(forEachChunk(sha256, [&](const QByteArray &chunk) -> Result<> {
        hash.addData(chunk);
        bytes += chunk;
        return {};
    }));
    if (bytes.size() != (*found)->size || QString::fromLatin1(hash.result().toHex()) != sha256)
        return fail(ErrorCode::Corrupt, tr("A stored attachment is damaged and cannot be opened."),
                    QStringLiteral("blob %1: stored bytes do not match their hash").arg(sha256));
    return bytes;
}

Result<> BlobCache::exportTo(const QString &sha256, const QString &path) const
{
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->complete)
        return std::unexpected(notHere(sha256));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The attachment could not be saved as %1.").arg(QFileInfo(path).fileName()),
                    file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    GD_TRY(forEachChunk(sha256, [&](const QByteArray &chunk) -> Result<> {
        hash.addData(chunk);
        if (file.write(chunk) != chunk.size())
            return fail(ErrorCode::Io, tr("The attachment could not be saved as %1.").arg(QFileInfo(path).fileName()),
                        file.errorString());
        return {};
    }));
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        file.cancelWriting(); // the damaged bytes never replace the target
        return fail(ErrorCode::Corrupt, tr("A stored attachment is damaged and cannot be opened."),
                    QStringLiteral("blob %1: stored bytes do not match their hash").arg(sha256));
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("The attachment could not be saved as %1.").arg(QFileInfo(path).fileName()),
                    file.errorString());
    return {};
}

Result<QByteArray> BlobCache::readRange(const QString &sha256, qint64 offset, qint64 length) const
{
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->complete)
        return std::unexpected(notHere(sha256));
    const qint64 end = std::min(offset + std::max<qint64>(0, length), (*found)->size);
    if (offset < 0 || offset > end)
        return fail(ErrorCode::InvalidArgument, tr("A stored attachment is damaged."),
                    QStringLiteral("blob %1: range %2+%3 outside %4").arg(sha256).arg(offset).arg(length).arg((*found)->size));
    if (offset == end)
        return QByteArray("");
    const qint64 first = offset / ChunkBytes;
    const qint64 last = (end - 1) / ChunkBytes;
    auto select = m_db->prepare(QStringLiteral(
        "SELECT idx, bytes FROM sync_blob_chunks WHERE sha256 = ?1 AND idx BETWEEN ?2 AND ?3 ORDER BY idx"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, sha256).bind(2, first).bind(3, last);
    QByteArray bytes;
    bytes.reserve((last - first + 1) * ChunkBytes);
    for (qint64 expected = first;; ++expected) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (select->int64(0) != expected)
            break;
        bytes += select->blob(1);
    }
    const qint64 skip = offset - first * ChunkBytes;
    if (bytes.size() < skip + (end - offset))
        return fail(ErrorCode::Corrupt, tr("A stored attachment is damaged."),
                    QStringLiteral("blob %1: chunks for %2..%3 missing or short").arg(sha256).arg(offset).arg(end));
    return bytes.mid(skip, end - offset);
}

Result<> BlobCache::markUploaded(const QString &sha256)
{
    auto mark = m_db->prepare(QStringLiteral("UPDATE OR FAIL sync_blobs SET uploaded = 1 WHERE sha256 = ?1"));
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, sha256);
    return mark->exec();
}

Result<> BlobCache::appendReceived(const QString &sha256, qint64 offset, const QByteArray &bytes, qint64 size)
{
    if (size > m_maxBytes)
        return std::unexpected(tooLarge(size));
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    if (found->has_value() && (*found)->complete)
        return {}; // added locally meanwhile: nothing to do
    const qint64 received = found->has_value() ? (*found)->received : 0;
    if (found->has_value() && (*found)->size != size)
        return fail(ErrorCode::Constraint, tr("The attachment's download could not be continued."),
                    QStringLiteral("blob %1: size %2, stored download has %3").arg(sha256).arg(size).arg((*found)->size));
    if (offset != received || offset + bytes.size() > size)
        return fail(ErrorCode::Constraint, tr("The attachment's download could not be continued."),
                    QStringLiteral("blob %1: %2 bytes at %3, have %4 of %5")
                        .arg(sha256).arg(bytes.size()).arg(offset).arg(received).arg(size));
    if (!found->has_value()) {
        // Downloaded from the server: it has the blob, so it never needs uploading from here.
        auto insert = m_db->prepare(QStringLiteral(
            "INSERT INTO sync_blobs (sha256, size, received, complete, uploaded, created_at)"
            " VALUES (?1, ?2, 0, 0, 1, ?3)"));
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, sha256).bind(2, size).bind(3, SyncStorage::toStored(m_clock()));
        GD_TRY(insert->exec());
    }

    qint64 position = offset;
    qsizetype used = 0;
    if (position % ChunkBytes != 0) {
        // Fill up the short last chunk first, so that every chunk but the last stays full.
        const qint64 index = position / ChunkBytes;
        auto select = m_db->prepare(QStringLiteral("SELECT bytes FROM sync_blob_chunks WHERE sha256 = ?1 AND idx = ?2"));
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, sha256).bind(2, index);
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        QByteArray chunk = *row ? select->blob(0) : QByteArray();
        select->reset();
        if (chunk.size() != position % ChunkBytes)
            return fail(ErrorCode::Corrupt, tr("A stored attachment is damaged."),
                        QStringLiteral("blob %1: chunk %2 has %3 bytes").arg(sha256).arg(index).arg(chunk.size()));
        used = static_cast<qsizetype>(std::min<qint64>(ChunkBytes - chunk.size(), bytes.size()));
        chunk += bytes.left(used);
        GD_TRY(insertChunk(sha256, index, chunk));
        position += used;
    }
    while (used < bytes.size()) {
        const qsizetype length = static_cast<qsizetype>(std::min<qint64>(ChunkBytes, bytes.size() - used));
        GD_TRY(insertChunk(sha256, position / ChunkBytes, bytes.mid(used, length)));
        used += length;
        position += length;
    }
    auto progress = m_db->prepare(QStringLiteral("UPDATE OR FAIL sync_blobs SET received = ?2 WHERE sha256 = ?1"));
    if (!progress)
        return std::unexpected(progress.error());
    progress->bind(1, sha256).bind(2, position);
    GD_TRY(progress->exec());
    return transaction->commit();
}

Result<bool> BlobCache::completeDownload(const QString &sha256)
{
    auto found = info(sha256);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(notHere(sha256));
    if ((*found)->complete)
        return true;
    if ((*found)->received != (*found)->size)
        return fail(ErrorCode::InvalidArgument, tr("The attachment's download is not finished."),
                    QStringLiteral("blob %1: %2 of %3 bytes").arg(sha256).arg((*found)->received).arg((*found)->size));
    auto intact = verify(sha256);
    if (!intact)
        return std::unexpected(intact.error());
    if (!*intact) {
        qCWarning(lcSync) << "blob" << sha256 << "downloaded bytes do not match their hash; discarded";
        GD_TRY(discard(sha256));
        return false;
    }
    auto mark = m_db->prepare(QStringLiteral("UPDATE OR FAIL sync_blobs SET complete = 1 WHERE sha256 = ?1"));
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, sha256);
    GD_TRY(mark->exec());
    return true;
}

Result<> BlobCache::removeStored(const QString &sha256)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM sync_blob_chunks WHERE sha256 = ?1"),
                               QStringLiteral("DELETE FROM sync_blobs WHERE sha256 = ?1")}) {
        auto remove = m_db->prepare(sql);
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, sha256);
        GD_TRY(remove->exec());
    }
    return {};
}

Result<> BlobCache::discard(const QString &sha256)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(removeStored(sha256));
    return transaction->commit();
}

} // namespace GovDesk::Core
