// Wire types of sync protocol version 1 (docs/sync-protocol.md), as the client reads them.
#pragma once

#include "sync/ProtocolRules.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Core {

inline constexpr int SyncProtocolVersion = 1;

// Defaults of the reference server; /v1/info announces the real ones.
struct ServerLimits
{
    qint64 maxRequestBytes = ProtocolRules::Defaults::MaxRequestBytes;
    int maxPushOps = ProtocolRules::Defaults::MaxPushOps;
    qint64 maxPayloadBytes = ProtocolRules::Defaults::MaxPayloadBytes;
    int maxPullLimit = ProtocolRules::Defaults::MaxPullLimit;
    qint64 maxBlobBytes = ProtocolRules::Defaults::MaxBlobBytes;
    qint64 blobChunkBytes = ProtocolRules::Defaults::BlobChunkBytes;
    int ratePerMinute = ProtocolRules::Defaults::RatePerMinute;
};

struct ServerInfo
{
    int protocol = 0;
    QString server;
    QString version;
    ServerLimits limits;
};

// The answer to sign-in and refresh.
struct AuthSession
{
    QString accessToken;
    QDateTime expiresAt; // UTC
    QString refreshToken;
    SyncAccount account;
};

// The server's current version of a record, as a conflict answer carries it.
struct ServerRecord
{
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject payload;
    QString owner;
    QStringList recipients;
};

struct PushResult
{
    enum class Status { Applied, Duplicate, Conflict, Rejected };
    QString opId;
    Status status = Status::Applied;
    qint64 revision = 0;                         // applied, duplicate
    Status originalStatus = Status::Applied;     // duplicate: what the first answer was
    ServerRecord server;                         // conflict
    QString reasonCode;                          // rejected (or a duplicate of a rejection)
    QString reasonMessage;

    // Applied now or before: the op is on the server and its outbox row can go.
    [[nodiscard]] bool isAcknowledgedChange() const
    {
        return status == Status::Applied || (status == Status::Duplicate && originalStatus == Status::Applied);
    }
    [[nodiscard]] bool isRejection() const
    {
        return status == Status::Rejected || (status == Status::Duplicate && originalStatus == Status::Rejected);
    }
};

struct PulledChange
{
    QString collection;
    QString recordId;
    qint64 revision = 0;
    bool deleted = false;
    QString owner;
    QStringList recipients;
    QJsonObject payload;
    QDateTime updatedAt;
};

struct PullPage
{
    QList<PulledChange> changes;
    QString cursor;
    bool hasMore = false;
};

} // namespace GovDesk::Core
