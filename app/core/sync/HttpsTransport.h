// HttpsTransport: the HTTPS transport the app syncs through, loaded when it is first needed.
#pragma once

#include "sync/HttpTransport.h"

#include <memory>

namespace GovDesk::Core {

// A CurlTransport from libgovdesk-curl, which is loaded (once, from the folder of
// libgovdesk-core) on the first call rather than linked: libcurl and the ~25 libraries it
// brings cost ~11 ms of CPU at every start, and most starts never sync (docs/benchmarks.md).
// Should the library be missing, the transport fails every request with a setup error that
// says so; the sync shows it like any other.
[[nodiscard]] std::unique_ptr<HttpTransport> makeHttpsTransport(const TlsOptions &options);

} // namespace GovDesk::Core
