// BlobBytes: where the bytes of blobs live — each organisation's upload in progress (its "part")
// and the complete blobs. BlobStore keeps the rules (offsets, hashes, who may read); this keeps
// bytes. LocalBlobBytes keeps files under <data>/blobs for one instance; PgBlobBytes keeps them in
// PostgreSQL, so that every instance on that database serves every blob.
#pragma once

#include "ApiTypes.h"

#include <QString>
#include <memory>

namespace GovDesk::Server {

template<typename T = void> using Result = Core::Result<T>;

class BlobBytes
{
public:
    virtual ~BlobBytes() = default;

    // Writes `bytes` at `offset` of `organisationId`'s part of blob `sha256`, dropping whatever
    // the part held from `offset` on (bytes a crashed request wrote but never recorded). Durable
    // when it returns: the repository records the new offset afterwards.
    [[nodiscard]] virtual Result<> writePart(const QString &sha256, const QString &organisationId,
                                             qint64 offset, const QByteArray &bytes)
        = 0;
    // The SHA-256 (hex) of the part's bytes.
    [[nodiscard]] virtual Result<QString> hashPart(const QString &sha256, const QString &organisationId) = 0;
    // The bytes the part holds (0 when there is none).
    [[nodiscard]] virtual Result<qint64> partSize(const QString &sha256, const QString &organisationId) = 0;
    [[nodiscard]] virtual Result<> discardPart(const QString &sha256, const QString &organisationId) = 0;
    // The part becomes the complete blob; when the blob is complete already (another organisation
    // uploaded the same bytes first), the part is dropped and the one copy stays.
    [[nodiscard]] virtual Result<> completeFromPart(const QString &sha256, const QString &organisationId,
                                                    bool alreadyComplete)
        = 0;
    // `length` bytes of the complete blob from `offset`, to stream as an answer.
    [[nodiscard]] virtual Result<std::shared_ptr<ResponseBody>> open(const QString &sha256, qint64 offset,
                                                                     qint64 length)
        = 0;
};

// PostgreSQL's when `database` is a postgresql:// URI, else files under <dataDirectory>/blobs.
[[nodiscard]] Result<std::unique_ptr<BlobBytes>> openBlobBytes(const QString &database,
                                                               const QString &dataDirectory);

} // namespace GovDesk::Server
