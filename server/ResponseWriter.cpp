#include "ResponseWriter.h"

#include "ServerLogging.h"

#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>

namespace GovDesk::Server::ResponseWriter {

namespace {

constexpr qint64 FileChunkBytes = 256 * 1024;
constexpr qint64 SocketHighWater = 1024 * 1024; // keeps at most ~1 MiB of a file in memory

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray head(const ApiResponse &response, Connection connection)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    text += "Server: govdesk-syncd/" GOVDESK_VERSION "\r\n";
    if (response.status != 204) {
        if (!response.contentType.isEmpty())
            text += "Content-Type: " + response.contentType + "\r\n";
        text += "Content-Length: " + QByteArray::number(response.contentLength()) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    if (connection == Connection::Close)
        text += "Connection: close\r\n";
    return text + "\r\n";
}

// Feeds a file range into the socket as it drains. A child of the socket: it dies with it.
class FileSender : public QObject
{
public:
    FileSender(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length, Connection connection)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_remaining(length)
        , m_connection(connection)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset)) {
            qCWarning(lcSyncd).noquote() << "cannot read" << path << m_file.errorString();
            m_socket->abort(); // the headers are out: only a cut connection tells the client
            return;
        }
        // With TLS, bytesWritten fires once data is encrypted, not once it left: the encrypted
        // backlog counts too, or a slow client would pull the whole file into memory.
        connect(socket, &QTcpSocket::bytesWritten, this, &FileSender::pump);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &FileSender::pump);
        pump();
    }

private:
    void pump()
    {
        while (m_remaining > 0 && pending() < SocketHighWater) {
            const QByteArray chunk = m_file.read(qMin(FileChunkBytes, m_remaining));
            if (chunk.isEmpty()) {
                qCWarning(lcSyncd).noquote() << "short read from" << m_file.fileName();
                m_socket->abort();
                return;
            }
            m_socket->write(chunk);
            m_remaining -= chunk.size();
        }
        if (m_remaining == 0) {
            if (m_connection == Connection::Close)
                m_socket->disconnectFromHost();
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
        }
    }

    qint64 pending() const
    {
        const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
        return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    }

    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_remaining;
    Connection m_connection;
};

} // namespace

void send(QTcpSocket *socket, const ApiResponse &response, Connection connection)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left while the request was processed (or stalled)
    socket->write(head(response, connection));
    if (response.streamsFile()) {
        new FileSender(socket, response.filePath, response.fileOffset, response.fileLength, connection);
        return;
    }
    socket->write(response.body);
    if (connection == Connection::Close)
        socket->disconnectFromHost();
}

void sendTruncated(QTcpSocket *socket, const ApiResponse &response)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(response, Connection::Close));
    QByteArray half = response.body.left(response.body.size() / 2);
    if (response.streamsFile()) {
        QFile file(response.filePath);
        if (file.open(QIODevice::ReadOnly) && file.seek(response.fileOffset))
            half = file.read(response.fileLength / 2);
    }
    socket->write(half);
    socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace GovDesk::Server::ResponseWriter
