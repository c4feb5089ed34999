#include "OpApplier.h"

#include "sync/BlobReferences.h"
#include "sync/ProtocolRules.h"

#include <QJsonDocument>

namespace GovDesk::Server {

namespace {

using Core::ProtocolRules::MaxRecordIdLength;

// One answer for "no such record" and "a record your organisation cannot see": an outsider must
// not learn from a refused push that a record exists, nor who owns it.
const QString NoSuchRecordMessage = QStringLiteral("No record with this id that your organisation may "
                                                   "change; a new record needs baseRevision 0 and an id not"
                                                   " yet in use.");

OpStatus statusFromName(const QString &name)
{
    return name == QStringLiteral("applied") ? OpStatus::Applied : OpStatus::Rejected;
}

} // namespace

QString opStatusName(OpStatus status)
{
    switch (status) {
    case OpStatus::Applied:
        return QStringLiteral("applied");
    case OpStatus::Duplicate:
        return QStringLiteral("duplicate");
    case OpStatus::Conflict:
        return QStringLiteral("conflict");
    case OpStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

OpApplier::OpApplier(SyncRepository &repository, const Clock &clock, ServerLimits limits)
    : m_repository(repository)
    , m_access(repository)
    , m_clock(clock)
    , m_limits(limits)
{
}

bool OpApplier::isValidCollection(const QString &collection)
{
    return Core::ProtocolRules::isValidCollection(collection);
}

Result<std::optional<std::pair<QString, QString>>> OpApplier::invalidReason(const PushOp &op)
{
    using Reason = std::optional<std::pair<QString, QString>>;
    const auto badValue = [](const QString &message) {
        return Reason({QStringLiteral("bad_value"), message});
    };
    if (!isValidCollection(op.collection))
        return badValue(QStringLiteral("\"%1\" is not a valid collection name.").arg(op.collection));
    if (!Core::ProtocolRules::isValidRecordId(op.recordId))
        return badValue(
            QStringLiteral("recordId must have 1 to %1 characters, not only white space, and no control"
                           " characters.")
                .arg(MaxRecordIdLength));
    if (op.baseRevision < 0)
        return badValue(QStringLiteral("baseRevision must not be negative."));
    const qint64 payloadBytes = QJsonDocument(op.payload).toJson(QJsonDocument::Compact).size();
    if (payloadBytes > m_limits.maxPayloadBytes)
        return Reason(
            {QStringLiteral("too_large"), QStringLiteral("The payload has %1 bytes; at most %2 are allowed.")
                                              .arg(payloadBytes)
                                              .arg(m_limits.maxPayloadBytes)});
    for (const QString &recipient : op.recipients.value_or(QStringList())) {
        auto organisation = m_repository.organisation(recipient);
        if (!organisation)
            return std::unexpected(organisation.error());
        if (!*organisation)
            return badValue(QStringLiteral("Unknown recipient organisation \"%1\".").arg(recipient));
    }
    return Reason();
}

Result<OpResult> OpApplier::apply(const Actor &actor, const PushOp &op)
{
    OpResult result;
    GD_TRY(m_repository.inTransaction([&]() -> Result<> {
        auto applied = applyInTransaction(actor, op);
        if (!applied)
            return std::unexpected(applied.error());
        result = std::move(*applied);
        return {};
    }));
    return result;
}

Result<OpResult> OpApplier::reject(const Actor &actor, const PushOp &op, const QString &code,
                                   const QString &message)
{
    // Remembered like an applied op: resending it must not meet a record that changed meanwhile.
    GD_TRY(m_repository.addOp(
        {op.opId, actor.userId, QStringLiteral("rejected"), 0, code, message, rfc3339(m_clock.now())}));
    OpResult result{.opId = op.opId, .status = OpStatus::Rejected};
    result.reasonCode = code;
    result.reasonMessage = message;
    return result;
}

Result<OpResult> OpApplier::applyInTransaction(const Actor &actor, const PushOp &op)
{
    auto previous = m_repository.op(op.opId);
    if (!previous)
        return std::unexpected(previous.error());
    if (*previous) {
        if ((*previous)->userId != actor.userId) {
            // Op ids are UUIDs; a clash across users is a client bug, and must not reveal the
            // other user's result. Not remembered: the op id belongs to the first user.
            return OpResult{.opId = op.opId,
                            .status = OpStatus::Rejected,
                            .reasonCode = QStringLiteral("bad_value"),
                            .reasonMessage = QStringLiteral("This opId was already used by another user.")};
        }
        OpResult duplicate{.opId = op.opId, .status = OpStatus::Duplicate};
        duplicate.originalStatus = statusFromName((*previous)->status);
        duplicate.revision = (*previous)->revision;
        duplicate.reasonCode = (*previous)->reasonCode;
        duplicate.reasonMessage = (*previous)->reasonMessage;
        return duplicate;
    }

    auto invalid = invalidReason(op);
    if (!invalid)
        return std::unexpected(invalid.error());
    if (*invalid)
        return reject(actor, op, (*invalid)->first, (*invalid)->second);

    // Before the record is looked up: a refusal by role says nothing about which records exist.
    auto refused = m_access.writeRefusal(actor.roles, op.collection);
    if (!refused)
        return std::unexpected(refused.error());
    if (*refused)
        return reject(actor, op, QStringLiteral("forbidden"), **refused);

    auto current = m_repository.record(op.collection, op.recordId);
    if (!current)
        return std::unexpected(current.error());
    // An action (a field given or taken a declared value) needs its roles; checked before the
    // revision, so a change the user may never make is rejected for good rather than a conflict.
    const auto actionRefused = [&]() -> Result<std::optional<QString>> {
        return m_access.actionRefusal(actor.roles, op.collection, *current, op.deleted, op.payload);
    };

    RecordState next;
    if (!*current) {
        if (op.baseRevision != 0)
            return reject(actor, op, QStringLiteral("bad_value"), NoSuchRecordMessage);
        auto action = actionRefused();
        if (!action)
            return std::unexpected(action.error());
        if (*action)
            return reject(actor, op, QStringLiteral("forbidden"), **action);
        next.collection = op.collection;
        next.recordId = op.recordId;
        next.owner = actor.organisationId;
    } else {
        // Ownership before the revision: a recipient's change can never succeed, whatever its base.
        // A recipient knows the record and its owner already; anyone else gets the answer for a
        // record that does not exist.
        if ((*current)->owner != actor.organisationId) {
            if (!(*current)->recipients.contains(actor.organisationId))
                return reject(actor, op, QStringLiteral("bad_value"), NoSuchRecordMessage);
            return reject(actor, op, QStringLiteral("forbidden"),
                          QStringLiteral("Only organisation %1, the owner, may change this record.")
                              .arg((*current)->owner));
        }
        auto action = actionRefused();
        if (!action)
            return std::unexpected(action.error());
        if (*action)
            return reject(actor, op, QStringLiteral("forbidden"), **action);
        if (op.baseRevision != (*current)->revision)
            return OpResult{.opId = op.opId, .status = OpStatus::Conflict, .server = **current};
        next = **current;
    }

    if (op.recipients) {
        QStringList recipients;
        for (const QString &recipient : *op.recipients) {
            if (!recipients.contains(recipient))
                recipients << recipient;
        }
        next.recipients = recipients;
    }
    next.revision += 1;
    next.deleted = op.deleted;
    next.payload = op.payload;
    next.blobIds.clear();
    for (const Core::AttachmentRef &ref : Core::BlobReferences::of(op.payload))
        next.blobIds << ref.sha256;
    next.updatedAt = rfc3339(m_clock.now());
    next.updatedBy = actor.userId;
    // The op first: taking the change counter locks it until the push commits (every writer of the
    // province waits for it), so as little as possible comes after.
    GD_TRY(m_repository.addOp(
        {op.opId, actor.userId, QStringLiteral("applied"), next.revision, {}, {}, next.updatedAt}));
    auto seq = m_repository.nextChangeSeq();
    if (!seq)
        return std::unexpected(seq.error());
    next.seq = *seq;
    GD_TRY(m_repository.saveRecord(next));
    return OpResult{.opId = op.opId, .status = OpStatus::Applied, .revision = next.revision};
}

} // namespace GovDesk::Server
