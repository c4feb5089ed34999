#include "blobs/BlobBytes.h"

#include "SqlSyncRepository.h"
#include "blobs/LocalBlobBytes.h"
#include "postgres/PgBlobBytes.h"

#include <QDir>

namespace GovDesk::Server {

Result<std::unique_ptr<BlobBytes>> openBlobBytes(const QString &database, const QString &dataDirectory)
{
    if (!SqlSyncRepository::isPostgresUri(database))
        return std::make_unique<LocalBlobBytes>(
            QDir(dataDirectory).absoluteFilePath(QStringLiteral("blobs")));
    auto shared = PgBlobBytes::open(database);
    if (!shared)
        return std::unexpected(shared.error());
    return std::unique_ptr<BlobBytes>(std::move(*shared));
}

} // namespace GovDesk::Server
