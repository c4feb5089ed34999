// ServerLimits: the limits of docs/sync-protocol.md, enforced by the API and announced in /v1/info.
#pragma once

#include "http/HttpEdgeLimits.h"
#include "sync/ProtocolRules.h"

#include <QJsonObject>

namespace GovDesk::Server {

struct ServerLimits
{
    qint64 maxRequestBytes = Core::ProtocolRules::Defaults::MaxRequestBytes;
    int maxPushOps = Core::ProtocolRules::Defaults::MaxPushOps;
    qint64 maxPayloadBytes = Core::ProtocolRules::Defaults::MaxPayloadBytes;
    int maxPullLimit = Core::ProtocolRules::Defaults::MaxPullLimit;
    int defaultPullLimit = Core::ProtocolRules::Defaults::DefaultPullLimit;
    qint64 maxBlobBytes = Core::ProtocolRules::Defaults::MaxBlobBytes;
    qint64 blobChunkBytes = Core::ProtocolRules::Defaults::BlobChunkBytes;
    int ratePerMinute = Core::ProtocolRules::Defaults::RatePerMinute; // 0 = unlimited
    qint64 pullCacheBytes = 32LL * 1024 * 1024; // PullPageCache; 0 keeps nothing
    HttpEdgeLimits http; // enforced by the HTTPS edge before the protocol sees a request

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("maxRequestBytes"), maxRequestBytes},
                {QStringLiteral("maxPushOps"), maxPushOps},
                {QStringLiteral("maxPayloadBytes"), maxPayloadBytes},
                {QStringLiteral("maxPullLimit"), maxPullLimit},
                {QStringLiteral("defaultPullLimit"), defaultPullLimit},
                {QStringLiteral("maxBlobBytes"), maxBlobBytes},
                {QStringLiteral("blobChunkBytes"), blobChunkBytes},
                {QStringLiteral("ratePerMinute"), ratePerMinute},
                {QStringLiteral("maxHeaderBytes"), http.maxHeaderBytes},
                {QStringLiteral("idleTimeoutSeconds"), http.idleTimeoutMs / 1000},
                {QStringLiteral("maxConnectionsPerAddress"), http.maxConnectionsPerAddress}};
    }
};

} // namespace GovDesk::Server
