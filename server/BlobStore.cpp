#include "BlobStore.h"

#include "ServerLogging.h"
#include "sync/ProtocolRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace GovDesk::Server {

namespace {

Core::Error ioError(const QString &what, const QFile &file)
{
    return Core::Error{Core::ErrorCode::Io, QStringLiteral("Blob storage failed."),
                       QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString())};
}

} // namespace

BlobStore::BlobStore(SyncRepository &repository, QString directory)
    : m_repository(repository)
    , m_directory(QDir(directory).absolutePath())
{
}

bool BlobStore::isValidId(const QString &sha256)
{
    return Core::ProtocolRules::isValidBlobId(sha256);
}

// Two-character fan-out, as git does, so no directory holds every blob.
QString BlobStore::completePath(const QString &sha256) const
{
    return m_directory.filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

// Organisation ids are chosen by administrators; a hash of the id keeps the file name safe.
QString BlobStore::partPath(const QString &sha256, const QString &organisationId) const
{
    const QByteArray tag = QCryptographicHash::hash(organisationId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return completePath(sha256) + QLatin1Char('.') + QString::fromLatin1(tag) + QStringLiteral(".part");
}

Result<std::optional<BlobInfo>> BlobStore::status(const QString &sha256, const QString &organisationId,
                                                  const QStringList &hiddenCollections)
{
    auto complete = m_repository.blob(sha256);
    if (!complete)
        return std::unexpected(complete.error());
    if (*complete && (*complete)->complete) {
        auto readable = m_repository.canReadBlob(sha256, organisationId, hiddenCollections);
        if (!readable)
            return std::unexpected(readable.error());
        if (*readable)
            return complete;
    }
    return m_repository.blobUpload(sha256, organisationId);
}

Result<> BlobStore::writeChunk(const QString &path, qint64 offset, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("Blob storage failed."),
                          QStringLiteral("cannot create %1").arg(QFileInfo(path).path()));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return std::unexpected(ioError(QStringLiteral("open"), file));
    if (!file.resize(offset) || !file.seek(offset) || file.write(bytes) != bytes.size() || !file.flush())
        return std::unexpected(ioError(QStringLiteral("write"), file));
    // On disk before the repository says "received": a resumed upload must find these bytes.
    if (::fsync(file.handle()) != 0)
        return std::unexpected(ioError(QStringLiteral("fsync"), file));
    return {};
}

Result<BlobStore::AppendOutcome> BlobStore::append(const QString &sha256, const QString &organisationId, qint64 offset,
                                                   qint64 total, const QByteArray &bytes,
                                                   const QStringList &hiddenCollections)
{
    const std::scoped_lock lock(m_uploadMutex);
    auto existing = status(sha256, organisationId, hiddenCollections);
    if (!existing)
        return std::unexpected(existing.error());
    BlobInfo info = existing->value_or(BlobInfo{sha256, total, 0, false});
    if (info.complete)
        return AppendOutcome{AppendOutcome::Kind::Complete, info};
    if (info.size != total) {
        // A new upload from 0 may restart with another size; mid-way it is a client error.
        if (offset != 0)
            return AppendOutcome{AppendOutcome::Kind::SizeMismatch, info};
        info = BlobInfo{sha256, total, 0, false};
    }
    if (offset != info.received)
        return AppendOutcome{AppendOutcome::Kind::OffsetMismatch, info};

    GD_TRY(writeChunk(partPath(sha256, organisationId), offset, bytes));
    info.received = offset + bytes.size();
    if (info.received < info.size) {
        GD_TRY(m_repository.saveBlobUpload(organisationId, info));
        return AppendOutcome{AppendOutcome::Kind::Accepted, info};
    }
    return finish(info, organisationId);
}

Result<BlobStore::AppendOutcome> BlobStore::finish(BlobInfo info, const QString &organisationId)
{
    QFile part(partPath(info.sha256, organisationId));
    if (!part.open(QIODevice::ReadOnly))
        return std::unexpected(ioError(QStringLiteral("open"), part));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part))
        return std::unexpected(ioError(QStringLiteral("read"), part));
    part.close();
    if (QString::fromLatin1(hash.result().toHex()) != info.sha256) {
        qCWarning(lcSyncd).noquote() << "blob" << info.sha256 << "hash mismatch; partial upload discarded";
        QFile::remove(part.fileName());
        GD_TRY(m_repository.removeBlobUpload(info.sha256, organisationId));
        info.received = 0;
        return AppendOutcome{AppendOutcome::Kind::HashMismatch, info};
    }
    auto stored = m_repository.blob(info.sha256);
    if (!stored)
        return std::unexpected(stored.error());
    const QString target = completePath(info.sha256);
    if (*stored && (*stored)->complete) {
        // Another organisation stored the same bytes first: keep one copy.
        QFile::remove(part.fileName());
    } else {
        QFile::remove(target); // left by a crash between rename and the repository update
        if (!part.rename(target))
            return std::unexpected(ioError(QStringLiteral("rename"), part));
    }
    info.complete = true;
    const Result<> recorded = m_repository.inTransaction([&]() -> Result<> {
        GD_TRY(m_repository.saveBlob(info));
        GD_TRY(m_repository.grantBlob(info.sha256, organisationId));
        return m_repository.removeBlobUpload(info.sha256, organisationId);
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    qCInfo(lcSyncd).noquote() << "blob" << info.sha256 << "complete," << info.size << "bytes";
    return AppendOutcome{AppendOutcome::Kind::Complete, info};
}

} // namespace GovDesk::Server
