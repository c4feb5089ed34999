#include "HttpsListener.h"

#include "ConnectionLimiter.h"
#include "HttpsConnection.h"
#include "ServerLogging.h"
#include "WorkerLanes.h"

#include <QElapsedTimer>
#include <QThread>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <sys/resource.h>
#include <thread>

namespace GovDesk::Server {

namespace asio = boost::asio;
using asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr int AcceptRetryMs = 100;
constexpr qint64 StopGraceMs = 3000;
// File descriptors kept free of connections: the database, its journal, blob files, logs.
constexpr int ReservedDescriptors = 64;

QString peerAddress(const tcp::socket &socket)
{
    error_code error;
    const tcp::endpoint peer = socket.remote_endpoint(error);
    if (error)
        return QStringLiteral("?");
    asio::ip::address address = peer.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6());
    return QString::fromStdString(address.to_string());
}

// Raises the soft descriptor limit to the hard one and fits the connection limit under it.
int fitConnectionsToDescriptors(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    const auto available = static_cast<qint64>(limit.rlim_cur) - ReservedDescriptors;
    if (limit.rlim_cur == RLIM_INFINITY || available >= wanted)
        return wanted;
    const int fitted = static_cast<int>(qMax<qint64>(1, available));
    qCWarning(lcSyncdHttp) << "only" << limit.rlim_cur << "file descriptors: at most" << fitted
                           << "connections instead of" << wanted;
    return fitted;
}

} // namespace

struct HttpsListener::Private
{
    Private(RequestHandler &handler, HttpEdgeLimits edgeLimits,
            std::unique_ptr<asio::ssl::context> tlsContext)
        : limits(edgeLimits)
        , tls(std::move(tlsContext))
        , lanes(edgeLimits.apiThreads)
        , edge{limits, handler, lanes, answersPending}
    {
    }

    void accept();
    void onAccept(error_code error, tcp::socket socket);

    HttpEdgeLimits limits;
    std::unique_ptr<asio::ssl::context> tls;
    std::unique_ptr<ConnectionLimiter> limiter;
    WorkerLanes lanes;
    std::atomic<int> answersPending = 0;
    HttpEdge edge;
    bool descriptorsWarned = false;
    // Last: destroyed first, and with it every connection still open (they use the parts above).
    asio::io_context io;
    tcp::acceptor acceptor{io};
    asio::steady_timer retry{io};
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::vector<std::thread> threads;
};

void HttpsListener::Private::accept()
{
    acceptor.async_accept(asio::make_strand(io), [this](error_code error, tcp::socket socket) {
        onAccept(error, std::move(socket));
    });
}

void HttpsListener::Private::onAccept(error_code error, tcp::socket socket)
{
    if (error == asio::error::operation_aborted)
        return; // stopping
    if (error) {
        // Out of descriptors (or memory): the connection waits in the backlog; try again shortly.
        // One line per shortage, not one per attempt.
        if (!descriptorsWarned)
            qCWarning(lcSyncdHttp).noquote() << "cannot accept:" << QString::fromStdString(error.message())
                                             << "(retrying every" << AcceptRetryMs << "ms)";
        descriptorsWarned = true;
        retry.expires_after(std::chrono::milliseconds(AcceptRetryMs));
        retry.async_wait([this](error_code waitError) {
            if (!waitError)
                accept();
        });
        return;
    }
    descriptorsWarned = false;
    QString address = peerAddress(socket);
    switch (limiter->admit(address)) {
    case ConnectionLimiter::Admission::Admitted: {
        // An answer's last TLS record must not wait for the client's delayed ACK (Nagle: +40 ms).
        error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        std::make_shared<HttpsConnection>(std::move(socket), *tls, edge,
                                          ConnectionLimiter::Slot(limiter.get(), std::move(address)))
            ->start();
        break;
    }
    case ConnectionLimiter::Admission::ServerFull:
        qCInfo(lcSyncdHttp).noquote()
            << address << "refused: the server has" << limits.maxConnections << "connections open";
        break; // `socket` closes as it goes out of scope
    case ConnectionLimiter::Admission::AddressFull:
        qCInfo(lcSyncdHttp).noquote()
            << address << "refused: the address has" << limits.maxConnectionsPerAddress << "connections open";
        break;
    }
    accept();
}

HttpEdgeLimits HttpsListener::fitToSystem(HttpEdgeLimits limits)
{
    limits.maxConnections = fitConnectionsToDescriptors(limits.maxConnections);
    // A fair share: no address may hold more than a quarter of what the server can take.
    if (const int share = qMax(1, limits.maxConnections / 4); limits.maxConnectionsPerAddress > share) {
        qCInfo(lcSyncdHttp) << "at most" << share << "connections per address (a quarter of"
                            << limits.maxConnections << ")";
        limits.maxConnectionsPerAddress = share;
    }
    return limits;
}

HttpsListener::HttpsListener(RequestHandler &handler, HttpEdgeLimits limits,
                             std::unique_ptr<asio::ssl::context> tls)
    : d(std::make_unique<Private>(handler, limits, std::move(tls)))
{
}

HttpsListener::~HttpsListener()
{
    stop();
}

const HttpEdgeLimits &HttpsListener::limits() const
{
    return d->limits;
}

Core::Result<quint16> HttpsListener::start(const QHostAddress &address, quint16 port)
{
    d->limiter
        = std::make_unique<ConnectionLimiter>(d->limits.maxConnections, d->limits.maxConnectionsPerAddress);

    error_code error;
    const asio::ip::address ip = asio::ip::make_address(address.toString().toStdString(), error);
    const tcp::endpoint endpoint(ip, port);
    auto fail = [&](const char *step) {
        return Core::fail(Core::ErrorCode::Io,
                          QStringLiteral("Cannot listen on %1 port %2: %3 (%4).")
                              .arg(address.toString())
                              .arg(port)
                              .arg(QString::fromStdString(error.message()), QLatin1String(step)));
    };
    if (error)
        return fail("address");
    if (d->acceptor.open(endpoint.protocol(), error); error)
        return fail("socket");
    if (d->acceptor.set_option(tcp::acceptor::reuse_address(true), error); error)
        return fail("SO_REUSEADDR");
    if (d->acceptor.bind(endpoint, error); error)
        return fail("bind");
    if (d->acceptor.listen(asio::socket_base::max_listen_connections, error); error)
        return fail("listen");
    const quint16 chosen = d->acceptor.local_endpoint().port();

    d->accept();
    d->work.emplace(asio::make_work_guard(d->io));
    for (int i = 0; i < qMax(1, d->limits.ioThreads); ++i)
        d->threads.emplace_back([this] { d->io.run(); });
    return chosen;
}

void HttpsListener::stop()
{
    if (d->threads.empty())
        return;
    asio::post(d->io, [this] {
        error_code ignored;
        d->acceptor.close(ignored);
        d->retry.cancel();
    });
    d->lanes.stop();
    QElapsedTimer waited;
    waited.start();
    while (d->answersPending > 0 && waited.elapsed() < StopGraceMs)
        QThread::msleep(10);
    d->work.reset();
    d->io.stop();
    for (std::thread &thread : d->threads)
        thread.join();
    d->threads.clear();
}

} // namespace GovDesk::Server
