#include "BlobTransfer.h"

#include "Logging.h"
#include "sync/BlobCache.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>

namespace GovDesk::Core {

namespace {

using Kind = SyncError::Kind;

const QString EmptyBlobId = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

BlobTransfer::BlobTransfer(SyncClient &client, BlobCache &cache, Call call, ServerLimits limits)
    : m_client(client)
    , m_cache(cache)
    , m_call(std::move(call))
    , m_limits(limits)
{
    m_limits.blobChunkBytes = std::max<qint64>(1, m_limits.blobChunkBytes);
}

bool BlobTransfer::affectsOnlyThisBlob(const SyncError &error)
{
    switch (error.kind) {
    case Kind::TooLarge:
    case Kind::BadRequest:
    case Kind::Forbidden:
    case Kind::NotFound:
        return true;
    case Kind::Protocol:
        return !error.retryable;
    case Kind::Local:
        return error.code.startsWith(QLatin1StringView("blob_"));
    default:
        return false;
    }
}

SyncError BlobTransfer::local(const Error &error)
{
    m_localFailure = error;
    SyncError converted;
    converted.kind = Kind::Local;
    converted.code = QStringLiteral("local");
    converted.message = error.message;
    converted.detail = error.detail;
    return converted;
}

SyncError BlobTransfer::blobError(Kind kind, const QString &code, const QString &message, const QString &detail) const
{
    SyncError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    error.detail = detail;
    return error;
}

SyncError BlobTransfer::cancelled() const
{
    return blobError(Kind::Cancelled, QStringLiteral("cancelled"), tr("Synchronisation was cancelled."), {});
}

SyncResult<std::optional<qint64>> BlobTransfer::resumePoint(const QString &sha256, qint64 size)
{
    std::optional<BlobServerStatus> status;
    auto asked = m_call([&](const QString &token) -> SyncResult<> {
        auto answer = m_client.blobStatus(token, sha256);
        if (!answer)
            return std::unexpected(answer.error());
        status = *answer;
        return {};
    });
    if (!asked)
        return std::unexpected(asked.error());
    if (status && status->complete)
        return std::optional<qint64>();
    // Another size at offset 0 restarts the server's upload (the protocol allows it).
    if (!status || status->size != size)
        return std::optional<qint64>(0);
    return std::optional<qint64>(status->received);
}

SyncResult<> BlobTransfer::upload(const QString &sha256, const std::atomic_bool &cancel, const Progress &progress)
{
    m_localFailure.reset();
    auto info = m_cache.info(sha256);
    if (!info)
        return std::unexpected(local(info.error()));
    if (!info->has_value() || !(*info)->complete)
        return std::unexpected(blobError(Kind::Local, QStringLiteral("blob_missing_locally"),
                                         tr("An attachment to be sent is missing from this profile."),
                                         QStringLiteral("blob %1 is not complete here").arg(sha256)));
    if ((*info)->uploaded)
        return {};
    const qint64 size = (*info)->size;
    if (size > m_limits.maxBlobBytes)
        return std::unexpected(blobError(Kind::TooLarge, QStringLiteral("too_large"),
                                         tr("An attachment has %1 MiB; the sync server accepts at most %2 MiB.")
                                             .arg(mebibytes(size), mebibytes(m_limits.maxBlobBytes)),
                                         QStringLiteral("blob %1: %2 bytes").arg(sha256).arg(size)));

    auto resume = resumePoint(sha256, size);
    if (!resume)
        return std::unexpected(resume.error());
    qint64 offset = resume->value_or(size);
    qCInfo(lcSync) << "uploading blob" << sha256 << "from" << offset << "of" << size;
    int restarts = 0;
    int stalls = 0;
    while (resume->has_value()) {
        if (cancel)
            return std::unexpected(cancelled());
        if (progress)
            progress(offset, size);
        auto bytes = m_cache.readRange(sha256, offset, m_limits.blobChunkBytes);
        if (!bytes) {
            if (bytes.error().code != ErrorCode::Corrupt)
                return std::unexpected(local(bytes.error()));
            return std::unexpected(blobError(Kind::Local, QStringLiteral("blob_corrupt"), bytes.error().message,
                                             bytes.error().detail));
        }
        BlobChunkAnswer answer;
        auto sent = m_call([&](const QString &token) -> SyncResult<> {
            auto put = m_client.putBlobChunk(token, sha256, offset, size, *bytes);
            if (!put)
                return std::unexpected(put.error());
            answer = *put;
            return {};
        });
        if (!sent)
            return std::unexpected(sent.error());

        switch (answer.kind) {
        case BlobChunkAnswer::Kind::Complete:
            resume->reset();
            break;
        case BlobChunkAnswer::Kind::Accepted:
            stalls = answer.received > offset ? 0 : stalls + 1;
            offset = answer.received;
            break;
        case BlobChunkAnswer::Kind::OffsetMismatch: {
            // Usually a chunk whose answer was lost: the server has it, and more than we thought.
            ++stalls;
            qCInfo(lcSync) << "blob" << sha256 << "offset" << offset << "refused; re-reading the status";
            resume = resumePoint(sha256, size);
            if (!resume)
                return std::unexpected(resume.error());
            offset = resume->value_or(size);
            break;
        }
        case BlobChunkAnswer::Kind::HashMismatch: {
            // The bytes that reached the server are not the blob: either ours are damaged (then
            // sending them again is pointless) or they were damaged on the way.
            auto intact = m_cache.verify(sha256);
            if (!intact)
                return std::unexpected(local(intact.error()));
            if (!*intact)
                return std::unexpected(blobError(Kind::Local, QStringLiteral("blob_corrupt"),
                                                 tr("A stored attachment is damaged and cannot be sent."),
                                                 QStringLiteral("blob %1 does not match its hash").arg(sha256)));
            if (++restarts > MaxRestarts)
                return std::unexpected(blobError(Kind::Protocol, QStringLiteral("blob_hash_mismatch"),
                                                 tr("The attachment arrived damaged at the server several times; it was not sent."),
                                                 QStringLiteral("blob %1: %2 restarts").arg(sha256).arg(restarts - 1)));
            qCWarning(lcSync) << "blob" << sha256 << "hash mismatch on the server; restarting the upload";
            offset = 0;
            break;
        }
        }
        if (stalls > MaxStalls)
            return std::unexpected(blobError(Kind::Protocol, QStringLiteral("blob_no_progress"),
                                             tr("The server's answer could not be understood. It may run an "
                                                "incompatible version."),
                                             QStringLiteral("blob %1: no progress at offset %2").arg(sha256).arg(offset)));
    }
    if (auto marked = m_cache.markUploaded(sha256); !marked)
        return std::unexpected(local(marked.error()));
    if (progress)
        progress(size, size);
    qCInfo(lcSync) << "blob" << sha256 << "is on the server";
    return {};
}

SyncResult<> BlobTransfer::download(const QString &sha256, const std::atomic_bool &cancel, const Progress &progress)
{
    m_localFailure.reset();
    if (sha256 == EmptyBlobId) { // no byte to ask for: a Range into nothing is a 416
        auto added = m_cache.addBytes(QByteArray(""));
        if (!added)
            return std::unexpected(local(added.error()));
        if (auto marked = m_cache.markUploaded(*added); !marked)
            return std::unexpected(local(marked.error()));
        return {};
    }
    auto info = m_cache.info(sha256);
    if (!info)
        return std::unexpected(local(info.error()));
    if (info->has_value() && (*info)->complete)
        return {};
    qint64 offset = info->has_value() ? (*info)->received : 0;
    qint64 total = info->has_value() ? (*info)->size : -1;
    int restarts = 0;
    const auto startOver = [&]() -> SyncResult<> {
        if (++restarts > MaxRestarts)
            return std::unexpected(blobError(Kind::Protocol, QStringLiteral("blob_download_corrupt"),
                                             tr("An attachment arrived damaged several times; it was not kept."),
                                             QStringLiteral("blob %1: %2 restarts").arg(sha256).arg(restarts - 1)));
        if (auto discarded = m_cache.discard(sha256); !discarded)
            return std::unexpected(local(discarded.error()));
        offset = 0;
        total = -1;
        return {};
    };
    qCInfo(lcSync) << "downloading blob" << sha256 << "from" << offset;
    for (;;) {
        if (total >= 0 && offset >= total) {
            auto complete = m_cache.completeDownload(sha256);
            if (!complete)
                return std::unexpected(local(complete.error()));
            if (*complete)
                break;
            GD_TRY(startOver()); // already discarded by completeDownload; counts the restart
            continue;
        }
        if (cancel)
            return std::unexpected(cancelled());
        if (progress && total >= 0)
            progress(offset, total);
        BlobBytes answer;
        auto got = m_call([&](const QString &token) -> SyncResult<> {
            auto range = m_client.getBlob(token, sha256, offset, m_limits.blobChunkBytes);
            if (!range)
                return std::unexpected(range.error());
            answer = std::move(*range);
            return {};
        });
        if (!got) {
            SyncError error = got.error();
            if (error.kind == Kind::NotFound)
                error.message = tr("An attachment is not on the server (yet); it is fetched on a later sync.");
            return std::unexpected(error);
        }
        if (answer.kind == BlobBytes::Kind::RangeNotSatisfiable) { // the protocol: download from 0
            GD_TRY(startOver());
            continue;
        }
        if (answer.totalSize > std::min(m_limits.maxBlobBytes, m_cache.maxBytes()))
            return std::unexpected(blobError(Kind::TooLarge, QStringLiteral("too_large"),
                                             tr("An attachment has %1 MiB, more than this profile accepts (%2 MiB).")
                                                 .arg(mebibytes(answer.totalSize), mebibytes(m_cache.maxBytes())),
                                             QStringLiteral("blob %1: %2 bytes").arg(sha256).arg(answer.totalSize)));
        if (answer.firstByte != offset || (total >= 0 && answer.totalSize != total)) {
            // The whole blob instead of the range (a proxy ignored it), or the stored part was
            // of another size: what is here cannot be continued.
            if (auto discarded = m_cache.discard(sha256); !discarded)
                return std::unexpected(local(discarded.error()));
            offset = 0;
            total = -1;
            if (answer.firstByte != 0)
                continue;
        }
        if (answer.bytes.isEmpty())
            return std::unexpected(blobError(Kind::Protocol, QStringLiteral("blob_no_progress"),
                                             tr("The server's answer could not be understood. It may run an "
                                                "incompatible version."),
                                             QStringLiteral("blob %1: empty range at %2").arg(sha256).arg(offset)));
        if (auto stored = m_cache.appendReceived(sha256, offset, answer.bytes, answer.totalSize); !stored)
            return std::unexpected(local(stored.error()));
        offset += answer.bytes.size();
        total = answer.totalSize;
    }
    if (progress)
        progress(total, total);
    qCInfo(lcSync) << "blob" << sha256 << "downloaded," << total << "bytes";
    return {};
}

} // namespace GovDesk::Core
