// HttpsConnection: one client connection — TLS handshake, then HTTP/1.1 requests one after the
// other, each read within the edge's limits and deadlines, run on a worker lane, and answered.
// Lives as long as an operation of it is pending (shared_from_this); all of it runs on its strand.
#pragma once

#include "ConnectionLimiter.h"
#include "HttpEdgeLimits.h"
#include "HttpHead.h"
#include "RequestHandler.h"

#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <functional>
#include <memory>
#include <optional>

namespace GovDesk::Server {

class WorkerLanes;

// What every connection of a listener shares.
struct HttpEdge
{
    const HttpEdgeLimits &limits;
    RequestHandler &handler;
    WorkerLanes &lanes;
    std::atomic<int> &answersPending; // requests taken and not yet answered (for a graceful stop)
};

class HttpsConnection : public std::enable_shared_from_this<HttpsConnection>
{
public:
    HttpsConnection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context &tls, HttpEdge edge,
                    ConnectionLimiter::Slot slot);
    ~HttpsConnection();

    void start();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

    void onHandshake(boost::beast::error_code error);
    void awaitRequest();
    void readHeader();
    void onHeader(boost::beast::error_code error);
    void readBody();
    void onBody(boost::beast::error_code error);
    void dispatch();
    void deliver(HttpAnswer answer);
    void sendBodyChunk();
    // The request taken in dispatch() is answered: counts it off, then the next one or close.
    void answered();
    // Counts it off only (the answer ends the connection); does nothing when none is pending.
    void settle();

    // Writes `bytes` (kept alive in m_outgoing), then runs `next`; a failed write closes.
    void write(QByteArray bytes, std::function<void()> next);
    // Answers an edge error with the protocol's error body and closes, after reading and dropping
    // `bodyToDiscard` bytes of a body the client is still sending.
    void refuse(const ApiError &error, const QString &why, qint64 bodyToDiscard = 0);
    void discard(qint64 remaining);
    void lingerAndClose();
    void drainBelowTls();
    void closeGracefully();
    void closeNow();

    [[nodiscard]] ApiRequest toApiRequest() const;
    [[nodiscard]] HttpHead::Connection connectionHeader() const;
    void setDeadline(qint64 milliseconds);
    // The read timeout plus `bodyBytes` at the minimum body rate.
    void setBodyDeadline(qint64 bodyBytes);
    void logClosed(const QString &why) const;

    boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
    HttpEdge m_edge;
    ConnectionLimiter::Slot m_slot;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    boost::asio::steady_timer m_delay;
    bool m_keepAlive = true;
    bool m_answerPending = false; // counted in m_edge.answersPending
    qint64 m_bodyLimit = 0;       // of the request being read
    QByteArray m_outgoing;
    std::shared_ptr<ResponseBody> m_body; // the streamed answer being sent
    qint64 m_bodyRemaining = 0;
};

} // namespace GovDesk::Server
