// SyncService: runs syncs of the unlocked profile on a worker thread and reports their state to the UI.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace GovDesk::Core {

class HttpTransport;
class Session;

// Lives on the UI thread and never blocks it: each job (a sync, a sign-in, a sign-out) runs on
// a QThread of its own with its own database connection (Session::openWorkerConnection) and
// its own transport, built from the profile's settings at that moment. One job at a time; a
// sync asked for while one runs happens once more afterwards.
//
// Changes the worker pulls, and conflicts it finds, are announced on the UI thread: the
// session's RecordStore listeners (modules) are called, then recordsChanged()/conflictsChanged().
// Demo profiles, profiles without a server and a locked session are Disabled: syncNow() does
// nothing. Locking the profile cancels a running job and waits for it (its connection closes).
class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY lastSuccessfulSyncChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(GovDesk::Core::SyncProgress progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int autoSyncInterval READ autoSyncInterval WRITE setAutoSyncInterval NOTIFY autoSyncIntervalChanged)
public:
    enum class State {
        Idle,     // ready; the last sync (if any) completed
        Syncing,  // a job runs
        Offline,  // the last sync could not reach the server; it will be tried again
        Error,    // the last sync stopped on an error that needs a person (lastError)
        Disabled, // demo profile, no server, or locked: never syncs
    };
    Q_ENUM(State)

    using TransportFactory = std::function<std::unique_ptr<HttpTransport>(const SyncSettings &)>;

    explicit SyncService(Session &session, QObject *parent = nullptr);
    ~SyncService() override;

    // Tests replace the network (a fake transport) and the engine's clock/sleeper.
    void setTransportFactory(TransportFactory factory);
    void setEngineSeams(SyncEngine::Seams seams, SyncEngineOptions options = {});

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] QDateTime lastSuccessfulSync() const { return m_lastSuccessfulSync; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] SyncProgress progress() const { return m_progress; }
    [[nodiscard]] int autoSyncInterval() const { return m_autoSyncMinutes; }
    // The signed-in (or last signed-in) user of this profile; invalid before the first sign-in.
    [[nodiscard]] SyncAccount account() const { return m_account; }
    [[nodiscard]] bool isBusy() const { return m_job != nullptr; }

public Q_SLOTS:
    void syncNow();
    // Aborts the running job at once (the transfer in flight too); queued ones are dropped.
    void cancel();
    // 0 = only on request. Also syncs once right after each unlock when non-zero.
    void setAutoSyncInterval(int minutes);
    // Re-reads availability and the stored state: after the settings changed (server address).
    void refresh();

public:
    // Runs the sign-in on the worker; `done` runs on this thread (not at all if the service is
    // gone). A running sync is cancelled first, and a sync follows a successful sign-in.
    // The password is copied into a wiped buffer at once and wiped as soon as the server has
    // answered; the attempt and its outcome (never the password) go to the profile's audit log.
    void signIn(const QString &user, const QString &password, std::function<void(SyncResult<SyncAccount>)> done);
    void signIn(const QString &user, SecureBytes password, std::function<void(SyncResult<SyncAccount>)> done);
    // Audited like signIn().
    void signOut(std::function<void(SyncResult<>)> done);

Q_SIGNALS:
    void stateChanged(GovDesk::Core::SyncService::State state);
    void pendingCountChanged(int count);
    void lastSuccessfulSyncChanged(const QDateTime &at);
    void lastErrorChanged(const QString &message);
    void progressChanged(const GovDesk::Core::SyncProgress &progress);
    void syncFinished(const GovDesk::Core::SyncSummary &summary);
    void autoSyncIntervalChanged(int minutes);
    void accountChanged();
    // After a worker sync changed records (session listeners already called), on this thread.
    void recordsChanged(const QStringList &collections);
    void conflictsChanged();
    // The server wants the password again (first sync, or the refresh token has expired).
    void signInRequired();

private:
    struct Job;
    using Work = std::function<std::function<void()>(Job &job, SyncEngine &engine)>;

    void enqueue(Work work, std::function<void(const Error &)> abandoned);
    void startNext();
    void finishJob(Job *job);
    void stopJobs();
    void onUnlocked();
    void onLocked();
    void finishSync(const Result<SyncSummary> &result);
    void deliverChanges(const QList<RecordChange> &changes);
    void deliverConflicts(const QList<SyncConflict> &conflicts);
    void refreshPendingCount();
    void setState(State state);
    void setLastError(const QString &message);
    [[nodiscard]] bool canSync() const;

    Session &m_session;
    QPointer<Session> m_sessionAlive; // the shell may destroy the session first
    TransportFactory m_transportFactory;
    SyncEngine::Seams m_seams;
    SyncEngineOptions m_options;
    State m_state = State::Disabled;
    int m_pendingCount = 0;
    QDateTime m_lastSuccessfulSync;
    QString m_lastError;
    SyncProgress m_progress;
    SyncAccount m_account;
    int m_autoSyncMinutes = 0;
    QTimer m_autoSync;
    std::shared_ptr<Job> m_job;
    QList<std::shared_ptr<Job>> m_queue;
    bool m_syncAgain = false;
    bool m_pendingCountQueued = false;
    int m_listenerId = 0;
};

} // namespace GovDesk::Core

Q_DECLARE_METATYPE(GovDesk::Core::SyncService::State)
