#include "SyncService.h"

#include "LogSafe.h"
#include "Logging.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "store/Database.h"
#include "sync/HttpsTransport.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"
#include "sync/SyncState.h"

#include <QThread>
#include <atomic>

namespace GovDesk::Core {

struct SyncService::Job
{
    Work work;
    std::function<void(const Error &)> abandoned; // never started: locked, demo, no server …
    bool isSync = false;
    std::unique_ptr<Database> db;
    std::unique_ptr<HttpTransport> transport;
    QUrl serverUrl;
    std::atomic_bool cancel{false};
    QThread *thread = nullptr;
    std::function<void()> finish; // set by the worker, run on the service's thread

    // Pulled changes and conflicts collected on the worker between two progress reports.
    QList<RecordChange> changes;
    QList<SyncConflict> conflicts;
};

namespace {

SyncError asSyncError(const Error &error)
{
    SyncError converted;
    converted.kind = error.code == ErrorCode::Cancelled ? SyncError::Kind::Cancelled : SyncError::Kind::Local;
    converted.code = QStringLiteral("local");
    converted.message = error.message;
    converted.detail = error.detail;
    return converted;
}

} // namespace

SyncService::SyncService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sessionAlive(&session)
    , m_transportFactory([](const SyncSettings &settings) -> std::unique_ptr<HttpTransport> {
        return makeHttpsTransport(settings.tls);
    })
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    m_autoSync.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_autoSync, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&m_session, &Session::unlocked, this, &SyncService::onUnlocked);
    connect(&m_session, &Session::locked, this, &SyncService::onLocked);
    // Local edits change the outbox; the count is read once per event loop turn, not per edit.
    m_listenerId = m_session.recordListeners().addChangeListener({}, [this](const RecordChange &change) {
        if (change.origin == RecordChange::Origin::Remote)
            return;
        if (!m_pendingCountQueued) {
            m_pendingCountQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pendingCountQueued = false;
                    refreshPendingCount();
                },
                Qt::QueuedConnection);
        }
        if (change.origin == RecordChange::Origin::Resolved)
            QMetaObject::invokeMethod(this, &SyncService::conflictsChanged, Qt::QueuedConnection);
    });
    if (m_session.isUnlocked())
        onUnlocked();
}

SyncService::~SyncService()
{
    if (m_sessionAlive) {
        m_session.recordListeners().remove(m_listenerId);
        disconnect(&m_session, nullptr, this, nullptr);
    }
    // Nothing of the jobs' results reaches callers while this object is being destroyed.
    for (const auto &queued : std::as_const(m_queue))
        queued->abandoned = nullptr;
    m_queue.clear();
    if (m_job) {
        m_job->finish = nullptr;
        m_job->cancel = true;
        m_job->transport->cancel();
        m_job->thread->wait();
        delete m_job->thread;
        m_job.reset();
    }
}

void SyncService::setTransportFactory(TransportFactory factory)
{
    m_transportFactory = std::move(factory);
}

void SyncService::setEngineSeams(SyncEngine::Seams seams, SyncEngineOptions options)
{
    m_seams = std::move(seams);
    m_options = std::move(options);
}

bool SyncService::canSync() const
{
    return m_session.isUnlocked() && m_session.canSync();
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncService::setLastError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged(message);
}

void SyncService::refresh()
{
    if (!canSync()) {
        setState(State::Disabled);
    } else if (m_state == State::Disabled) {
        setState(isBusy() ? State::Syncing : State::Idle);
    }
    if (!m_session.isUnlocked())
        return;
    SyncState stored(m_session.database());
    if (auto account = stored.account(); account && *account != m_account) {
        m_account = *account;
        Q_EMIT accountChanged();
    }
    m_session.reloadAccount();
    if (auto last = stored.lastSuccessfulSync(); last && *last != m_lastSuccessfulSync) {
        m_lastSuccessfulSync = *last;
        Q_EMIT lastSuccessfulSyncChanged(m_lastSuccessfulSync);
    }
    refreshPendingCount();
}

void SyncService::refreshPendingCount()
{
    if (!m_session.isUnlocked())
        return;
    auto count = m_session.records().pendingCount();
    if (!count) {
        qCWarning(lcSync) << "pending count:" << count.error().detail;
        return;
    }
    if (*count != m_pendingCount) {
        m_pendingCount = *count;
        Q_EMIT pendingCountChanged(m_pendingCount);
    }
}

void SyncService::setAutoSyncInterval(int minutes)
{
    minutes = std::clamp(minutes, 0, 24 * 60);
    if (minutes == m_autoSyncMinutes)
        return;
    m_autoSyncMinutes = minutes;
    if (minutes > 0 && canSync())
        m_autoSync.start(std::chrono::minutes(minutes));
    else
        m_autoSync.stop();
    Q_EMIT autoSyncIntervalChanged(minutes);
}

void SyncService::onUnlocked()
{
    refresh();
    if (m_autoSyncMinutes > 0 && canSync()) {
        m_autoSync.start(std::chrono::minutes(m_autoSyncMinutes));
        syncNow();
    }
}

void SyncService::onLocked()
{
    m_autoSync.stop();
    stopJobs(); // the worker's connection must close with the profile
    m_account = {};
    m_lastSuccessfulSync = {};
    m_pendingCount = 0;
    Q_EMIT accountChanged();
    Q_EMIT pendingCountChanged(0);
    setState(State::Disabled);
}

void SyncService::syncNow()
{
    if (!canSync()) {
        setState(State::Disabled);
        return;
    }
    const bool syncQueued
        = std::any_of(m_queue.cbegin(), m_queue.cend(), [](const auto &job) { return job->isSync; });
    if ((m_job && m_job->isSync) || syncQueued) {
        m_syncAgain = m_job && m_job->isSync && !syncQueued;
        return;
    }
    enqueue(
        [this](Job &job, SyncEngine &engine) -> std::function<void()> {
            // Worker thread from here: only the job and the engine are touched, the rest is posted.
            engine.records().addChangeListener(
                {}, [&job](const RecordChange &change) { job.changes.append(change); });
            engine.records().addConflictListener(
                {}, [&job](const SyncConflict &conflict) { job.conflicts.append(conflict); });
            const auto post = [this, &job](const SyncProgress *progress) {
                QList<RecordChange> changes = std::exchange(job.changes, {});
                QList<SyncConflict> conflicts = std::exchange(job.conflicts, {});
                std::optional<SyncProgress> reported;
                if (progress)
                    reported = *progress;
                if (changes.isEmpty() && conflicts.isEmpty() && !reported)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this, changes, conflicts, reported] {
                        deliverConflicts(conflicts);
                        deliverChanges(changes);
                        if (reported) {
                            m_progress = *reported;
                            Q_EMIT progressChanged(m_progress);
                        }
                    },
                    Qt::QueuedConnection);
            };
            auto result = engine.run(job.cancel, [&post](const SyncProgress &progress) { post(&progress); });
            post(nullptr);
            return [this, result] {
                finishSync(result);
            };
        },
        [this](const Error &error) {
            if (error.code != ErrorCode::Cancelled)
                finishSync(std::unexpected(error));
        });
    m_queue.last()->isSync = true;
    startNext();
}

void SyncService::cancel()
{
    for (const auto &queued : std::as_const(m_queue)) {
        if (queued->abandoned)
            queued->abandoned(Error{ErrorCode::Cancelled, tr("Synchronisation was cancelled."), {}});
    }
    m_queue.clear();
    m_syncAgain = false;
    if (m_job) {
        m_job->cancel = true;
        m_job->transport->cancel();
    }
}

void SyncService::signIn(const QString &user, const QString &password,
                         std::function<void(SyncResult<SyncAccount>)> done)
{
    signIn(user, SecureBytes::fromUtf8(password), std::move(done));
}

void SyncService::signIn(const QString &user, SecureBytes password,
                         std::function<void(SyncResult<SyncAccount>)> done)
{
    // The person is waiting: a background sync (maybe in a long back-off) yields.
    if (m_job && m_job->isSync) {
        m_job->cancel = true;
        m_job->transport->cancel();
    }
    auto callback = std::make_shared<std::function<void(SyncResult<SyncAccount>)>>(std::move(done));
    // Shared because std::function copies its lambda; whichever copy goes last wipes it, and the
    // worker wipes it as soon as the request that carried it has been answered.
    auto secret = std::make_shared<SecureBytes>(std::move(password));
    enqueue(
        [this, user, secret, callback](Job &, SyncEngine &engine) -> std::function<void()> {
            auto result = engine.signIn(user, *secret);
            secret->wipe();
            return [this, result, callback] {
                if (result) {
                    m_account = *result;
                    m_session.reloadAccount(); // modules hear it through their context
                    Q_EMIT accountChanged();
                    setLastError({});
                    m_syncAgain = true; // the first sync after signing in
                }
                (*callback)(result);
            };
        },
        [callback, secret](const Error &error) {
            secret->wipe();
            (*callback)(std::unexpected(asSyncError(error)));
        });
    startNext();
}

void SyncService::signOut(std::function<void(SyncResult<>)> done)
{
    cancel();
    auto callback = std::make_shared<std::function<void(SyncResult<>)>>(std::move(done));
    enqueue(
        [callback](Job &, SyncEngine &engine) -> std::function<void()> {
            auto result = engine.signOut();
            return [result, callback] {
                (*callback)(result);
            };
        },
        [callback](const Error &error) { (*callback)(std::unexpected(asSyncError(error))); });
    startNext();
}

void SyncService::enqueue(Work work, std::function<void(const Error &)> abandoned)
{
    auto job = std::make_shared<Job>();
    job->work = std::move(work);
    job->abandoned = std::move(abandoned);
    m_queue.append(std::move(job));
}

void SyncService::startNext()
{
    while (!m_job && !m_queue.isEmpty()) {
        std::shared_ptr<Job> job = m_queue.takeFirst();
        auto settings = SyncSettings::fromSession(m_session);
        auto db = settings ? m_session.openWorkerConnection() : Result<std::unique_ptr<Database>>();
        if (!settings || !db) {
            const Error error = !settings ? settings.error() : db.error();
            qCWarning(lcSync).noquote() << "sync job not started:" << logSafe(error.fullText());
            if (job->abandoned)
                job->abandoned(error);
            continue;
        }
        job->db = std::move(*db);
        job->transport = m_transportFactory(*settings);
        job->serverUrl = settings->serverUrl;
        Job *raw = job.get();
        const SyncEngine::Seams seams = m_seams;
        const SyncEngineOptions options = m_options;
        raw->thread = QThread::create([raw, seams, options] {
            {
                // Sign-ins and sign-outs are audited on this connection: AuditLog::append reads
                // the chain head inside its own write transaction, so entries written here and
                // by the UI thread's connection still form one chain.
                AuditLog audit(*raw->db);
                SyncEngine engine(*raw->db, *raw->transport, raw->serverUrl, seams, options);
                engine.setAuditLog(&audit);
                raw->finish = raw->work(*raw, engine);
            }
            raw->db.reset(); // closed on the thread that used it
        });
        raw->thread->setObjectName(QStringLiteral("govdesk-sync"));
        connect(raw->thread, &QThread::finished, this, [this, raw] { finishJob(raw); });
        m_job = std::move(job);
        setState(State::Syncing);
        raw->thread->start();
    }
}

void SyncService::finishJob(Job *raw)
{
    if (m_job.get() != raw)
        return; // already finished by stopJobs()
    std::shared_ptr<Job> job = std::move(m_job);
    job->thread->wait(); // finished() may arrive a moment before the thread has really ended
    job->thread->deleteLater();
    if (!job->isSync && m_state == State::Syncing)
        setState(canSync() ? State::Idle : State::Disabled);
    if (job->finish)
        job->finish();
    if (m_syncAgain && !m_job && canSync()) {
        m_syncAgain = false;
        syncNow();
    }
    startNext();
}

void SyncService::stopJobs()
{
    cancel();
    if (m_job) {
        m_job->thread->wait();
        finishJob(m_job.get());
    }
    m_syncAgain = false;
}

void SyncService::deliverChanges(const QList<RecordChange> &changes)
{
    if (changes.isEmpty() || !m_session.isUnlocked())
        return;
    m_session.records().notifyChanges(changes);
    QStringList collections;
    for (const RecordChange &change : changes) {
        if (!collections.contains(change.collection))
            collections << change.collection;
    }
    Q_EMIT recordsChanged(collections);
}

void SyncService::deliverConflicts(const QList<SyncConflict> &conflicts)
{
    if (conflicts.isEmpty() || !m_session.isUnlocked())
        return;
    m_session.records().notifyConflicts(conflicts);
    Q_EMIT conflictsChanged();
}

void SyncService::finishSync(const Result<SyncSummary> &result)
{
    m_progress = {};
    Q_EMIT progressChanged(m_progress);
    if (!canSync()) {
        setState(State::Disabled);
    } else if (!result) {
        setLastError(result.error().message);
        setState(State::Error);
    } else if (result->error) {
        const SyncError &error = *result->error;
        if (error.kind == SyncError::Kind::Cancelled) {
            setState(State::Idle);
        } else if (error.isConnectivity() || (error.retryable && error.kind != SyncError::Kind::Protocol)) {
            setLastError(error.message);
            setState(State::Offline);
        } else {
            setLastError(error.message);
            setState(State::Error);
            if (error.kind == SyncError::Kind::SignInRequired)
                Q_EMIT signInRequired();
        }
    } else {
        if (result->rejected > 0) {
            setLastError(tr("The server refused %n change(s): %1", nullptr, result->rejected)
                             .arg(result->rejections.join(QStringLiteral("; "))));
            setState(State::Error);
        } else {
            setLastError({});
            setState(State::Idle);
        }
        m_lastSuccessfulSync = result->finishedAt;
        Q_EMIT lastSuccessfulSyncChanged(m_lastSuccessfulSync);
    }
    // A token refresh during the run stored the account as the server knows it now (new roles).
    m_session.reloadAccount();
    refreshPendingCount();
    // Datasets and other records whose file came after them can use it now (even when the run
    // stopped later on: what was downloaded is stored).
    if (result && result->blobsDownloaded > 0 && m_session.isUnlocked())
        m_session.notifyBlobsArrived();
    if (result)
        Q_EMIT syncFinished(*result);
}

} // namespace GovDesk::Core
