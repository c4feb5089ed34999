#include "ApiRouter.h"

#include "HealthApi.h"
#include "JsonLog.h"
#include "LogSafe.h"
#include "PortalApi.h"
#include "ServerLogging.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace GovDesk::Server {

namespace {

const QRegularExpression BlobPath(QStringLiteral("^/v1/blobs/([^/]+)(/status)?$"));

ApiError noEndpoint(const ApiRequest &request)
{
    return ApiError::notFound(
        QStringLiteral("No endpoint %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

} // namespace

ApiRouter::ApiRouter(Services services, ServerLimits limits)
    : m_services(services)
    , m_limits(limits)
{
}

ApiResponse ApiRouter::handle(const ApiRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    auto result = route(request);
    ApiResponse response = result ? std::move(*result) : ApiResponse::error(result.error());
    const bool failed = !result && result.error().status >= 500;
    if (!failed && !lcSyncd().isDebugEnabled())
        return response; // the busiest path: no log fields made for a line nobody reads
    const ScopedLogFields fields{{{QStringLiteral("event"), QStringLiteral("request")},
                                  {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                  {QStringLiteral("path"), request.path},
                                  {QStringLiteral("status"), response.status},
                                  {QStringLiteral("ms"), timer.elapsed()},
                                  {QStringLiteral("peer"), request.peer}}};
    // Method and path come from the client as sent: escaped, so they cannot start a log line.
    qCDebug(lcSyncd).noquote() << request.peer << Core::logSafe(request.method) << Core::logSafe(request.path)
                               << "->" << response.status << timer.elapsed() << "ms";
    if (failed)
        qCWarning(lcSyncd).noquote() << Core::logSafe(request.method) << Core::logSafe(request.path)
                                     << "failed:" << Core::logSafe(result.error().message);
    return response;
}

qint64 ApiRouter::bodyLimit(const QByteArray &method, const QString &path) const
{
    const bool isBlobUpload = method == "PUT" && path.startsWith(QStringLiteral("/v1/blobs/"));
    return isBlobUpload ? m_limits.blobChunkBytes : m_limits.maxRequestBytes;
}

ApiResult<> ApiRouter::admit(const QByteArray &rateKey)
{
    const RateLimiter::Decision decision = m_services.rateLimiter.take(rateKey);
    if (decision.allowed)
        return {};
    qCInfo(lcSyncd).noquote() << "rate limited:" << Core::logSafe(rateKey.left(16));
    return std::unexpected(ApiError::rateLimited(decision.retryAfterSeconds));
}

ApiResponse ApiRouter::info() const
{
    return ApiResponse::json({{QStringLiteral("protocol"), 1},
                              {QStringLiteral("server"), QStringLiteral("govdesk-syncd")},
                              {QStringLiteral("version"), QStringLiteral(GOVDESK_VERSION)},
                              {QStringLiteral("limits"), m_limits.toJson()}});
}

ApiResult<ApiResponse> ApiRouter::route(const ApiRequest &request)
{
    const QString &path = request.path;
    const bool isPost = request.method == "POST";

    if (m_services.faults && path == QStringLiteral("/v1/test/faults") && isPost)
        return m_services.faults->configure(request);
    // Balancers ask every few seconds from one address: not counted against its rate.
    if (m_services.health && HealthApi::handles(path))
        return m_services.health->handle(request);

    // The HTTPS edge refuses larger bodies before reading them; this holds for any other caller.
    if (const qint64 limit = bodyLimit(request.method, path); request.body.size() > limit)
        return std::unexpected(
            ApiError::tooLarge(QStringLiteral("The request body has %1 bytes; at most %2 are allowed.")
                                   .arg(request.body.size())
                                   .arg(limit)));

    const QByteArray addressKey = "address:" + request.peer.toUtf8();
    // The public portal: no token, so its requests count against the address like sign-ins.
    if (m_services.portal && PortalApi::handles(path)) {
        GD_TRY(admit(addressKey));
        return m_services.portal->handle(request);
    }
    if (path == QStringLiteral("/v1/info") && request.method == "GET") {
        GD_TRY(admit(addressKey));
        return info();
    }
    if (path == QStringLiteral("/v1/auth/sign-in") && isPost) {
        GD_TRY(admit(addressKey));
        return m_services.authApi.signIn(request);
    }
    if (path == QStringLiteral("/v1/auth/refresh") && isPost) {
        GD_TRY(admit(addressKey));
        return m_services.authApi.refresh(request);
    }
    return routeAuthenticated(request);
}

ApiResult<ApiResponse> ApiRouter::routeAuthenticated(const ApiRequest &request)
{
    const QString &path = request.path;
    const QRegularExpressionMatch blob = BlobPath.match(path);
    const bool known = path == QStringLiteral("/v1/auth/sign-out") || path == QStringLiteral("/v1/sync/push")
                       || path == QStringLiteral("/v1/sync/pull") || path == QStringLiteral("/v1/numbers")
                       || path == QStringLiteral("/v1/seal") || path == QStringLiteral("/v1/seal/authority")
                       || path == QStringLiteral("/v1/organisations") || blob.hasMatch();
    if (!known)
        return std::unexpected(noEndpoint(request));

    auto principal = m_services.auth.authenticate(request.header("authorization"));
    if (!principal) {
        // Failed attempts count against the address, so guessing tokens is slowed down too.
        GD_TRY(admit("address:" + request.peer.toUtf8()));
        return std::unexpected(principal.error());
    }
    GD_TRY(admit("token:" + principal->tokenHash));

    if (path == QStringLiteral("/v1/auth/sign-out") && request.method == "POST")
        return m_services.authApi.signOut(request, *principal);
    if (path == QStringLiteral("/v1/sync/push") && request.method == "POST")
        return m_services.syncApi.push(request, *principal);
    if (path == QStringLiteral("/v1/sync/pull") && request.method == "GET")
        return m_services.syncApi.pull(request, *principal);
    if (path == QStringLiteral("/v1/numbers") && request.method == "POST")
        return m_services.numberApi.allocate(request, *principal);
    if (path == QStringLiteral("/v1/seal") && request.method == "GET")
        return m_services.sealApi.seal(request, *principal);
    if (path == QStringLiteral("/v1/seal/authority") && request.method == "GET")
        return m_services.sealApi.authority(request, *principal);
    if (path == QStringLiteral("/v1/organisations") && request.method == "GET")
        return m_services.organisationApi.list(request, *principal);
    if (blob.hasMatch()) {
        const QString sha256 = blob.captured(1);
        if (!BlobStore::isValidId(sha256))
            return std::unexpected(ApiError::badValue(
                QStringLiteral("A blob id is the lower-case hex SHA-256 of its bytes (64 characters).")));
        const bool statusPath = !blob.captured(2).isEmpty();
        if (statusPath && request.method == "GET")
            return m_services.blobApi.status(request, *principal, sha256);
        if (!statusPath && request.method == "PUT")
            return m_services.blobApi.upload(request, *principal, sha256);
        if (!statusPath && request.method == "GET")
            return m_services.blobApi.download(request, *principal, sha256);
    }
    return std::unexpected(noEndpoint(request));
}

} // namespace GovDesk::Server
