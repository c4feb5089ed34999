#include "SyncApi.h"

#include "JsonReader.h"
#include "PullAnswer.h"
#include "LogSafe.h"
#include "ServerLogging.h"
#include "sync/ProtocolRules.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace GovDesk::Server {

namespace {

using Core::ProtocolRules::MaxOpIdLength;

ApiResult<PushOp> parseOp(const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("ops[%1]").arg(index);
    if (!value.isObject())
        return std::unexpected(ApiError::badValue(QStringLiteral("%1 must be a JSON object.").arg(where)));
    JsonReader reader(value.toObject(), where);
    PushOp op;
    op.opId = reader.requiredString(QStringLiteral("opId"));
    op.collection = reader.requiredString(QStringLiteral("collection"));
    op.recordId = reader.requiredString(QStringLiteral("recordId"));
    op.baseRevision = reader.requiredInteger(QStringLiteral("baseRevision"));
    op.deleted = reader.optionalBool(QStringLiteral("deleted"), false);
    const auto payload = reader.optionalObject(QStringLiteral("payload"));
    op.recipients = reader.optionalStringList(QStringLiteral("recipients"));
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    // Without an op id no answer could be remembered, so it is the request that is wrong.
    if (!Core::ProtocolRules::isValidOpId(op.opId))
        return std::unexpected(ApiError::badValue(
            QStringLiteral("\"opId\" in %1 must have 1 to %2 characters.").arg(where).arg(MaxOpIdLength)));
    // A change without a payload would empty the record: only a deletion may leave it out.
    if (!payload && !op.deleted)
        return std::unexpected(ApiError::missingField(QStringLiteral("Missing field \"payload\" in %1.").arg(where)));
    op.payload = payload.value_or(QJsonObject());
    return op;
}

} // namespace

SyncApi::SyncApi(SyncRepository &repository, OpApplier &applier, ServerLimits limits)
    : m_repository(repository)
    , m_applier(applier)
    , m_limits(limits)
    , m_pages(limits.pullCacheBytes)
{
}

ApiResult<QList<PushOp>> SyncApi::parsePush(const QByteArray &body, const ServerLimits &limits)
{
    auto root = parseJsonObject(body);
    if (!root)
        return std::unexpected(root.error());
    JsonReader reader(*root, QStringLiteral("the request"));
    const QJsonArray ops = reader.requiredArray(QStringLiteral("ops"));
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    if (ops.size() > limits.maxPushOps)
        return std::unexpected(ApiError::tooLarge(
            QStringLiteral("The push has %1 ops; at most %2 are allowed per request.").arg(ops.size()).arg(limits.maxPushOps)));
    QList<PushOp> parsed;
    parsed.reserve(ops.size());
    for (int i = 0; i < ops.size(); ++i) {
        auto op = parseOp(ops.at(i), i);
        if (!op)
            return std::unexpected(op.error());
        parsed.append(std::move(*op));
    }
    return parsed;
}

QJsonObject SyncApi::recordJson(const RecordState &record)
{
    return {{QStringLiteral("collection"), record.collection},
            {QStringLiteral("recordId"), record.recordId},
            {QStringLiteral("revision"), record.revision},
            {QStringLiteral("deleted"), record.deleted},
            {QStringLiteral("owner"), record.owner},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(record.recipients)},
            {QStringLiteral("payload"), record.payload},
            {QStringLiteral("updatedAt"), record.updatedAt}};
}

QJsonObject SyncApi::resultJson(const OpResult &result)
{
    QJsonObject json{{QStringLiteral("opId"), result.opId}, {QStringLiteral("status"), opStatusName(result.status)}};
    const OpStatus outcome = result.originalStatus.value_or(result.status);
    if (result.originalStatus)
        json.insert(QStringLiteral("originalStatus"), opStatusName(*result.originalStatus));
    if (outcome == OpStatus::Applied)
        json.insert(QStringLiteral("revision"), result.revision);
    if (outcome == OpStatus::Rejected)
        json.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), result.reasonCode},
                                                          {QStringLiteral("message"), result.reasonMessage}});
    if (result.server) {
        QJsonObject server = recordJson(*result.server);
        server.remove(QStringLiteral("collection"));
        server.remove(QStringLiteral("recordId"));
        json.insert(QStringLiteral("server"), server);
    }
    return json;
}

ApiResult<ApiResponse> SyncApi::push(const ApiRequest &request, const Principal &principal)
{
    if (auto query = checkQueryKeys(request.query, {}); !query)
        return std::unexpected(query.error());
    auto ops = parsePush(request.body, m_limits);
    if (!ops)
        return std::unexpected(ops.error());
    const Actor actor{principal.userId, principal.organisationId, principal.roles};
    QJsonArray results;
    std::array<int, 4> counts{}; // by OpStatus
    // One transaction for the whole push (each op a savepoint inside it): one fsync per request
    // instead of one per op. A storage failure ends the push with 500 and nothing of it is kept;
    // the client's resend applies it anew (docs/sync-protocol.md, Push).
    auto pushed = m_repository.inTransaction([&]() -> Core::Result<> {
        for (const PushOp &op : *ops) {
            auto result = m_applier.apply(actor, op);
            if (!result)
                return std::unexpected(result.error());
            ++counts.at(static_cast<std::size_t>(result->status));
            results.append(resultJson(*result));
        }
        return {};
    });
    if (!pushed)
        return std::unexpected(ApiError::internal(pushed.error()));
    const auto count = [&counts](OpStatus status) { return counts.at(static_cast<std::size_t>(status)); };
    qCInfo(lcSyncd).noquote() << "push by" << Core::logSafe(principal.userId) << ops->size() << "ops:" << count(OpStatus::Applied)
                              << "applied," << count(OpStatus::Duplicate) << "duplicate," << count(OpStatus::Conflict)
                              << "conflict," << count(OpStatus::Rejected) << "rejected";
    return ApiResponse::json({{QStringLiteral("results"), results}});
}

ApiResult<qint64> SyncApi::readCursor(const QString &text, const QString &scopeTag, qint64 latestSeq)
{
    if (text.isEmpty())
        return 0;
    // A cursor is a position in the change sequence, written by QString::number: exactly that form
    // (no sign, no leading zero, no space) and never past the latest change, followed by "-" and
    // the scope tag when collections were hidden from the user. Anything else was not issued here,
    // and answering it would only hide a client's bug (or echo a made-up position).
    static const QRegularExpression Canonical(QStringLiteral("^(0|[1-9][0-9]{0,17})(-([0-9a-f]{8}))?$"));
    const ApiError notIssued = ApiError::badValue(QStringLiteral("\"%1\" is not a cursor of this server.").arg(text));
    const QRegularExpressionMatch match = Canonical.match(text);
    if (!match.hasMatch())
        return std::unexpected(notIssued);
    const qint64 cursor = match.captured(1).toLongLong();
    if (cursor > latestSeq)
        return std::unexpected(notIssued);
    // Issued while other collections were hidden: one the user may read now would be missing
    // before the cursor. (An untagged cursor hid nothing, so any change since only hides more.)
    const QString issuedTag = match.captured(3);
    if (!issuedTag.isEmpty() && issuedTag != scopeTag)
        return 0;
    return cursor;
}

ApiResult<ApiResponse> SyncApi::pull(const ApiRequest &request, const Principal &principal)
{
    if (auto query = checkQueryKeys(request.query, {QStringLiteral("cursor"), QStringLiteral("limit")}); !query)
        return std::unexpected(query.error());
    // Read before the page: the page is then at least as recent, as PullPageCache needs.
    auto latest = m_repository.latestChangeSeq();
    if (!latest)
        return std::unexpected(ApiError::internal(latest.error()));
    const QString scopeTag = AccessPolicy::scopeTag(principal.hiddenCollections);
    auto cursor = readCursor(request.query.queryItemValue(QStringLiteral("cursor")), scopeTag, *latest);
    if (!cursor)
        return std::unexpected(cursor.error());
    auto limit = queryInteger(request.query, QStringLiteral("limit"));
    if (!limit)
        return std::unexpected(limit.error());
    if (*limit && **limit < 1)
        return std::unexpected(ApiError::badValue(QStringLiteral("\"limit\" must be at least 1.")));
    // Larger limits are capped rather than refused: the client just gets more pages.
    const int pageSize = static_cast<int>(qMin<qint64>(limit->value_or(m_limits.defaultPullLimit), m_limits.maxPullLimit));

    const PullPageKey key{principal.organisationId, scopeTag, *cursor, pageSize};
    if (auto kept = m_pages.find(key, *latest))
        return pullResponse(std::move(*kept));
    PullAnswer answer;
    auto hasMore = m_repository.visitChanges(principal.organisationId, *cursor, pageSize, principal.hiddenCollections,
                                             [&answer](const ChangeView &change) { answer.append(change); });
    if (!hasMore)
        return std::unexpected(ApiError::internal(hasMore.error()));
    const qint64 next = answer.isEmpty() ? *cursor : answer.lastSeq();
    const QString nextCursor = scopeTag.isEmpty() ? QString::number(next) : QStringLiteral("%1-%2").arg(next).arg(scopeTag);
    QByteArray body = std::move(answer).finish(nextCursor, *hasMore);
    m_pages.insert(key, *latest, body);
    return pullResponse(std::move(body));
}

ApiResponse SyncApi::pullResponse(QByteArray body)
{
    ApiResponse response;
    response.contentType = "application/json";
    response.body = std::move(body);
    return response;
}

} // namespace GovDesk::Server
