// SyncApi: POST /v1/sync/push and GET /v1/sync/pull — JSON in and out around OpApplier and the
// repository's change feed.
#pragma once

#include "ApiTypes.h"
#include "AuthService.h"
#include "OpApplier.h"
#include "PullPageCache.h"
#include "ServerLimits.h"

namespace GovDesk::Server {

class SyncApi
{
public:
    SyncApi(SyncRepository &repository, OpApplier &applier, ServerLimits limits);

    [[nodiscard]] ApiResult<ApiResponse> push(const ApiRequest &request, const Principal &principal);
    [[nodiscard]] ApiResult<ApiResponse> pull(const ApiRequest &request, const Principal &principal);

    // The whole push is parsed before any op is applied: a malformed request changes nothing.
    [[nodiscard]] static ApiResult<QList<PushOp>> parsePush(const QByteArray &body, const ServerLimits &limits);
    [[nodiscard]] static QJsonObject resultJson(const OpResult &result);
    [[nodiscard]] static QJsonObject recordJson(const RecordState &record);

private:
    // The position a pull's cursor names; bad_value for a cursor this server never issued. A
    // cursor issued while other collections were hidden from the user (`scopeTag`, see
    // AccessPolicy::scopeTag) names position 0: what the user may read now arrives whole.
    [[nodiscard]] ApiResult<qint64> readCursor(const QString &text, const QString &scopeTag, qint64 latestSeq);
    [[nodiscard]] static ApiResponse pullResponse(QByteArray body);

    SyncRepository &m_repository;
    OpApplier &m_applier;
    ServerLimits m_limits;
    PullPageCache m_pages;
};

} // namespace GovDesk::Server
