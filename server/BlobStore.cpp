#include "BlobStore.h"

#include "ServerLogging.h"
#include "sync/ProtocolRules.h"

namespace GovDesk::Server {

BlobStore::BlobStore(SyncRepository &repository, BlobBytes &bytes)
    : m_repository(repository)
    , m_bytes(bytes)
{
}

bool BlobStore::isValidId(const QString &sha256)
{
    return Core::ProtocolRules::isValidBlobId(sha256);
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

Result<BlobStore::AppendOutcome> BlobStore::append(const QString &sha256, const QString &organisationId,
                                                   qint64 offset, qint64 total, const QByteArray &bytes,
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

    // Durable before the repository says "received": a resumed upload must find these bytes.
    GD_TRY(m_bytes.writePart(sha256, organisationId, offset, bytes));
    info.received = offset + bytes.size();
    if (info.received < info.size) {
        GD_TRY(m_repository.saveBlobUpload(organisationId, info));
        return AppendOutcome{AppendOutcome::Kind::Accepted, info};
    }
    return finish(info, organisationId);
}

Result<BlobStore::AppendOutcome> BlobStore::finish(BlobInfo info, const QString &organisationId)
{
    auto hash = m_bytes.hashPart(info.sha256, organisationId);
    if (!hash)
        return std::unexpected(hash.error());
    if (*hash != info.sha256) {
        qCWarning(lcSyncd).noquote() << "blob" << info.sha256 << "hash mismatch; partial upload discarded";
        GD_TRY(m_bytes.discardPart(info.sha256, organisationId));
        GD_TRY(m_repository.removeBlobUpload(info.sha256, organisationId));
        info.received = 0;
        return AppendOutcome{AppendOutcome::Kind::HashMismatch, info};
    }
    auto stored = m_repository.blob(info.sha256);
    if (!stored)
        return std::unexpected(stored.error());
    GD_TRY(m_bytes.completeFromPart(info.sha256, organisationId, *stored && (*stored)->complete));
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
