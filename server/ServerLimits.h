// ServerLimits: the limits of docs/sync-protocol.md, enforced by the API and announced in /v1/info.
#pragma once

#include <QJsonObject>

namespace GovDesk::Server {

struct ServerLimits
{
    qint64 maxRequestBytes = 8 * 1024 * 1024;
    int maxPushOps = 500;
    qint64 maxPayloadBytes = 1024 * 1024;
    int maxPullLimit = 1000;
    int defaultPullLimit = 500;
    qint64 maxBlobBytes = 100 * 1024 * 1024;
    qint64 blobChunkBytes = 4 * 1024 * 1024;
    int ratePerMinute = 600; // 0 = unlimited

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("maxRequestBytes"), maxRequestBytes},
                {QStringLiteral("maxPushOps"), maxPushOps},
                {QStringLiteral("maxPayloadBytes"), maxPayloadBytes},
                {QStringLiteral("maxPullLimit"), maxPullLimit},
                {QStringLiteral("defaultPullLimit"), defaultPullLimit},
                {QStringLiteral("maxBlobBytes"), maxBlobBytes},
                {QStringLiteral("blobChunkBytes"), blobChunkBytes},
                {QStringLiteral("ratePerMinute"), ratePerMinute}};
    }
};

} // namespace GovDesk::Server
