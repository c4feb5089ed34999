#include "HttpsTransport.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <dlfcn.h>

namespace GovDesk::Core {

namespace {

// Exported by CurlTransport.cpp.
using MakeTransport = HttpTransport *(*)(const TlsOptions *);
constexpr const char *MakeTransportSymbol = "govdesk_make_curl_transport";

struct LoadedLibrary
{
    MakeTransport make = nullptr;
    QString error; // untranslated, for the log and the error's detail
};

// Beside libgovdesk-core, in the build tree as in /usr/lib/govdesk: never a search path, so no
// other copy can be slipped in.
QString libraryPath()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void *>(&makeHttpsTransport), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath()
           + QStringLiteral("/libgovdesk-curl.so.0");
}

LoadedLibrary load()
{
    const QString path = libraryPath();
    if (path.isEmpty())
        return {.error = QStringLiteral("the folder of libgovdesk-core is unknown")};
    QLibrary library(path); // stays loaded: QLibrary never unloads on destruction
    if (!library.load())
        return {.error = library.errorString()};
    auto make = reinterpret_cast<MakeTransport>(library.resolve(MakeTransportSymbol));
    if (!make)
        return {.error = library.errorString()};
    qCInfo(lcSync) << "HTTPS transport loaded from" << path;
    return {.make = make};
}

class UnavailableTransport final : public HttpTransport
{
public:
    explicit UnavailableTransport(QString detail)
        : m_detail(std::move(detail))
    {
    }

    HttpResponse perform(const HttpRequest &) override
    {
        HttpResponse response;
        response.error = {.kind = TransportError::Kind::Invalid,
                          .message = QCoreApplication::translate(
                              "HttpsTransport", "The network component of GovDesk could not be loaded. "
                                                "Reinstall GovDesk or ask your IT support."),
                          .detail = m_detail};
        return response;
    }
    void cancel() override {}

private:
    QString m_detail;
};

} // namespace

std::unique_ptr<HttpTransport> makeHttpsTransport(const TlsOptions &options)
{
    static const LoadedLibrary library = load(); // thread-safe, once per process
    if (!library.make) {
        qCWarning(lcSync) << "HTTPS transport not available:" << library.error;
        return std::make_unique<UnavailableTransport>(QStringLiteral("libgovdesk-curl: ") + library.error);
    }
    return std::unique_ptr<HttpTransport>(library.make(&options));
}

} // namespace GovDesk::Core
