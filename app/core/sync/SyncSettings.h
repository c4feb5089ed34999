// SyncSettings: where and how a profile syncs, read from its encrypted settings.
#pragma once

#include "Result.h"
#include "sync/HttpTransport.h"

#include <QCoreApplication>
#include <QUrl>

namespace GovDesk::Core {

class Session;

struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
public:
    // Keys in the profile settings' "core" scope (the settings dialog writes the first two).
    static constexpr const char *ServerUrlKey = "serverUrl";
    static constexpr const char *ProxyUrlKey = "proxyUrl";
    static constexpr const char *CaBundlePathKey = "caBundlePath";
    static constexpr const char *PinnedPublicKeyKey = "pinnedPublicKey";

    QUrl serverUrl;
    TlsOptions tls;

    // ReadOnly for a demo profile (demo profiles never sync), InvalidArgument when the profile
    // is locked, has no server, or its address is not https://. The one check every front end
    // (shell, CLI) goes through before a sync.
    [[nodiscard]] static Result<SyncSettings> fromSession(const Session &session);
};

} // namespace GovDesk::Core
