#include "HttpsConnection.h"

#include "LogSafe.h"
#include "ServerLogging.h"
#include "WorkerLanes.h"

#include <QUrl>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

namespace GovDesk::Server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using beast::error_code;

namespace {

constexpr std::size_t FirstReadBytes = 4096;
constexpr qint64 BodyChunkBytes = 256 * 1024;
// After a refusal the client may still be sending (a body that was too large, say).
constexpr qint64 LingerMs = 2000;
// A refused body of known length up to this size is read and thrown away after the answer: many
// clients (Qt's among them) read no answer before their upload is done, and closing under them
// would lose it. Larger ones are not worth the bandwidth; the connection just closes.
constexpr qint64 MaxDiscardBytes = 64 * 1024 * 1024;
constexpr std::size_t DiscardReadBytes = 64 * 1024;
constexpr qint64 ShutdownMs = 1000;

bool isQuietEnd(const error_code &error)
{
    return error == http::error::end_of_stream || error == asio::error::eof
           || error == asio::error::connection_reset || error == asio::ssl::error::stream_truncated
           || error == asio::error::operation_aborted || error == asio::error::broken_pipe;
}

QByteArray bytesOf(beast::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

HttpsConnection::HttpsConnection(asio::ip::tcp::socket socket, asio::ssl::context &tls, HttpEdge edge,
                                 ConnectionLimiter::Slot slot)
    : m_stream(std::move(socket), tls)
    , m_edge(edge)
    , m_slot(std::move(slot))
    , m_delay(m_stream.get_executor())
{
}

HttpsConnection::~HttpsConnection()
{
    settle();
}

void HttpsConnection::start()
{
    setDeadline(m_edge.limits.handshakeTimeoutMs);
    m_stream.async_handshake(asio::ssl::stream_base::server,
                             beast::bind_front_handler(&HttpsConnection::onHandshake, shared_from_this()));
}

void HttpsConnection::onHandshake(error_code error)
{
    if (error == beast::error::timeout) {
        logClosed(
            QStringLiteral("TLS handshake not finished within %1 ms").arg(m_edge.limits.handshakeTimeoutMs));
        return closeNow();
    }
    if (error) {
        qCDebug(lcSyncdHttp).noquote()
            << m_slot.address() << "TLS handshake failed:" << QString::fromStdString(error.message());
        return closeNow();
    }
    awaitRequest();
}

void HttpsConnection::awaitRequest()
{
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_edge.limits.maxHeaderBytes));
    // No limit while the header is read: the request's own is checked from its Content-Length
    // once the path is known (Beast would stop at 1 MB by default, in mid-header).
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    if (m_buffer.size() > 0) // a pipelined request is here already
        return readHeader();

    // Idle until the first byte; from then on the header block has readTimeoutMs.
    setDeadline(m_edge.limits.idleTimeoutMs);
    m_stream.async_read_some(
        m_buffer.prepare(FirstReadBytes), [self = shared_from_this()](error_code error, std::size_t bytes) {
            self->m_buffer.commit(bytes);
            if (error == beast::error::timeout) {
                qCDebug(lcSyncdHttp).noquote() << self->m_slot.address() << "idle; closed";
                return self->closeNow();
            }
            if (error)
                return self->closeNow();
            self->readHeader();
        });
}

void HttpsConnection::readHeader()
{
    setDeadline(m_edge.limits.readTimeoutMs);
    http::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](error_code error, std::size_t) { self->onHeader(error); });
}

void HttpsConnection::onHeader(error_code error)
{
    const HttpEdgeLimits &limits = m_edge.limits;
    if (error == http::error::header_limit)
        return refuse(
            {431,
             QStringLiteral("too_large"),
             QStringLiteral("The request's header block is over %1 bytes.").arg(limits.maxHeaderBytes),
             {},
             0},
            QStringLiteral("header block over %1 bytes").arg(limits.maxHeaderBytes));
    // A deadline that passes closes the socket (beast::tcp_stream): no 408 can be sent.
    if (error == beast::error::timeout) {
        logClosed(QStringLiteral("header block not complete within %1 ms; closed").arg(limits.readTimeoutMs));
        return closeNow();
    }
    if (isQuietEnd(error))
        return closeNow();
    if (error)
        return refuse(
            ApiError::badValue(
                QStringLiteral("Malformed HTTP request: %1.").arg(QString::fromStdString(error.message()))),
            QStringLiteral("malformed request (%1)").arg(QString::fromStdString(error.message())));

    const auto &request = m_parser->get();
    if (static_cast<qint64>(request.target().size()) > limits.maxTargetBytes)
        return refuse({414,
                       QStringLiteral("too_large"),
                       QStringLiteral("The request target is over %1 bytes.").arg(limits.maxTargetBytes),
                       {},
                       0},
                      QStringLiteral("request target over %1 bytes").arg(limits.maxTargetBytes));
    if (std::distance(request.begin(), request.end()) > limits.maxHeaderCount)
        return refuse(
            {431,
             QStringLiteral("too_large"),
             QStringLiteral("The request has more than %1 header fields.").arg(limits.maxHeaderCount),
             {},
             0},
            QStringLiteral("more than %1 header fields").arg(limits.maxHeaderCount));
    if (request.target().empty() || request.target().front() != '/')
        return refuse(ApiError::badValue(QStringLiteral("The request target must be a path.")),
                      QStringLiteral("request target is not a path"));

    const QString path = QUrl::fromEncoded(bytesOf(request.target())).path();
    const qint64 bodyLimit = m_edge.handler.bodyLimit(bytesOf(request.method_string()), path);
    m_bodyLimit = bodyLimit;
    if (const auto length = m_parser->content_length();
        length && *length > static_cast<std::uint64_t>(bodyLimit))
        return refuse(
            ApiError::tooLarge(QStringLiteral("The request body has %1 bytes; at most %2 are allowed.")
                                   .arg(*length)
                                   .arg(bodyLimit)),
            QStringLiteral("Content-Length %1 over %2").arg(*length).arg(bodyLimit),
            static_cast<qint64>(qMin<std::uint64_t>(*length, MaxDiscardBytes + 1)));
    m_parser->body_limit(static_cast<std::uint64_t>(bodyLimit)); // chunked bodies: while they stream

    if (beast::iequals(request[http::field::expect], "100-continue") && !m_parser->is_done())
        return write("HTTP/1.1 100 Continue\r\n\r\n", [this] { readBody(); });
    readBody();
}

void HttpsConnection::readBody()
{
    if (m_parser->is_done())
        return dispatch();
    const auto length = m_parser->content_length();
    setBodyDeadline(length ? static_cast<qint64>(*length)
                           : m_bodyLimit); // chunked: as if of the largest size
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](error_code error, std::size_t) { self->onBody(error); });
}

void HttpsConnection::onBody(error_code error)
{
    if (error == http::error::body_limit)
        return refuse(ApiError::tooLarge(QStringLiteral("The request body is over its limit.")),
                      QStringLiteral("chunked body over its limit"));
    if (error == beast::error::timeout) {
        logClosed(
            QStringLiteral("body slower than %1 bytes/s; closed").arg(m_edge.limits.minBodyBytesPerSecond));
        return closeNow();
    }
    if (isQuietEnd(error))
        return closeNow();
    if (error)
        return refuse(ApiError::badValue(QStringLiteral("Malformed HTTP request body: %1.")
                                             .arg(QString::fromStdString(error.message()))),
                      QStringLiteral("malformed body (%1)").arg(QString::fromStdString(error.message())));
    dispatch();
}

ApiRequest HttpsConnection::toApiRequest() const
{
    const auto &request = m_parser->get();
    const QUrl url = QUrl::fromEncoded(bytesOf(request.target()));
    ApiRequest api;
    api.method = bytesOf(request.method_string());
    api.path = url.path();
    api.query = QUrlQuery(url);
    for (const auto &field : request)
        api.headers.insert(bytesOf(field.name_string()).toLower(), bytesOf(field.value()));
    api.body = QByteArray(request.body().data(), static_cast<qsizetype>(request.body().size()));
    api.peer = m_slot.address();
    return api;
}

void HttpsConnection::dispatch()
{
    m_keepAlive = m_parser->get().keep_alive();
    ApiRequest request = toApiRequest();
    m_parser.reset();                           // the body is in `request` now
    get_lowest_layer(m_stream).expires_never(); // a long push is not a slow client
    const Lane lane = m_edge.handler.laneFor(request.method, request.path);
    ++m_edge.answersPending;
    m_answerPending = true;
    const bool queued = m_edge.lanes.post(lane, [self = shared_from_this(), request = std::move(request)] {
        HttpAnswer answer;
        try {
            answer = self->m_edge.handler.handle(request);
        } catch (const std::exception &exception) {
            qCCritical(lcSyncdHttp) << "request failed with an exception:" << exception.what();
            answer.response = ApiResponse::error(ApiError{});
        }
        asio::post(self->m_stream.get_executor(),
                   [self, answer = std::move(answer)]() mutable { self->deliver(std::move(answer)); });
    });
    if (!queued) {
        settle();
        refuse(ApiError::unavailable(1), QStringLiteral("server stopping"));
    }
}

void HttpsConnection::deliver(HttpAnswer answer)
{
    if (answer.delayMs > 0) {
        m_delay.expires_after(std::chrono::milliseconds(std::exchange(answer.delayMs, 0)));
        m_delay.async_wait([self = shared_from_this(), answer = std::move(answer)](error_code error) mutable {
            if (error)
                return self->closeNow();
            self->deliver(std::move(answer));
        });
        return;
    }
    const ApiResponse &response = answer.response;
    switch (answer.delivery) {
    case HttpAnswer::Delivery::Drop:
        return closeNow();
    case HttpAnswer::Delivery::Truncate: {
        QByteArray half = response.body.left(response.body.size() / 2);
        if (response.streamsBody())
            half = response.stream->read(response.streamLength / 2).value_or(QByteArray());
        settle();
        m_keepAlive = false;
        return write(HttpHead::of(response, HttpHead::Connection::Close) + half,
                     [this] { closeGracefully(); });
    }
    case HttpAnswer::Delivery::Whole:
        break;
    }
    if (response.omitBody)
        return write(HttpHead::of(response, connectionHeader()), [this] { answered(); });
    if (!response.streamsBody())
        return write(HttpHead::of(response, connectionHeader()) + response.body, [this] { answered(); });

    m_body = response.stream;
    m_bodyRemaining = response.streamLength;
    write(HttpHead::of(response, connectionHeader()), [this] { sendBodyChunk(); });
}

void HttpsConnection::sendBodyChunk()
{
    if (m_bodyRemaining == 0) {
        m_body.reset();
        return answered();
    }
    auto chunk = m_body->read(qMin(BodyChunkBytes, m_bodyRemaining));
    if (!chunk || chunk->isEmpty()) {
        // The head promised more bytes: only a cut connection tells the client.
        qCWarning(lcSyncdHttp).noquote() << "cannot read" << m_body->describe()
                                         << (chunk ? QStringLiteral("short read") : chunk.error().fullText());
        m_bodyRemaining = 0;
        m_body.reset();
        return closeNow();
    }
    m_bodyRemaining -= chunk->size();
    write(std::move(*chunk), [this] { sendBodyChunk(); });
}

void HttpsConnection::settle()
{
    if (std::exchange(m_answerPending, false))
        --m_edge.answersPending;
}

void HttpsConnection::answered()
{
    settle();
    if (m_keepAlive && m_stream.next_layer().socket().is_open())
        awaitRequest();
    else
        closeGracefully();
}

void HttpsConnection::write(QByteArray bytes, std::function<void()> next)
{
    m_outgoing = std::move(bytes);
    setDeadline(m_edge.limits.writeTimeoutMs);
    asio::async_write(m_stream,
                      asio::buffer(m_outgoing.constData(), static_cast<std::size_t>(m_outgoing.size())),
                      [self = shared_from_this(), next = std::move(next)](error_code error, std::size_t) {
                          if (error) {
                              if (error == beast::error::timeout)
                                  self->logClosed(QStringLiteral("answer not taken within %1 ms")
                                                      .arg(self->m_edge.limits.writeTimeoutMs));
                              self->m_body.reset(); // an answer cut short ends here
                              return self->closeNow();
                          }
                          next();
                      });
}

void HttpsConnection::refuse(const ApiError &error, const QString &why, qint64 bodyToDiscard)
{
    logClosed(QStringLiteral("%1: answered %2").arg(why).arg(error.status));
    m_keepAlive = false;
    const ApiResponse response = ApiResponse::error(error);
    write(HttpHead::of(response, HttpHead::Connection::Close) + response.body, [this, bodyToDiscard] {
        if (bodyToDiscard <= 0 || bodyToDiscard > MaxDiscardBytes)
            return lingerAndClose();
        setBodyDeadline(bodyToDiscard);
        discard(bodyToDiscard);
    });
}

void HttpsConnection::discard(qint64 remaining)
{
    const qint64 buffered = qMin(static_cast<qint64>(m_buffer.size()), remaining);
    m_buffer.consume(static_cast<std::size_t>(buffered));
    remaining -= buffered;
    if (remaining == 0)
        return closeGracefully();
    m_stream.async_read_some(m_buffer.prepare(DiscardReadBytes),
                             [self = shared_from_this(), remaining](error_code error, std::size_t bytes) {
                                 self->m_buffer.commit(bytes);
                                 if (error)
                                     return self->closeNow();
                                 self->discard(remaining);
                             });
}

void HttpsConnection::lingerAndClose()
{
    // As nginx's lingering close: our side is done (FIN), and what the client still sends is read
    // below TLS and thrown away for a while, so that closing with unread bytes does not reset the
    // connection before the client has read the answer.
    error_code ignored;
    m_stream.next_layer().socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    setDeadline(LingerMs);
    drainBelowTls();
}

void HttpsConnection::drainBelowTls()
{
    m_stream.next_layer().async_read_some(
        m_buffer.prepare(DiscardReadBytes), [self = shared_from_this()](error_code error, std::size_t) {
            if (error)
                return self->closeNow(); // the client is done, or time is up
            self->drainBelowTls();
        });
}

void HttpsConnection::closeGracefully()
{
    setDeadline(ShutdownMs);
    m_stream.async_shutdown([self = shared_from_this()](error_code) { self->closeNow(); });
}

void HttpsConnection::closeNow()
{
    settle(); // an answer that could not go out counts as done
    error_code ignored;
    m_stream.next_layer().socket().close(ignored);
}

HttpHead::Connection HttpsConnection::connectionHeader() const
{
    return m_keepAlive ? HttpHead::Connection::KeepAlive : HttpHead::Connection::Close;
}

void HttpsConnection::setBodyDeadline(qint64 bodyBytes)
{
    const HttpEdgeLimits &limits = m_edge.limits;
    setDeadline(limits.readTimeoutMs + bodyBytes * 1000 / qMax<qint64>(1, limits.minBodyBytesPerSecond));
}

void HttpsConnection::setDeadline(qint64 milliseconds)
{
    get_lowest_layer(m_stream).expires_after(std::chrono::milliseconds(milliseconds));
}

void HttpsConnection::logClosed(const QString &why) const
{
    qCInfo(lcSyncdHttp).noquote() << m_slot.address() << Core::logSafe(why);
}

} // namespace GovDesk::Server
