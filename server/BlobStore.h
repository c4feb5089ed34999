// BlobStore: content-addressed attachments, scoped by organisation: the rules of resumable uploads
// that end in a hash check, and who may read a blob. Sizes, progress and grants live in the
// repository; the bytes in a BlobBytes (files for one instance, PostgreSQL for several).
#pragma once

#include "SyncRepository.h"
#include "blobs/BlobBytes.h"

#include <mutex>

namespace GovDesk::Server {

class BlobStore
{
public:
    struct AppendOutcome
    {
        enum class Kind {
            Accepted, // more chunks expected
            Complete, // the blob is whole and its hash matched
            OffsetMismatch,
            SizeMismatch, // `total` differs from the size given when the upload began
            HashMismatch, // the partial upload was discarded
        };
        Kind kind = Kind::Accepted;
        BlobInfo info;
    };

    BlobStore(SyncRepository &repository, BlobBytes &bytes);

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
    [[nodiscard]] Result<AppendOutcome> append(const QString &sha256, const QString &organisationId,
                                               qint64 offset, qint64 total, const QByteArray &bytes,
                                               const QStringList &hiddenCollections = {});
    // `length` bytes from `offset` of a complete blob, for an answer (the caller checked that the
    // requester may read it).
    [[nodiscard]] Result<std::shared_ptr<ResponseBody>> read(const QString &sha256, qint64 offset,
                                                             qint64 length)
    {
        return m_bytes.open(sha256, offset, length);
    }

private:
    [[nodiscard]] Result<AppendOutcome> finish(BlobInfo info, const QString &organisationId);

    SyncRepository &m_repository;
    BlobBytes &m_bytes;
    // Uploads in this process one at a time (downloads need no lock). Instances on one database
    // may still race on one organisation's upload: the repository's `received` decides, and a
    // loser's chunk is refused and resent.
    std::mutex m_uploadMutex;
};

} // namespace GovDesk::Server
