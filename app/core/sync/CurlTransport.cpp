#include "CurlTransport.h"

#include "LogSafe.h"
#include "Logging.h"

#include <curl/curl.h>
#include <memory>
#include <mutex>
#include <openssl/x509_vfy.h>

namespace GovDesk::Core {

static_assert(CurlTransport::MinimumTlsVersion == CURL_SSLVERSION_TLSv1_2);
static_assert(CurlTransport::HttpVersion == CURL_HTTP_VERSION_2TLS);

namespace {

// curl_global_init is not thread-safe before 7.84 and must run once per process.
bool initialiseCurl()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
        if (!ok)
            qCCritical(lcSync) << "curl_global_init failed";
    });
    return ok;
}

struct Transfer
{
    HttpResponse response;
    qint64 maxBodyBytes = DefaultMaxResponseBytes;
    bool tooLarge = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

size_t onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *transfer = static_cast<Transfer *>(userData);
    const auto bytes = static_cast<qint64>(size * count);
    // CURLOPT_MAXFILESIZE stops an answer that announces its size; this one that does not.
    if (transfer->response.body.size() + bytes > transfer->maxBodyBytes) {
        transfer->tooLarge = true;
        return 0; // curl aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer->response.body.append(data, static_cast<qsizetype>(bytes));
    return size * count;
}

// Every option is checked: a setting the library refuses (a pin option it was built without, an
// unknown protocol option, a value too long) must stop the request, never let it connect with less
// protection than was asked for. The first refusal is kept; later options are not even tried.
class OptionSetter
{
public:
    explicit OptionSetter(CURL *handle)
        : m_handle(handle)
    {
    }

    template<typename Value> void set(CURLoption option, const char *name, Value value)
    {
        if (m_failed != CURLE_OK)
            return;
        if (const CURLcode result = curl_easy_setopt(m_handle, option, value); result != CURLE_OK) {
            m_failed = result;
            m_failedName = name;
        }
    }
    [[nodiscard]] bool ok() const { return m_failed == CURLE_OK; }
    [[nodiscard]] CURLcode result() const { return m_failed; }
    [[nodiscard]] const char *failedName() const { return m_failedName; }

private:
    CURL *m_handle;
    CURLcode m_failed = CURLE_OK;
    const char *m_failedName = "";
};

// The option's name is written once: it names the option when curl refuses it.
#define GD_SET_OPTION(setter, option, value) (setter).set(option, #option, value)

size_t onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *transfer = static_cast<Transfer *>(userData);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->response.headers.clear(); // a new answer (after 100 Continue, or via a proxy)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

struct EasyDeleter
{
    void operator()(CURL *easy) const { curl_easy_cleanup(easy); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

TransportError makeError(TransportError::Kind kind, QString message, QString detail = {})
{
    return {kind, std::move(message), std::move(detail)};
}

} // namespace

CurlTransport::CurlTransport(TlsOptions options)
    : m_options(std::move(options))
{
    if (initialiseCurl())
        m_multi = curl_multi_init();
}

CurlTransport::~CurlTransport()
{
    if (m_multi)
        curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

void CurlTransport::cancel()
{
    m_cancelled = true;
    if (m_multi)
        curl_multi_wakeup(static_cast<CURLM *>(m_multi)); // documented as callable from any thread
}

HttpResponse CurlTransport::perform(const HttpRequest &request)
{
    HttpResponse failed;
    if (m_cancelled) {
        failed.error = makeError(TransportError::Kind::Cancelled, tr("Synchronisation was cancelled."));
        return failed;
    }
    const QUrl &url = request.url;
    if (!url.isValid() || url.scheme() != QLatin1StringView("https") || url.host().isEmpty()) {
        failed.error = makeError(
            TransportError::Kind::Invalid,
            tr("The server address \"%1\" is not a valid https:// address.").arg(url.toDisplayString()),
            url.errorString());
        return failed;
    }
    auto *multi = static_cast<CURLM *>(m_multi);
    std::unique_ptr<CURL, EasyDeleter> easy(multi ? curl_easy_init() : nullptr);
    if (!easy) {
        failed.error
            = makeError(TransportError::Kind::Invalid, tr("The network library could not be started."),
                        QStringLiteral("curl initialisation failed"));
        return failed;
    }

    Transfer transfer;
    transfer.maxBodyBytes = std::max<qint64>(0, request.maxResponseBytes);
    CURL *handle = easy.get();
    OptionSetter options(handle);
    const QByteArray encodedUrl = url.toEncoded();
    GD_SET_OPTION(options, CURLOPT_URL, encodedUrl.constData());
    GD_SET_OPTION(options, CURLOPT_NOSIGNAL, 1L);
    GD_SET_OPTION(options, CURLOPT_PROTOCOLS_STR, "https");
    GD_SET_OPTION(options, CURLOPT_FOLLOWLOCATION, 0L);
    GD_SET_OPTION(options, CURLOPT_ERRORBUFFER, transfer.errorBuffer);
    GD_SET_OPTION(options, CURLOPT_USERAGENT, "GovDesk/" GOVDESK_VERSION);

    // TLS: verification is on, unconditionally (there is deliberately no way to turn it off).
    GD_SET_OPTION(options, CURLOPT_SSL_VERIFYPEER, 1L);
    GD_SET_OPTION(options, CURLOPT_SSL_VERIFYHOST, 2L);
    GD_SET_OPTION(options, CURLOPT_SSLVERSION, MinimumTlsVersion);
    GD_SET_OPTION(options, CURLOPT_HTTP_VERSION, HttpVersion);
    const QByteArray caBundle = m_options.caBundlePath.toLocal8Bit();
    if (!caBundle.isEmpty()) {
        // The profile's bundle replaces the system store: a private CA is trusted alone, so that a
        // certificate from any public CA cannot stand in for the office's server.
        GD_SET_OPTION(options, CURLOPT_CAINFO, caBundle.constData());
        GD_SET_OPTION(options, CURLOPT_CAPATH, static_cast<const char *>(nullptr));
    }
    if (!m_options.pinnedPublicKey.isEmpty())
        GD_SET_OPTION(options, CURLOPT_PINNEDPUBLICKEY, m_options.pinnedPublicKey.constData());
    const QByteArray proxy = m_options.proxy.toUtf8();
    if (!proxy.isEmpty())
        GD_SET_OPTION(options, CURLOPT_PROXY, proxy.constData());

    // Connect and stall timeouts, not a total one: a large page on a slow county line is fine as
    // long as bytes keep moving.
    const long timeoutMs = std::max<long>(1000, static_cast<long>(request.timeout.count()));
    GD_SET_OPTION(options, CURLOPT_CONNECTTIMEOUT_MS, timeoutMs);
    GD_SET_OPTION(options, CURLOPT_LOW_SPEED_LIMIT, 1L);
    GD_SET_OPTION(options, CURLOPT_LOW_SPEED_TIME, std::max<long>(1, timeoutMs / 1000));
    // An answer that announces a larger size is refused before its body is read.
    GD_SET_OPTION(options, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(transfer.maxBodyBytes));

    if (request.method == "GET") {
        GD_SET_OPTION(options, CURLOPT_HTTPGET, 1L);
    } else {
        if (request.method != "POST")
            GD_SET_OPTION(options, CURLOPT_CUSTOMREQUEST, request.method.constData());
        GD_SET_OPTION(options, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        GD_SET_OPTION(options, CURLOPT_POSTFIELDS, request.body.constData());
    }
    std::unique_ptr<curl_slist, ListDeleter> headers;
    const auto addHeader = [&headers](const QByteArray &line) {
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    };
    for (const auto &[name, value] : request.headers)
        addHeader(name + ": " + value);
    addHeader("Expect:"); // no 100-continue round trip before each push
    GD_SET_OPTION(options, CURLOPT_HTTPHEADER, headers.get());
    GD_SET_OPTION(options, CURLOPT_WRITEFUNCTION, &onBody);
    GD_SET_OPTION(options, CURLOPT_WRITEDATA, &transfer);
    GD_SET_OPTION(options, CURLOPT_HEADERFUNCTION, &onHeader);
    GD_SET_OPTION(options, CURLOPT_HEADERDATA, &transfer);
    if (!options.ok()) {
        failed.error = optionRefused(options.failedName(), options.result());
        qCWarning(lcSync) << request.method << url.path() << "not sent:" << failed.error.detail;
        return failed;
    }

    if (const CURLMcode added = curl_multi_add_handle(multi, handle); added != CURLM_OK) {
        failed.error = makeError(
            TransportError::Kind::Invalid, tr("The network library could not be started."),
            QStringLiteral("curl_multi_add_handle: %1").arg(QString::fromUtf8(curl_multi_strerror(added))));
        return failed;
    }
    CURLcode result = CURLE_OK;
    bool done = false;
    while (!done && !m_cancelled) {
        int running = 0;
        const CURLMcode performed = curl_multi_perform(multi, &running);
        if (performed != CURLM_OK) {
            result = CURLE_SEND_ERROR;
            qstrncpy(transfer.errorBuffer, curl_multi_strerror(performed), sizeof transfer.errorBuffer);
            break;
        }
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
            if (message->msg == CURLMSG_DONE && message->easy_handle == handle) {
                result = message->data.result;
                done = true;
            }
        }
        if (!done)
            curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    }
    curl_multi_remove_handle(multi, handle);

    if (!done && m_cancelled) {
        failed.error = makeError(TransportError::Kind::Cancelled, tr("Synchronisation was cancelled."));
        return failed;
    }
    if (transfer.tooLarge || result == CURLE_FILESIZE_EXCEEDED) {
        failed.error = makeError(TransportError::Kind::TooLarge,
                                 tr("The answer of the server %1 is larger than %2 MiB and was not accepted.")
                                     .arg(url.host())
                                     .arg(double(transfer.maxBodyBytes) / (1024 * 1024), 0, 'f', 1),
                                 QStringLiteral("%1 %2: answer over %3 bytes (curl %4)")
                                     .arg(QString::fromLatin1(request.method), url.path())
                                     .arg(transfer.maxBodyBytes)
                                     .arg(int(result)));
        qCWarning(lcSync) << failed.error.detail;
        return failed;
    }
    if (result != CURLE_OK) {
        long verifyResult = X509_V_OK;
        curl_easy_getinfo(handle, CURLINFO_SSL_VERIFYRESULT, &verifyResult);
        QByteArray message(transfer.errorBuffer);
        if (message.isEmpty())
            message = curl_easy_strerror(result);
        failed.error = errorFor(result, verifyResult, message, url.host());
        qCInfo(lcSync).noquote() << request.method << logSafe(url.path())
                                 << "failed:" << logSafe(failed.error.detail);
        return failed;
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = static_cast<int>(status);
    return std::move(transfer.response);
}

TransportError CurlTransport::optionRefused(const char *option, int curlCode)
{
    return makeError(
        TransportError::Kind::Invalid,
        tr("The connection settings of this profile could not be applied (%1), so no connection was "
           "made. Check the server's certificate pin and proxy settings.")
            .arg(QString::fromLatin1(option)),
        QStringLiteral("curl_easy_setopt(%1): curl %2: %3")
            .arg(QString::fromLatin1(option))
            .arg(curlCode)
            .arg(QString::fromUtf8(curl_easy_strerror(static_cast<CURLcode>(curlCode)))));
}

TransportError CurlTransport::errorFor(int curlCode, long verifyResult, const QByteArray &curlMessage,
                                       const QString &host)
{
    using Kind = TransportError::Kind;
    const QString detail = QStringLiteral("curl %1: %2").arg(curlCode).arg(QString::fromUtf8(curlMessage));
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_OK:
        return {};
    case CURLE_ABORTED_BY_CALLBACK:
        return makeError(Kind::Cancelled, tr("Synchronisation was cancelled."), detail);
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return makeError(Kind::Invalid, tr("The server address is not a valid https:// address."), detail);
    case CURLE_COULDNT_RESOLVE_PROXY:
        return makeError(Kind::Network,
                         tr("The proxy server's name could not be found. Check the proxy setting."), detail);
    case CURLE_COULDNT_RESOLVE_HOST:
        return makeError(Kind::Network,
                         tr("The server name %1 could not be found. Check the address and the "
                            "network connection.")
                             .arg(host),
                         detail);
    case CURLE_COULDNT_CONNECT:
        return makeError(Kind::Network,
                         tr("Could not connect to %1: the connection was refused or the server "
                            "cannot be reached.")
                             .arg(host),
                         detail);
    case CURLE_OPERATION_TIMEDOUT:
        return makeError(Kind::Timeout, tr("The server %1 did not answer in time.").arg(host), detail);
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
        return makeError(Kind::Network,
                         tr("The connection to %1 closed before the answer was complete.").arg(host), detail);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_WEIRD_SERVER_REPLY:
        return makeError(Kind::Network, tr("The connection to %1 was interrupted.").arg(host), detail);
    case CURLE_PROXY:
        return makeError(Kind::Network,
                         tr("The proxy server refused the connection. Check the proxy setting."), detail);
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return makeError(
            Kind::Tls,
            tr("Cannot verify the server %1: public key pin mismatch. Ask your administrator before "
               "connecting again.")
                .arg(host),
            detail);
    case CURLE_SSL_CACERT_BADFILE:
        return makeError(Kind::Invalid,
                         tr("The CA certificate file of this profile cannot be read. Check the "
                            "setting."),
                         detail);
    case CURLE_PEER_FAILED_VERIFICATION:
        switch (verifyResult) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return makeError(
                Kind::Tls,
                tr("Cannot verify the server %1: certificate expired. Tell your administrator.").arg(host),
                detail);
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return makeError(Kind::Tls,
                             tr("Cannot verify the server %1: certificate not valid yet. Check this "
                                "computer's date and time.")
                                 .arg(host),
                             detail);
        case X509_V_ERR_CERT_REVOKED:
            return makeError(Kind::Tls, tr("Cannot verify the server %1: certificate revoked.").arg(host),
                             detail);
        case X509_V_ERR_HOSTNAME_MISMATCH:
            return makeError(Kind::Tls,
                             tr("Cannot verify the server %1: host name mismatch (its certificate is for "
                                "another server).")
                                 .arg(host),
                             detail);
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return makeError(Kind::Tls,
                             tr("Cannot verify the server %1: unknown certificate authority. If your office "
                                "uses its own CA, set its certificate file for this profile.")
                                 .arg(host),
                             detail);
        default:
            break;
        }
        // curl checks the host name itself, after OpenSSL accepted the chain.
        if (curlMessage.contains("target host name") || curlMessage.contains("subject name"))
            return makeError(Kind::Tls,
                             tr("Cannot verify the server %1: host name mismatch (its certificate is for "
                                "another server).")
                                 .arg(host),
                             detail);
        return makeError(Kind::Tls,
                         tr("Cannot verify the server %1: its certificate is not valid.").arg(host), detail);
    case CURLE_SSL_CONNECT_ERROR:
        // A server that dies or resets mid-handshake is offline, not a TLS misconfiguration:
        // OpenSSL reports it as a syscall error or an unexpected end of file.
        for (const char *cut :
             {"SSL_ERROR_SYSCALL", "reset by peer", "Recv failure", "Send failure", "unexpected eof"}) {
            if (curlMessage.contains(cut))
                return makeError(Kind::Network, tr("The connection to %1 was interrupted.").arg(host),
                                 detail);
        }
        [[fallthrough]];
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return makeError(Kind::Tls,
                         tr("A secure connection to %1 could not be set up (TLS 1.2 or later is "
                            "required).")
                             .arg(host),
                         detail);
    case CURLE_BAD_FUNCTION_ARGUMENT:
    case CURLE_NOT_BUILT_IN:
    case CURLE_UNKNOWN_OPTION:
        return makeError(Kind::Invalid, tr("The connection settings of this profile are not valid."), detail);
    default:
        return makeError(Kind::Network, tr("The network request to %1 failed.").arg(host), detail);
    }
}

} // namespace GovDesk::Core

// What makeHttpsTransport() resolves after loading this library.
extern "C" Q_DECL_EXPORT GovDesk::Core::HttpTransport *
govdesk_make_curl_transport(const GovDesk::Core::TlsOptions *options)
{
    return new GovDesk::Core::CurlTransport(*options);
}
