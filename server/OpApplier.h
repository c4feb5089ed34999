// OpApplier: the protocol's rules for one pushed operation (idempotency by op id, ownership,
// optimistic concurrency by revision), independent of the storage backend.
#pragma once

#include "AccessPolicy.h"
#include "Clock.h"
#include "ServerLimits.h"
#include "SyncRepository.h"

#include <optional>

namespace GovDesk::Server {

// Who pushes: the signed-in user, the organisation they act for, and their roles.
struct Actor
{
    QString userId;
    QString organisationId;
    QStringList roles;
};

struct PushOp
{
    QString opId;
    QString collection;
    QString recordId;
    qint64 baseRevision = 0;
    bool deleted = false;
    QJsonObject payload;
    std::optional<QStringList> recipients; // absent: keep the record's list
};

enum class OpStatus { Applied, Duplicate, Conflict, Rejected };

struct OpResult
{
    QString opId;
    OpStatus status = OpStatus::Rejected;
    qint64 revision = 0;                          // applied, and duplicate of applied
    std::optional<OpStatus> originalStatus;       // duplicate only
    QString reasonCode;                           // rejected, and duplicate of rejected
    QString reasonMessage;
    std::optional<RecordState> server;            // conflict only
};

[[nodiscard]] QString opStatusName(OpStatus status);

class OpApplier
{
public:
    OpApplier(SyncRepository &repository, const Clock &clock, ServerLimits limits);

    // Applies `op` in its own transaction. Err only for storage failures: every protocol outcome,
    // including rejection, is a successful OpResult.
    [[nodiscard]] Result<OpResult> apply(const Actor &actor, const PushOp &op);

    // The collection syntax of docs/sync-protocol.md.
    [[nodiscard]] static bool isValidCollection(const QString &collection);

private:
    // Why `op` can never succeed (code, message), or nullopt. Needs the repository for recipients.
    [[nodiscard]] Result<std::optional<std::pair<QString, QString>>> invalidReason(const PushOp &op);
    [[nodiscard]] Result<OpResult> applyInTransaction(const Actor &actor, const PushOp &op);
    [[nodiscard]] Result<OpResult> reject(const Actor &actor, const PushOp &op, const QString &code,
                                          const QString &message);

    SyncRepository &m_repository;
    AccessPolicy m_access;
    const Clock &m_clock;
    ServerLimits m_limits;
};

} // namespace GovDesk::Server
