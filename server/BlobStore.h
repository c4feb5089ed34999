// BlobStore: content-addressed attachments. Bytes live in files under <data>/blobs (a partial
// upload in <sha>.part, renamed when its hash matches); sizes and progress in the repository.
#pragma once

#include "SyncRepository.h"

#include <QDir>

namespace GovDesk::Server {

class BlobStore
{
public:
    struct AppendOutcome
    {
        enum class Kind {
            Accepted,      // more chunks expected
            Complete,      // the blob is whole and its hash matched
            OffsetMismatch,
            SizeMismatch,  // `total` differs from the size given when the upload began
            HashMismatch,  // the partial upload was discarded
        };
        Kind kind = Kind::Accepted;
        BlobInfo info;
    };

    BlobStore(SyncRepository &repository, QString directory);

    [[nodiscard]] static bool isValidId(const QString &sha256);

    [[nodiscard]] Result<std::optional<BlobInfo>> status(const QString &sha256);
    // Appends `bytes` at `offset` of a blob of `total` bytes. `offset` must equal what was
    // received so far; the repository's `received` is the truth, so bytes written to the part file
    // by a request that crashed before recording them are overwritten.
    [[nodiscard]] Result<AppendOutcome> append(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes);
    // The file of a complete blob.
    [[nodiscard]] QString completePath(const QString &sha256) const;

private:
    [[nodiscard]] QString partPath(const QString &sha256) const;
    [[nodiscard]] Result<> writeChunk(const QString &path, qint64 offset, const QByteArray &bytes);
    [[nodiscard]] Result<AppendOutcome> finish(BlobInfo info);

    SyncRepository &m_repository;
    QDir m_directory;
};

} // namespace GovDesk::Server
