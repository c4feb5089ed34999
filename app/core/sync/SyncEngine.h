// SyncEngine: one synchronisation (push the outbox, then pull), run synchronously on the caller's thread.
#pragma once

#include "Result.h"
#include "sync/Backoff.h"
#include "sync/OutboxRepository.h"
#include "sync/PullApplier.h"
#include "sync/NumberRequests.h"
#include "sync/OrganisationDirectory.h"
#include "sync/RecordStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncError.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class AuditLog;
class BlobTransfer;
class Database;
class HttpTransport;
class SecureBytes;

// Audit events of signing in to and out of the sync server. Stable identifiers stored in the
// log (like AuditEvent's): never translate or rename them.
namespace SyncAuditEvent {
inline const QString SignInSucceeded = QStringLiteral("sync.signin.succeeded");
inline const QString SignInFailed = QStringLiteral("sync.signin.failed");
inline const QString SignOutSucceeded = QStringLiteral("sync.signout.succeeded");
inline const QString SignOutFailed = QStringLiteral("sync.signout.failed");
} // namespace SyncAuditEvent

struct SyncEngineOptions
{
    int maxAttempts = 8; // per request, the first one included
    // Retries stop once waiting would take the run past this (a background sync must end).
    std::chrono::milliseconds timeBudget = std::chrono::minutes(15);
    std::chrono::milliseconds backoffBase = std::chrono::seconds(1);
    std::chrono::milliseconds backoffCap = std::chrono::minutes(5);
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
    int maxPushOps = 500; // further limited by the server's maxPushOps
    int pullLimit = 500;  // further limited by the server's maxPullLimit
    // Refresh the access token this long before it expires, so that it does not expire mid-run.
    std::chrono::seconds refreshMargin = std::chrono::seconds(60);
    QString device; // "GovDesk 0.1.0 on host-17"; empty = that, from this machine
};

struct SyncProgress
{
    enum class Phase { Idle, Connecting, Pushing, Pulling, Waiting };
    Phase phase = Phase::Idle;
    int pushed = 0; // ops answered so far
    int toPush = 0; // ops pending when the push started
    int pulled = 0; // records changed by pulls so far
    std::chrono::milliseconds waiting{0}; // Waiting: the back-off before the next retry
    // Pushing: an attachment being uploaded; Pulling: one being downloaded. 0 of 0 when none.
    qint64 blobBytes = 0;
    qint64 blobBytesTotal = 0;
};

struct SyncSummary
{
    int pushed = 0;
    int duplicates = 0; // the server had them already (a lost answer, resent)
    int conflicts = 0;
    int rejected = 0;
    int pulled = 0;
    int retries = 0;
    QStringList rejections; // "collection/record: reason" of each rejected op
    int blobsUploaded = 0;
    int blobsDownloaded = 0;
    int numbersAllocated = 0;
    // Number requests the server refused this run ("collection/record: reason"); tried again next run.
    QStringList numbersRefused;
    int organisationsFetched = 0; // entries of the directory as the server sent it this run
    // Why the directory was not refreshed this run (empty = it was); the kept one stays in use.
    QString directoryUnavailable;
    // Attachments that could not be fetched this run ("name (sha256…): reason"); tried again next run.
    QStringList blobsUnavailable;
    // The seal step after the pull (SealFetch): what reached the profile, and a seal the server
    // sent but that was refused (empty when none).
    bool sealAuthorityStored = false;
    bool sealKeyStored = false;
    QString sealProblem;
    std::chrono::milliseconds pushDuration{0};
    std::chrono::milliseconds pullDuration{0};
    std::chrono::milliseconds totalDuration{0};
    QDateTime finishedAt;
    // Why the run stopped early (network, server, sign-in, cancel); nullopt = it completed.
    std::optional<SyncError> error;

    [[nodiscard]] bool completed() const { return !error.has_value(); }
};

// Owns nothing long-lived and nothing UI: give it its own database connection (the worker's,
// see Session::openWorkerConnection) and a transport; it returns when the run is over. Callers
// check Session::canSync() first (SyncSettings::fromSession does): demo profiles never sync.
//
// Failure policy, from the protocol's error table: network errors, answers cut short and
// 5xx/429 are retried with exponential back-off and full jitter (Retry-After wins when longer),
// within maxAttempts and timeBudget; a 401 token_expired refreshes the token once and retries
// once; other 4xx stop the run and are reported. Nothing unacknowledged is ever deleted.
//
// Attachments (blobs, see BlobTransfer): an op is pushed only after the blobs its payload names
// are on the server — else a recipient would pull a record whose attachment does not exist. A
// blob that can never be uploaded (too large, damaged here) holds its ops back as rejected. After
// the pull, every attachment of the profile's records that is not here yet is downloaded in the
// same run (eagerly: a received document must be readable offline, and the user should not wait
// for its attachment when opening it); one that cannot be fetched (not on the server yet) is
// reported in the summary and tried again next run.
//
// Seals: every run ends by storing the seal CA certificate and, when the account holds the
// signer role, the organisation's seal key (SealFetch), so a received document verifies and a
// signer can 用印 offline afterwards.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    using Clock = std::function<QDateTime()>;
    // Waits `duration` unless `cancel` becomes true; returns false when cancelled.
    using Sleeper = std::function<bool(std::chrono::milliseconds duration, const std::atomic_bool &cancel)>;
    using ProgressCallback = std::function<void(const SyncProgress &)>;

    // Seams for tests: a fake clock, a sleeper that only advances it, a scripted random source.
    struct Seams
    {
        Clock clock;
        Sleeper sleep;
        Backoff::Random random;
    };

    SyncEngine(Database &db, HttpTransport &transport, QUrl serverUrl, Seams seams = {},
               SyncEngineOptions options = {});

    // One sync: push the whole outbox, then pull until the server has no more. Returns the
    // summary, with summary.error when the run stopped early; a failing local database is the
    // Result's error. Progress is reported on the calling thread.
    [[nodiscard]] Result<SyncSummary> run(const std::atomic_bool &cancel, const ProgressCallback &progress = {});

    // Checks the server's protocol version, signs in and stores the tokens and the account
    // (organisation, roles). A profile belongs to one user: another user is refused.
    [[nodiscard]] SyncResult<SyncAccount> signIn(const QString &user, const QString &password);
    // The same with the password in a wiped buffer (the caller wipes it once this returns).
    [[nodiscard]] SyncResult<SyncAccount> signIn(const QString &user, const SecureBytes &password);
    // Tells the server (best effort) and forgets the tokens; the data stays.
    [[nodiscard]] SyncResult<> signOut();

    // Sign-ins and sign-outs, successful or not, are written to `audit` (never the password or a
    // token). A successful sign-in's entry and its tokens are stored in one transaction: no
    // unaudited sign-in. Give the log on this engine's connection (AuditLog::append reads the
    // chain head inside its own write transaction, so two connections never fork the chain).
    // Null (the default) = no audit entries (unit tests of the protocol).
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    // This connection's store: its listeners hear about pulled changes and new conflicts right
    // after each commit, on the engine's thread.
    [[nodiscard]] RecordStore &records() { return m_records; }

    // The production sleeper: waits in short slices so that a cancel is noticed quickly.
    [[nodiscard]] static Sleeper threadSleeper();
    [[nodiscard]] static QString defaultDevice();

private:
    struct Run;
    template<typename T>
    using Request = std::function<SyncResult<T>(const QString &accessToken)>;

    template<typename T>
    [[nodiscard]] SyncResult<T> call(Run &run, const Request<T> &request, bool authenticated);
    [[nodiscard]] SyncResult<QString> accessToken(Run &run);
    [[nodiscard]] SyncResult<QString> refreshTokens(Run &run);
    [[nodiscard]] SyncResult<ServerLimits> limits(Run &run);
    [[nodiscard]] SyncResult<> push(Run &run, const ServerLimits &limits);
    [[nodiscard]] SyncResult<> pull(Run &run, const ServerLimits &limits);
    // After the push, so the records they number are on the server.
    [[nodiscard]] SyncResult<> allocateNumbers(Run &run);
    [[nodiscard]] Result<> writeNumber(const NumberRequest &request, qint64 number);
    // The directory of organisations, after the pull; only a lost connection (or a cancel) stops
    // the run.
    [[nodiscard]] SyncResult<> fetchOrganisations(Run &run);
    // Uploads the blobs `ops` name; ops whose blob can never be uploaded are held back and
    // removed from `ops`.
    [[nodiscard]] SyncResult<> uploadAttachments(Run &run, const ServerLimits &limits, QList<OutboxOp> &ops);
    [[nodiscard]] SyncResult<> downloadAttachments(Run &run, const ServerLimits &limits);
    // After the pull: the seal CA and, for signers, the organisation's seal (SealFetch).
    [[nodiscard]] SyncResult<> fetchSeals(Run &run);
    [[nodiscard]] SyncError blobFailure(Run &run, const BlobTransfer &transfer, const SyncError &error);
    void audit(const QString &event, const QString &subject, const QJsonObject &detail);
    [[nodiscard]] SyncError cancelled() const;
    [[nodiscard]] static SyncError localError(const Error &error);
    void report(Run &run, SyncProgress::Phase phase, std::chrono::milliseconds waiting = {});

    Database &m_db;
    SyncClient m_client;
    Seams m_seams;
    SyncEngineOptions m_options;
    Backoff m_backoff;
    RecordStore m_records;
    SyncState m_state;
    OutboxRepository m_outbox;
    NumberRequests m_numbers;
    OrganisationDirectory m_directory;
    PullApplier m_puller;
    QString m_serverHost; // for audit entries
    AuditLog *m_audit = nullptr;
};

} // namespace GovDesk::Core

Q_DECLARE_METATYPE(GovDesk::Core::SyncProgress)
Q_DECLARE_METATYPE(GovDesk::Core::SyncSummary)
