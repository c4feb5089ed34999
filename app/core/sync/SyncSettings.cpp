#include "SyncSettings.h"

#include "session/Session.h"
#include "settings/ProfileSettings.h"

namespace GovDesk::Core {

Result<SyncSettings> SyncSettings::fromSession(const Session &session)
{
    if (!session.isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    if (session.profile().isDemo())
        return fail(ErrorCode::ReadOnly, tr("Demo profiles never sync."));
    const QString address = session.serverUrl().trimmed();
    if (address.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No sync server is set for this profile."));
    SyncSettings settings;
    settings.serverUrl = QUrl(address, QUrl::StrictMode);
    if (!settings.serverUrl.isValid() || settings.serverUrl.scheme() != QLatin1StringView("https")
        || settings.serverUrl.host().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("The sync server address \"%1\" is not a valid https:// address.").arg(address));

    const QString scope = QStringLiteral("core");
    const auto text = [&](const char *key) -> Result<QString> {
        auto value = session.settings().value(scope, QString::fromLatin1(key), QString());
        if (!value)
            return std::unexpected(value.error());
        return value->toString().trimmed();
    };
    auto proxy = text(ProxyUrlKey);
    auto caBundle = text(CaBundlePathKey);
    auto pin = text(PinnedPublicKeyKey);
    if (!proxy || !caBundle || !pin)
        return std::unexpected(!proxy ? proxy.error() : !caBundle ? caBundle.error() : pin.error());
    settings.tls.proxy = *proxy;
    settings.tls.caBundlePath = *caBundle;
    settings.tls.pinnedPublicKey = pin->toUtf8();
    return settings;
}

} // namespace GovDesk::Core
