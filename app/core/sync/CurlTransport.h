// CurlTransport: HttpTransport over libcurl's multi interface, with TLS verification always on.
// Built into libgovdesk-curl, which the app loads when its first sync starts (HttpsTransport.h).
#pragma once

#include "sync/HttpTransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace GovDesk::Core {

// One transport per sync run, used from one worker thread; only cancel() may come from another.
// The multi interface (instead of curl_easy_perform) is what makes cancel() immediate:
// curl_multi_poll() sleeps until there is network work or curl_multi_wakeup() is called.
//
// Certificate and host name verification cannot be turned off: there is no option for it, on
// purpose. A private CA is trusted by giving its bundle, never by skipping the check.
class CurlTransport final : public HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(CurlTransport)
public:
    using TlsOptions = Core::TlsOptions;

    explicit CurlTransport(TlsOptions options = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    [[nodiscard]] HttpResponse perform(const HttpRequest &request) override;
    void cancel() override;

    // curl's result for one transfer → the error the user sees. `verifyResult` is
    // CURLINFO_SSL_VERIFYRESULT (an OpenSSL X509_V_ERR_* code), `curlMessage` curl's error
    // buffer. Public so that tests can check every cause without a misbehaving server.
    [[nodiscard]] static TransportError errorFor(int curlCode, long verifyResult,
                                                 const QByteArray &curlMessage, const QString &host);

    // A connection option curl refused (curl_easy_setopt's result): the request is not made.
    [[nodiscard]] static TransportError optionRefused(const char *option, int curlCode);

    // The TLS versions and HTTP versions curl is told to use: the invariants tests check.
    static constexpr long MinimumTlsVersion = 6; // CURL_SSLVERSION_TLSv1_2
    static constexpr long HttpVersion = 4;       // CURL_HTTP_VERSION_2TLS: HTTP/2 when offered

private:
    TlsOptions m_options;
    void *m_multi = nullptr; // CURLM*, kept across requests: it holds the connection cache
    std::atomic_bool m_cancelled{false};
};

} // namespace GovDesk::Core
