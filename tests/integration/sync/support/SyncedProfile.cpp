#include "SyncedProfile.h"

#include "crypto/KeyDerivation.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncSettings.h"

namespace GovDesk::Test {

using namespace GovDesk::Core;

QString describe(const SyncSummary &summary)
{
    const QString counts
        = QStringLiteral(" [pushed=%1 duplicates=%2 conflicts=%3 rejected=%4 pulled=%5 retries=%6]")
              .arg(summary.pushed)
              .arg(summary.duplicates)
              .arg(summary.conflicts)
              .arg(summary.rejected)
              .arg(summary.pulled)
              .arg(summary.retries);
    return (summary.error ? summary.error->fullText() : QStringLiteral("completed")) + counts;
}

SyncEngineOptions quickEngineOptions()
{
    SyncEngineOptions options;
    options.backoffBase = std::chrono::milliseconds(50);
    options.backoffCap = std::chrono::seconds(2);
    options.timeBudget = std::chrono::minutes(2);
    return options;
}

SyncedProfile::SyncedProfile(std::unique_ptr<ProfileRepository> profiles, std::unique_ptr<Session> session,
                             std::unique_ptr<Database> worker)
    : m_profiles(std::move(profiles))
    , m_session(std::move(session))
    , m_worker(std::move(worker))
{
}

SyncedProfile::~SyncedProfile()
{
    lock();
}

void SyncedProfile::lock()
{
    m_worker.reset();
    if (m_session && m_session->isUnlocked())
        m_session->lock();
}

Result<std::unique_ptr<SyncedProfile>> SyncedProfile::create(const QString &root, const QString &displayName,
                                                             const QString &passphrase,
                                                             const ServerSettings &server)
{
    ProfileRepository profiles(root);
    auto created = profiles.create({.displayName = displayName, .serverUrl = server.serverUrl.toString()},
                                   SecureBytes::fromUtf8(passphrase), KdfParameters::forTests());
    if (!created)
        return std::unexpected(created.error());
    auto profile = open(root, created->id, passphrase);
    if (!profile)
        return std::unexpected(profile.error());
    GD_TRY((*profile)->setServerSettings(server));
    return profile;
}

Result<std::unique_ptr<SyncedProfile>>
SyncedProfile::createSignedIn(const QString &root, const QString &displayName, const QString &passphrase,
                              const ServerSettings &server, const QString &user, const QString &password)
{
    auto profile = create(root, displayName, passphrase, server);
    if (!profile)
        return profile;
    auto account = (*profile)->signIn(user, password);
    if (!account)
        return std::unexpected(account.error());
    if (!*account)
        return fail(ErrorCode::Io, QStringLiteral("sign-in of %1 failed").arg(user),
                    account->error().fullText());
    return profile;
}

Result<std::unique_ptr<SyncedProfile>> SyncedProfile::open(const QString &root, const QString &profileId,
                                                           const QString &passphrase)
{
    auto profiles = std::make_unique<ProfileRepository>(root);
    auto session = std::make_unique<Session>(*profiles);
    GD_TRY(session->unlock(profileId, SecureBytes::fromUtf8(passphrase)));
    auto worker = session->openWorkerConnection();
    if (!worker)
        return std::unexpected(worker.error());
    return std::unique_ptr<SyncedProfile>(
        new SyncedProfile(std::move(profiles), std::move(session), std::move(*worker)));
}

Result<> SyncedProfile::setServerSettings(const ServerSettings &server)
{
    const QString scope = QStringLiteral("core");
    ProfileSettings &settings = m_session->settings();
    GD_TRY(settings.setValue(scope, QString::fromLatin1(SyncSettings::ServerUrlKey),
                             server.serverUrl.toString()));
    GD_TRY(settings.setValue(scope, QString::fromLatin1(SyncSettings::CaBundlePathKey), server.caBundlePath));
    if (server.pinnedPublicKey.isEmpty())
        return settings.remove(scope, QString::fromLatin1(SyncSettings::PinnedPublicKeyKey));
    return settings.setValue(scope, QString::fromLatin1(SyncSettings::PinnedPublicKeyKey),
                             server.pinnedPublicKey);
}

Result<SyncResult<SyncAccount>> SyncedProfile::signIn(const QString &user, const QString &password)
{
    auto settings = SyncSettings::fromSession(*m_session);
    if (!settings)
        return std::unexpected(settings.error());
    // As the app does: the transport from libgovdesk-curl, loaded on first use.
    const auto transport = makeHttpsTransport(settings->tls);
    SyncEngine engine(*m_worker, *transport, settings->serverUrl, {}, quickEngineOptions());
    return engine.signIn(user, password);
}

Result<SyncSummary> SyncedProfile::sync(const SyncEngineOptions &options,
                                        const SyncEngine::ProgressCallback &progress,
                                        const std::atomic_bool *cancel)
{
    auto settings = SyncSettings::fromSession(*m_session);
    if (!settings)
        return std::unexpected(settings.error());
    const auto transport = makeHttpsTransport(settings->tls);
    SyncEngine engine(*m_worker, *transport, settings->serverUrl, {}, options);
    static const std::atomic_bool never{false};
    return engine.run(cancel ? *cancel : never, progress);
}

Result<qint64> SyncedProfile::pendingCount()
{
    return m_worker->queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox"));
}

Result<qint64> SyncedProfile::recordCount(bool includeDeleted)
{
    return m_worker->queryInt(includeDeleted
                                  ? QStringLiteral("SELECT count(*) FROM sync_records")
                                  : QStringLiteral("SELECT count(*) FROM sync_records WHERE deleted = 0"));
}

} // namespace GovDesk::Test
