// SyncedProfile: a real GovDesk profile (encrypted, unlocked by passphrase) that syncs with the
// real engine and curl transport, configured only through the profile's settings — as the shell does.
#pragma once

#include "Result.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"

#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace GovDesk::Test {

// Where and how a profile reaches the server: written into the profile's "core" settings.
struct ServerSettings
{
    QUrl serverUrl;
    QString caBundlePath;
    QString pinnedPublicKey; // empty = no pin
};

// "completed", or why the run stopped: for failure messages.
[[nodiscard]] QString describe(const Core::SyncSummary &summary);

// Engine options for tests: real back-off and real waiting, but from 50 ms instead of 1 s.
[[nodiscard]] Core::SyncEngineOptions quickEngineOptions();

class SyncedProfile
{
public:
    // Creates a profile under `root` (cheap KDF: the tests measure sync, not Argon2), unlocks it
    // and stores `server` in its settings.
    [[nodiscard]] static Core::Result<std::unique_ptr<SyncedProfile>> create(const QString &root, const QString &displayName,
                                                                             const QString &passphrase,
                                                                             const ServerSettings &server);
    // create(), then signs `user` in: how nearly every test meets the server. A failed sign-in is
    // an error naming the user and the server's answer.
    [[nodiscard]] static Core::Result<std::unique_ptr<SyncedProfile>>
    createSignedIn(const QString &root, const QString &displayName, const QString &passphrase,
                   const ServerSettings &server, const QString &user, const QString &password);
    // Unlocks an existing profile (the worker process, a reopen after a kill).
    [[nodiscard]] static Core::Result<std::unique_ptr<SyncedProfile>> open(const QString &root, const QString &profileId,
                                                                           const QString &passphrase);
    ~SyncedProfile();
    SyncedProfile(const SyncedProfile &) = delete;
    SyncedProfile &operator=(const SyncedProfile &) = delete;

    [[nodiscard]] QString id() const { return m_session->profile().id; }
    [[nodiscard]] Core::Session &session() { return *m_session; }
    // The UI thread's record store: what modules write through.
    [[nodiscard]] Core::RecordStore &records() { return m_session->records(); }
    // Its worker connection, where the engine runs (as SyncService does).
    [[nodiscard]] Core::Database &workerDatabase() { return *m_worker; }

    [[nodiscard]] Core::Result<> setServerSettings(const ServerSettings &server);

    // Signs in with a transport built from the profile's settings (SyncSettings::fromSession).
    [[nodiscard]] Core::Result<Core::SyncResult<Core::SyncAccount>> signIn(const QString &user, const QString &password);

    // One sync run on the worker connection with a new transport from the profile's settings
    // (settings are read anew each time, as SyncService does). May run on another thread while
    // the caller's thread leaves this profile alone.
    [[nodiscard]] Core::Result<Core::SyncSummary> sync(const Core::SyncEngineOptions &options = quickEngineOptions(),
                                                       const Core::SyncEngine::ProgressCallback &progress = {},
                                                       const std::atomic_bool *cancel = nullptr);

    // Local counts on the worker connection.
    [[nodiscard]] Core::Result<qint64> pendingCount();
    [[nodiscard]] Core::Result<qint64> recordCount(bool includeDeleted = true);

    // Locks the profile (its worker connection closes first).
    void lock();

private:
    SyncedProfile(std::unique_ptr<Core::ProfileRepository> profiles, std::unique_ptr<Core::Session> session,
                  std::unique_ptr<Core::Database> worker);

    std::unique_ptr<Core::ProfileRepository> m_profiles;
    std::unique_ptr<Core::Session> m_session;
    std::unique_ptr<Core::Database> m_worker;
};

} // namespace GovDesk::Test
