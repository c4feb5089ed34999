// SyncServer: the protocol behind the HTTPS edge. Answers each request through the ApiRouter on
// the worker lane its cost calls for, and applies injected faults (--test-faults) to the answers.
#pragma once

#include "ApiRouter.h"
#include "FaultInjector.h"
#include "Result.h"
#include "http/HttpEdgeLimits.h"
#include "http/RequestHandler.h"

#include <QHostAddress>
#include <memory>

namespace boost::asio::ssl {
class context;
}

namespace GovDesk::Server {

class HttpsListener;

class SyncServer final : public RequestHandler
{
public:
    SyncServer(ApiRouter &router, FaultInjector *faults);
    ~SyncServer() override;
    SyncServer(const SyncServer &) = delete;
    SyncServer &operator=(const SyncServer &) = delete;

    // Listens with `tls` (TlsContext::load); port 0 picks a free port, which is returned.
    [[nodiscard]] Core::Result<quint16> start(const QHostAddress &address, quint16 port,
                                              std::unique_ptr<boost::asio::ssl::context> tls,
                                              const HttpEdgeLimits &limits);
    // Lets requests under way finish, then closes every connection.
    void stop();

    [[nodiscard]] qint64 bodyLimit(const QByteArray &method, const QString &path) const override;
    [[nodiscard]] Lane laneFor(const QByteArray &method, const QString &path) const override;
    [[nodiscard]] HttpAnswer handle(const ApiRequest &request) override;

private:
    ApiRouter &m_router;
    FaultInjector *m_faults;
    std::unique_ptr<HttpsListener> m_listener;
};

} // namespace GovDesk::Server
