#include "SyncServer.h"

#include "LogSafe.h"
#include "ResponseWriter.h"
#include "ServerLogging.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QSslCipher>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace GovDesk::Server {

using ResponseWriter::Connection;

namespace {
constexpr int HandshakeTimeoutMs = 10000;
constexpr qint64 MaxHeaderPeekBytes = 16 * 1024;

// Mozilla's "intermediate" profile for TLS 1.2, ECDHE only: forward secrecy and AEAD, nothing with
// RSA key exchange, CBC or SHA-1. TLS 1.3 has only such suites; OpenSSL's defaults for it stay.
constexpr const char *Tls12Ciphers[] = {
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
};
} // namespace

SyncServer::SyncServer(ApiRouter &router, FaultInjector *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_faults(faults)
{
}

Core::Result<QSslConfiguration> SyncServer::loadTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("No PEM certificate in %1.").arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("Cannot read the key file %1: %2.")
                                                   .arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("No unencrypted RSA or EC private key in %1.").arg(keyFile));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    for (const char *name : Tls12Ciphers) {
        const QSslCipher cipher(QString::fromLatin1(name));
        if (!cipher.isNull())
            ciphers << cipher;
    }
    if (ciphers.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("The TLS library offers none of the cipher suites the server allows."));
    tls.setCiphers(ciphers);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return tls;
}

Core::Result<quint16> SyncServer::start(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    // Our own QSslServer instead of sslSetup() + listen(): it sees each socket before Qt HttpServer
    // does (for Expect: 100-continue) and bounds the handshake, which 6.4's listen() leaves open.
    auto *listener = new QSslServer(this);
    listener->setSslConfiguration(tls);
    listener->setHandshakeTimeout(HandshakeTimeoutMs);
    connect(listener, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        connect(socket, &QIODevice::readyRead, socket, [socket] { answerExpectContinue(socket); });
    });
    if (!listener->listen(address, port)) {
        const QString reason = listener->errorString();
        delete listener;
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("Cannot listen on %1 port %2: %3.")
                                                   .arg(address.toString()).arg(port).arg(reason));
    }
    bind(listener);
    return listener->serverPort();
}

void SyncServer::answerExpectContinue(QTcpSocket *socket)
{
    // Qt HttpServer 6.4 never answers "Expect: 100-continue", and libcurl then waits a second
    // before sending any body over 1 MiB. This slot runs before Qt's reader (it was connected
    // first), so at the start of a request the buffer holds its header block; when that is all
    // there is and it asks to continue, the interim answer goes out. Anything else (a body already
    // here, headers split over reads) is left alone: the client then sends after its own timeout.
    const QByteArray head = socket->peek(qMin<qint64>(socket->bytesAvailable(), MaxHeaderPeekBytes));
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 != head.size())
        return;
    if (head.left(end).toLower().contains("\r\nexpect: 100-continue"))
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

ApiRequest SyncServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    api.method = method ? QByteArray(method).toUpper() : QByteArray("UNKNOWN");
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &[name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.peer = request.remoteAddress().toString();
    return api;
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiRequest api = toApiRequest(request);
    const Connection connection = api.header("connection").toLower() == "close" ? Connection::Close
                                                                               : Connection::KeepAlive;
    const std::optional<Fault> fault = m_faults ? m_faults->take(api.path) : std::nullopt;
    if (!fault) {
        ResponseWriter::send(socket, m_router.handle(api), connection);
        return true;
    }

    qCInfo(lcSyncd).noquote() << "injecting fault into" << Core::logSafe(api.method) << Core::logSafe(api.path);
    switch (fault->mode) {
    case FaultMode::None:
        ResponseWriter::send(socket, m_router.handle(api), connection);
        break;
    case FaultMode::Status500:
        ResponseWriter::send(socket, ApiResponse::error({500, QStringLiteral("internal"),
                                                         QStringLiteral("Injected failure (test fault)."), {}, 0}),
                             connection);
        break;
    case FaultMode::Status503:
        ResponseWriter::send(socket, ApiResponse::error(ApiError::unavailable(fault->retryAfter)), connection);
        break;
    // The last three process the request first: a push may be applied while its answer is lost.
    case FaultMode::Drop:
        (void)m_router.handle(api);
        socket->abort();
        break;
    case FaultMode::Truncate:
        ResponseWriter::sendTruncated(socket, m_router.handle(api));
        break;
    case FaultMode::Stall: {
        const ApiResponse response = m_router.handle(api);
        // The socket is the timer's context: if the client gives up first, nothing is sent.
        QTimer::singleShot(static_cast<int>(fault->stallSeconds * 1000), socket,
                           [socket, response, connection] { ResponseWriter::send(socket, response, connection); });
        break;
    }
    }
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest answers everything); kept as a safe answer.
    ResponseWriter::send(socket, ApiResponse::error(ApiError::notFound(request.url().path())), Connection::Close);
}

} // namespace GovDesk::Server
