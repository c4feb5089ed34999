// BlobStore: content-addressed attachments, scoped by organisation. Bytes live in files under
// <data>/blobs (each organisation's partial upload in its own <sha>.<org>.part, renamed when its
// hash matches); sizes, progress and who may read a blob in the repository.
#pragma once

#include "SyncRepository.h"

#include <QDir>

#include <mutex>

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

    // What `organisationId` may know of a blob: the complete blob when it may read it, else its own
    // upload in progress, else nothing — the same answer as for a blob the server does not have.
    // Records in `hiddenCollections` (the user's roles may not read them) lend no readability.
    [[nodiscard]] Result<std::optional<BlobInfo>> status(const QString &sha256, const QString &organisationId,
                                                         const QStringList &hiddenCollections = {});
    // Appends `bytes` at `offset` of `organisationId`'s upload of a blob of `total` bytes. `offset`
    // must equal what was received so far; the repository's `received` is the truth, so bytes
    // written to the part file by a request that crashed before recording them are overwritten.
    // An organisation that may not read a complete blob uploads all of its bytes like any other:
    // proving it has them is what makes the blob readable for it.
    [[nodiscard]] Result<AppendOutcome> append(const QString &sha256, const QString &organisationId, qint64 offset,
                                               qint64 total, const QByteArray &bytes,
                                               const QStringList &hiddenCollections = {});
    // The file of a complete blob.
    [[nodiscard]] QString completePath(const QString &sha256) const;
    // The file of one organisation's upload in progress.
    [[nodiscard]] QString partPath(const QString &sha256, const QString &organisationId) const;

private:
    [[nodiscard]] Result<> writeChunk(const QString &path, qint64 offset, const QByteArray &bytes);
    [[nodiscard]] Result<AppendOutcome> finish(BlobInfo info, const QString &organisationId);

    SyncRepository &m_repository;
    QDir m_directory;
    // Uploads write part files and rename them: one at a time (downloads need no lock).
    std::mutex m_uploadMutex;
};

} // namespace GovDesk::Server
