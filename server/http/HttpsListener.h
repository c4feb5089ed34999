// HttpsListener: accepts connections on one address, admits them within the connection limits and
// runs them on its I/O threads; requests go to the RequestHandler on worker lanes. Accepting never
// pauses: a connection over a limit is accepted and closed at once, a handshake that does not
// finish is dropped after its timeout, and running out of file descriptors retries shortly.
#pragma once

#include "HttpEdgeLimits.h"
#include "RequestHandler.h"
#include "Result.h"

#include <QHostAddress>
#include <memory>

namespace boost::asio::ssl {
class context;
}

namespace GovDesk::Server {

class HttpsListener
{
public:
    HttpsListener(RequestHandler &handler, HttpEdgeLimits limits,
                  std::unique_ptr<boost::asio::ssl::context> tls);
    ~HttpsListener(); // stop()
    HttpsListener(const HttpsListener &) = delete;
    HttpsListener &operator=(const HttpsListener &) = delete;

    // The connection limits fitted under the open-file limit (whose soft value it raises to the
    // hard one), and one address's share to at most a quarter of them.
    [[nodiscard]] static HttpEdgeLimits fitToSystem(HttpEdgeLimits limits);

    // Port 0 picks a free port; the chosen one is returned. `limits` should be fitToSystem()'s.
    [[nodiscard]] Core::Result<quint16> start(const QHostAddress &address, quint16 port);
    // Stops accepting, lets requests under way finish and their answers go out (a few seconds at
    // most), then closes every connection.
    void stop();

    [[nodiscard]] const HttpEdgeLimits &limits() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace GovDesk::Server
