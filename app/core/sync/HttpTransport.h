// HttpTransport: the seam between the sync protocol and the network (curl in the app, fakes in tests).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>

namespace GovDesk::Core {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Answers larger than this are cut off with TransportError::Kind::TooLarge. JSON answers are
// small: a pull page of the default 500 changes of a few KiB each is a few MiB, and the engine
// asks for smaller pages when one is too large. Blob ranges are at most blobChunkBytes (4 MiB);
// the larger limit leaves room for a proxy that ignores Range and sends a whole blob.
constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;
constexpr qint64 MaxBlobResponseBytes = 64 * 1024 * 1024;

// How the HTTPS transport verifies the server: always, against these.
struct TlsOptions
{
    // PEM bundle of the CAs to trust instead of the system store (a government private CA).
    // Empty: the system store (/etc/ssl/certs).
    QString caBundlePath;
    // curl's CURLOPT_PINNEDPUBLICKEY: "sha256//<base64>[;sha256//<base64>…]" or a PEM/DER
    // public key file. Checked in addition to the certificate chain, never instead of it.
    QByteArray pinnedPublicKey;
    // "http://host:port" or "socks5://host:port"; empty: curl's default (the https_proxy
    // environment variable, else direct).
    QString proxy;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    // How long the request may make no progress (connecting, or no bytes moving) before it fails
    // with Timeout. Not a limit on the total time: a slow but moving transfer is fine.
    std::chrono::milliseconds timeout{30000};
    // A larger answer body aborts the transfer (never kept in part): a broken or hostile server
    // must not make the client fill its memory.
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
};

// A failure before a complete HTTP answer arrived. An HTTP error status is not one: it comes
// back as a response with that status.
struct TransportError
{
    enum class Kind {
        None,
        Network,   // refused, reset, DNS, proxy, cut-short answer: worth retrying
        Timeout,   // no progress within HttpRequest::timeout: worth retrying
        Tls,       // the server's identity could not be verified: never retried automatically
        Cancelled, // cancel() was called
        Invalid,   // the request cannot be made (bad URL, not https, bad TLS option): a setup error
        TooLarge,  // the answer exceeded HttpRequest::maxResponseBytes: cut off, not retried
    };
    Kind kind = Kind::None;
    QString message; // translated and naming the cause ("certificate expired", "host name mismatch")
    QString detail;  // untranslated technical detail for logs (curl's error text)
};

struct HttpResponse
{
    int status = 0; // 0 when error.kind != None
    HttpHeaders headers;
    QByteArray body;
    TransportError error;

    [[nodiscard]] bool ok() const { return error.kind == TransportError::Kind::None; }
    // Case-insensitive (HTTP/2 sends lower-case names); the first match, or a null QByteArray.
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpTransport
{
public:
    virtual ~HttpTransport() = default;

    // Synchronous: runs on the sync worker thread (never the UI thread) until the answer is
    // complete, the request fails, or cancel() is called.
    [[nodiscard]] virtual HttpResponse perform(const HttpRequest &request) = 0;
    // Thread-safe: aborts an in-flight perform() and makes every later one fail at once with
    // Cancelled. A transport serves one sync run; the next run makes a new one.
    virtual void cancel() = 0;
};

} // namespace GovDesk::Core
