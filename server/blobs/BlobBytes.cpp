#include "blobs/BlobBytes.h"

#include "SqlSyncRepository.h"
#include "blobs/LocalBlobBytes.h"
#include "postgres/PgBlobBytes.h"

namespace GovDesk::Server {

Result<std::unique_ptr<BlobBytes>> openBlobBytes(const QString &database, const QString &directory)
{
    if (!SqlSyncRepository::isPostgresUri(database))
        return std::make_unique<LocalBlobBytes>(directory);
    auto shared = PgBlobBytes::open(database);
    if (!shared)
        return std::unexpected(shared.error());
    return std::unique_ptr<BlobBytes>(std::move(*shared));
}

} // namespace GovDesk::Server
