// PgBlobBytes: blob bytes in PostgreSQL, so that every govdesk-syncd instance on one database
// serves every blob (issue 15). Bytes are kept as the chunks clients upload (at most
// ProtocolRules::Defaults::BlobChunkBytes, 4 MiB), one bytea row each: parts in blob_part_bytes
// per organisation, complete blobs in blob_bytes. pg_dump backs them up with the rest.
#pragma once

#include "blobs/BlobBytes.h"

namespace GovDesk::Server {

class PgSession;

class PgBlobBytes final : public BlobBytes
{
public:
    // Connects to `uri` and creates the two tables when missing.
    [[nodiscard]] static Result<std::unique_ptr<PgBlobBytes>> open(const QString &uri);

    [[nodiscard]] Result<> writePart(const QString &sha256, const QString &organisationId, qint64 offset,
                                     const QByteArray &bytes) override;
    [[nodiscard]] Result<QString> hashPart(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<qint64> partSize(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> discardPart(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> completeFromPart(const QString &sha256, const QString &organisationId,
                                            bool alreadyComplete) override;
    [[nodiscard]] Result<std::shared_ptr<ResponseBody>> open(const QString &sha256, qint64 offset,
                                                             qint64 length) override;

private:
    explicit PgBlobBytes(std::shared_ptr<PgSession> session);

    // Shared with the answers being streamed, which may outlive a request's handler.
    std::shared_ptr<PgSession> m_session;
};

} // namespace GovDesk::Server
