#include "SyncServer.h"

#include "LogSafe.h"
#include "ServerLogging.h"
#include "http/HttpsListener.h"

#include <boost/asio/ssl/context.hpp>

namespace GovDesk::Server {

SyncServer::SyncServer(ApiRouter &router, FaultInjector *faults)
    : m_router(router)
    , m_faults(faults)
{
}

SyncServer::~SyncServer()
{
    stop();
}

Core::Result<quint16> SyncServer::start(const QHostAddress &address, quint16 port,
                                        std::unique_ptr<boost::asio::ssl::context> tls,
                                        const HttpEdgeLimits &limits)
{
    m_listener = std::make_unique<HttpsListener>(*this, limits, std::move(tls));
    return m_listener->start(address, port);
}

void SyncServer::stop()
{
    if (m_listener)
        m_listener->stop();
}

qint64 SyncServer::bodyLimit(const QByteArray &method, const QString &path) const
{
    return m_router.bodyLimit(method, path);
}

Lane SyncServer::laneFor(const QByteArray &method, const QString &path) const
{
    if (method == "POST" && path == QStringLiteral("/v1/auth/sign-in"))
        return Lane::SignIn;
    if (method == "PUT" && path.startsWith(QStringLiteral("/v1/blobs/")))
        return Lane::Blob;
    return Lane::Api;
}

HttpAnswer SyncServer::handle(const ApiRequest &request)
{
    const std::optional<Fault> fault = m_faults ? m_faults->take(request.path) : std::nullopt;
    if (!fault)
        return {m_router.handle(request)};

    qCInfo(lcSyncd).noquote() << "injecting fault into" << Core::logSafe(request.method)
                              << Core::logSafe(request.path);
    switch (fault->mode) {
    case FaultMode::None:
        break;
    case FaultMode::Status500:
        return {ApiResponse::error(
            {500, QStringLiteral("internal"), QStringLiteral("Injected failure (test fault)."), {}, 0})};
    case FaultMode::Status503:
        return {ApiResponse::error(ApiError::unavailable(fault->retryAfter))};
    // The last three process the request first: a push may be applied while its answer is lost.
    case FaultMode::Drop:
        return {m_router.handle(request), HttpAnswer::Delivery::Drop};
    case FaultMode::Truncate:
        return {m_router.handle(request), HttpAnswer::Delivery::Truncate};
    case FaultMode::Stall:
        return {m_router.handle(request), HttpAnswer::Delivery::Whole,
                static_cast<int>(fault->stallSeconds * 1000)};
    }
    return {m_router.handle(request)};
}

} // namespace GovDesk::Server
