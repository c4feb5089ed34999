#include "SyncEngine.h"

#include "LogSafe.h"
#include "Logging.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"
#include "sync/BlobTransfer.h"
#include "sync/SealFetch.h"

#include <QSysInfo>

#include <thread>

namespace GovDesk::Core {

using std::chrono::milliseconds;

struct SyncEngine::Run
{
    const std::atomic_bool &cancel;
    const ProgressCallback &progress;
    QDateTime startedAt;
    SyncSummary summary;
    SyncProgress state;
    std::optional<Error> localFailure; // the database error behind a SyncError::Kind::Local
};

namespace {

milliseconds between(const QDateTime &from, const QDateTime &to)
{
    return milliseconds(std::max<qint64>(0, from.msecsTo(to)));
}

} // namespace

SyncEngine::SyncEngine(Database &db, HttpTransport &transport, QUrl serverUrl, Seams seams, SyncEngineOptions options)
    : m_db(db)
    , m_client(transport, serverUrl, options.requestTimeout)
    , m_seams(std::move(seams))
    , m_options(std::move(options))
    , m_backoff(m_options.backoffBase, m_options.backoffCap)
    , m_records(db, {}, m_seams.clock)
    , m_state(db)
    , m_outbox(db, m_seams.clock ? m_seams.clock : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_numbers(db)
    , m_directory(db)
    , m_puller(db)
    , m_serverHost(serverUrl.host())
{
    if (!m_seams.clock)
        m_seams.clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (!m_seams.sleep)
        m_seams.sleep = threadSleeper();
    if (!m_seams.random)
        m_seams.random = Backoff::systemRandom();
    if (m_options.device.isEmpty())
        m_options.device = defaultDevice();
}

SyncEngine::Sleeper SyncEngine::threadSleeper()
{
    return [](milliseconds duration, const std::atomic_bool &cancel) {
        const auto until = std::chrono::steady_clock::now() + duration;
        while (!cancel) {
            const auto now = std::chrono::steady_clock::now();
            if (now >= until)
                return true;
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - now, milliseconds(50)));
        }
        return false;
    };
}

QString SyncEngine::defaultDevice()
{
    return QStringLiteral("GovDesk %1 on %2").arg(QStringLiteral(GOVDESK_VERSION), QSysInfo::machineHostName());
}

SyncError SyncEngine::cancelled() const
{
    SyncError error;
    error.kind = SyncError::Kind::Cancelled;
    error.code = QStringLiteral("cancelled");
    error.message = tr("Synchronisation was cancelled.");
    return error;
}

SyncError SyncEngine::localError(const Error &error)
{
    SyncError local;
    local.kind = SyncError::Kind::Local;
    local.code = QStringLiteral("local");
    local.message = error.message;
    local.detail = error.detail;
    return local;
}

void SyncEngine::report(Run &run, SyncProgress::Phase phase, milliseconds waiting)
{
    run.state.phase = phase;
    run.state.waiting = waiting;
    if (run.progress)
        run.progress(run.state);
}

template<typename T>
SyncResult<T> SyncEngine::call(Run &run, const Request<T> &request, bool authenticated)
{
    int failures = 0;
    bool refreshed = false;
    for (;;) {
        if (run.cancel)
            return std::unexpected(cancelled());
        QString token;
        if (authenticated) {
            auto current = accessToken(run);
            if (!current)
                return std::unexpected(current.error());
            token = *current;
        }
        auto result = request(token);
        if (result)
            return result;
        SyncError error = result.error();
        if (error.kind == SyncError::Kind::TokenExpired) {
            if (authenticated && !refreshed) {
                refreshed = true; // once: a second 401 means the account itself is the problem
                auto renewed = refreshTokens(run);
                if (!renewed)
                    return std::unexpected(renewed.error());
                continue;
            }
            error.kind = SyncError::Kind::SignInRequired;
            error.message = tr("Your sign-in has expired. Please sign in again.");
            return std::unexpected(error);
        }
        if (!error.retryable)
            return std::unexpected(error);
        ++failures;
        if (failures >= m_options.maxAttempts) {
            qCWarning(lcSync).noquote() << "giving up after" << failures << "attempts:" << logSafe(error.detail);
            return std::unexpected(error);
        }
        const milliseconds delay = m_backoff.delay(failures - 1, m_seams.random, error.retryAfter);
        if (between(run.startedAt, m_seams.clock()) + delay > m_options.timeBudget) {
            qCWarning(lcSync).noquote() << "giving up: waiting" << delay.count() << "ms would exceed the time budget:"
                                        << logSafe(error.detail);
            return std::unexpected(error);
        }
        qCInfo(lcSync).noquote() << "retry" << failures << "in" << delay.count() << "ms after" << logSafe(error.detail);
        ++run.summary.retries;
        const SyncProgress::Phase phase = run.state.phase;
        report(run, SyncProgress::Phase::Waiting, delay);
        if (!m_seams.sleep(delay, run.cancel))
            return std::unexpected(cancelled());
        report(run, phase);
    }
}

SyncResult<QString> SyncEngine::accessToken(Run &run)
{
    auto session = m_state.session();
    if (!session) {
        run.localFailure = session.error();
        return std::unexpected(localError(session.error()));
    }
    if (session->refreshToken.isEmpty()) {
        SyncError error;
        error.kind = SyncError::Kind::SignInRequired;
        error.code = QStringLiteral("not_signed_in");
        error.message = tr("Sign in to synchronise this profile.");
        return std::unexpected(error);
    }
    const QDateTime refreshAt = session->expiresAt.addSecs(-m_options.refreshMargin.count());
    if (session->accessToken.isEmpty() || !session->expiresAt.isValid() || m_seams.clock() >= refreshAt)
        return refreshTokens(run);
    return session->accessToken;
}

SyncResult<QString> SyncEngine::refreshTokens(Run &run)
{
    auto stored = m_state.session();
    if (!stored) {
        run.localFailure = stored.error();
        return std::unexpected(localError(stored.error()));
    }
    const QString refreshToken = stored->refreshToken;
    auto renewed = call<AuthSession>(run, [&](const QString &) { return m_client.refresh(refreshToken); }, false);
    if (!renewed) {
        SyncError error = renewed.error();
        if (error.kind == SyncError::Kind::TokenExpired || error.kind == SyncError::Kind::SignInRequired) {
            // The refresh token is dead (expired, revoked, or rotated by a refresh whose answer
            // was lost): only the user's password helps now.
            if (auto cleared = m_state.clearTokens(); !cleared)
                qCWarning(lcSync) << "could not forget the tokens:" << cleared.error().detail;
            error.kind = SyncError::Kind::SignInRequired;
            error.message = tr("Your sign-in has expired. Please sign in again.");
        }
        return std::unexpected(error);
    }
    if (auto saved = m_state.setSession(*renewed); !saved) {
        run.localFailure = saved.error();
        return std::unexpected(localError(saved.error()));
    }
    qCInfo(lcSync) << "access token refreshed, valid until" << renewed->expiresAt;
    return renewed->accessToken;
}

SyncResult<ServerLimits> SyncEngine::limits(Run &run)
{
    auto stored = m_state.limits();
    if (!stored) {
        run.localFailure = stored.error();
        return std::unexpected(localError(stored.error()));
    }
    if (stored->has_value())
        return **stored;
    auto info = call<ServerInfo>(run, [this](const QString &) { return m_client.info(); }, false);
    if (!info)
        return std::unexpected(info.error());
    if (auto saved = m_state.setLimits(info->limits); !saved) {
        run.localFailure = saved.error();
        return std::unexpected(localError(saved.error()));
    }
    return info->limits;
}

SyncResult<> SyncEngine::push(Run &run, const ServerLimits &limits)
{
    auto pending = m_outbox.pushableCount();
    if (!pending) {
        run.localFailure = pending.error();
        return std::unexpected(localError(pending.error()));
    }
    run.state.toPush = *pending;
    report(run, SyncProgress::Phase::Pushing);
    int batchSize = std::max(1, std::min(m_options.maxPushOps, limits.maxPushOps));
    // Room for the {"ops":[…]} envelope and the commas.
    const qint64 maxBytes = std::max<qint64>(1024, limits.maxRequestBytes - 1024);
    const auto sizeOf = [](const OutboxOp &op) {
        return static_cast<qsizetype>(SyncClient::pushBody({op}).size());
    };
    for (;;) {
        if (run.cancel)
            return std::unexpected(cancelled());
        auto batch = m_outbox.takeBatch(batchSize, maxBytes, sizeOf);
        if (!batch) {
            run.localFailure = batch.error();
            return std::unexpected(localError(batch.error()));
        }
        if (batch->isEmpty())
            return {};
        QList<OutboxOp> ops = *batch;
        if (auto uploaded = uploadAttachments(run, limits, ops); !uploaded)
            return std::unexpected(uploaded.error());
        if (ops.isEmpty())
            continue; // all held back for their attachments
        auto results = call<QList<PushResult>>(
            run, [&](const QString &token) { return m_client.push(token, ops); }, true);
        if (!results) {
            if (results.error().kind != SyncError::Kind::TooLarge)
                return std::unexpected(results.error());
            // The protocol's advice for 413 on a push: split it. One op alone too large can
            // never be sent: it is held back and reported, the others go on.
            if (ops.size() > 1) {
                batchSize = std::max(1, static_cast<int>(ops.size() / 2));
                continue;
            }
            if (auto held = m_outbox.markRejected(ops.first(), results.error().detail); !held) {
                run.localFailure = held.error();
                return std::unexpected(localError(held.error()));
            }
            ++run.summary.rejected;
            run.summary.rejections << QStringLiteral("%1/%2: %3").arg(ops.first().collection, ops.first().recordId,
                                                                      results.error().code);
            continue;
        }
        auto outcome = m_outbox.applyResults(ops, *results);
        if (!outcome) {
            run.localFailure = outcome.error();
            return std::unexpected(localError(outcome.error()));
        }
        run.summary.pushed += outcome->pushed;
        run.summary.duplicates += outcome->duplicates;
        run.summary.conflicts += outcome->conflicts;
        run.summary.rejected += outcome->rejected;
        run.summary.rejections += outcome->rejections;
        m_records.notifyConflicts(outcome->newConflicts);
        QList<RecordChange> flagged;
        for (const SyncConflict &conflict : std::as_const(outcome->newConflicts))
            flagged.append({conflict.collection, conflict.recordId, conflict.localDeleted, RecordChange::Origin::Remote});
        m_records.notifyChanges(flagged); // the record now shows its conflict
        run.state.pushed += static_cast<int>(ops.size());
        report(run, SyncProgress::Phase::Pushing);
    }
}

SyncResult<> SyncEngine::allocateNumbers(Run &run)
{
    auto pending = m_numbers.pending();
    if (!pending) {
        run.localFailure = pending.error();
        return std::unexpected(localError(pending.error()));
    }
    for (const NumberRequest &request : std::as_const(*pending)) {
        if (run.cancel)
            return std::unexpected(cancelled());
        auto number = call<qint64>(
            run, [&](const QString &token) { return m_client.allocateNumber(token, request); }, true);
        if (!number) {
            const SyncError &error = number.error();
            // The record is not on the server (its push was refused or is still held back) or
            // the request is wrong: kept with the reason, tried again next run; the others go on.
            if (error.kind != SyncError::Kind::NotFound && error.kind != SyncError::Kind::BadRequest
                && error.kind != SyncError::Kind::Forbidden)
                return std::unexpected(error);
            run.summary.numbersRefused << QStringLiteral("%1/%2: %3").arg(request.collection, request.recordId,
                                                                          error.message);
            if (auto noted = m_numbers.noteFailure(request.opId, error.message); !noted) {
                run.localFailure = noted.error();
                return std::unexpected(localError(noted.error()));
            }
            continue;
        }
        if (auto written = writeNumber(request, *number); !written) {
            run.localFailure = written.error();
            return std::unexpected(localError(written.error()));
        }
        ++run.summary.numbersAllocated;
    }
    return {};
}

SyncResult<> SyncEngine::fetchOrganisations(Run &run)
{
    auto organisations = call<QList<OrganisationEntry>>(
        run, [&](const QString &token) { return m_client.organisations(token); }, true);
    if (!organisations) {
        const SyncError &error = organisations.error();
        using Kind = SyncError::Kind;
        // Without a connection (or a user) the pull would fail the same way: stop here. Any other
        // answer — an older server without the endpoint, a refusal — leaves the kept directory
        // in use, and the records still sync.
        if (error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls
            || error.kind == Kind::SignInRequired || error.kind == Kind::Cancelled || error.kind == Kind::Local)
            return std::unexpected(error);
        qCWarning(lcSync).noquote() << "directory of organisations not refreshed:" << logSafe(error.fullText());
        run.summary.directoryUnavailable = error.message;
        return {};
    }
    if (auto stored = m_directory.replace(*organisations); !stored) {
        run.localFailure = stored.error();
        return std::unexpected(localError(stored.error()));
    }
    run.summary.organisationsFetched = static_cast<int>(organisations->size());
    return {};
}

Result<> SyncEngine::writeNumber(const NumberRequest &request, qint64 number)
{
    // The number and the record's field in one transaction: the field is pushed at the next run
    // like any edit. A crash before the commit only asks again, under the same op id.
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    NumberRequest numbered = request;
    numbered.number = number;
    auto record = m_records.get(request.collection, request.recordId);
    if (!record)
        return std::unexpected(record.error());
    if (*record) {
        QJsonObject payload = (*record)->payload;
        payload.insert(request.field, numbered.formatted());
        GD_TRY(m_records.put(request.collection, request.recordId, payload));
    }
    GD_TRY(m_numbers.complete(request.opId, number));
    return transaction->commit();
}

SyncResult<> SyncEngine::pull(Run &run, const ServerLimits &limits)
{
    auto stored = m_state.cursor();
    if (!stored) {
        run.localFailure = stored.error();
        return std::unexpected(localError(stored.error()));
    }
    QString cursor = *stored;
    int limit = std::max(1, std::min(m_options.pullLimit, limits.maxPullLimit));
    report(run, SyncProgress::Phase::Pulling);
    for (;;) {
        auto page = call<PullPage>(run, [&](const QString &token) { return m_client.pull(token, cursor, limit); }, true);
        // Records may be up to maxPayloadBytes each, so a full page can exceed the transport's
        // answer limit (DefaultMaxResponseBytes): ask for fewer records, down to one.
        if (!page && page.error().code == QLatin1StringView(SyncClient::ResponseTooLargeCode) && limit > 1) {
            limit = std::max(1, limit / 2);
            qCInfo(lcSync) << "pull page too large; asking for" << limit << "changes";
            continue;
        }
        if (!page)
            return std::unexpected(page.error());
        auto outcome = m_puller.apply(*page);
        if (!outcome) {
            run.localFailure = outcome.error();
            return std::unexpected(localError(outcome.error()));
        }
        run.summary.pulled += outcome->applied;
        run.state.pulled += outcome->applied;
        m_records.notifyChanges(outcome->changes);
        m_records.notifyConflicts(outcome->updatedConflicts);
        report(run, SyncProgress::Phase::Pulling);
        if (!page->hasMore)
            return {};
        if (page->changes.isEmpty() && page->cursor == cursor) {
            SyncError error;
            error.kind = SyncError::Kind::Protocol;
            error.code = QStringLiteral("pull_stuck");
            error.message = tr("The server's answer could not be understood. It may run an incompatible version.");
            error.detail = QStringLiteral("hasMore without progress at cursor %1").arg(cursor);
            return std::unexpected(error);
        }
        cursor = page->cursor;
        if (run.cancel)
            return std::unexpected(cancelled());
    }
}

SyncResult<> SyncEngine::fetchSeals(Run &run)
{
    auto account = m_state.account();
    if (!account) {
        run.localFailure = account.error();
        return std::unexpected(localError(account.error()));
    }
    SealFetch fetch(
        m_client, m_db, [this, &run](const SealFetch::Request &request) { return call<QJsonObject>(run, request, true); },
        m_seams.clock);
    auto outcome = fetch.run(*account);
    if (!outcome) {
        if (fetch.localFailure())
            run.localFailure = fetch.localFailure();
        return std::unexpected(outcome.error());
    }
    run.summary.sealAuthorityStored = outcome->authorityStored;
    run.summary.sealKeyStored = outcome->keyStored;
    run.summary.sealProblem = outcome->problem;
    return {};
}

SyncError SyncEngine::blobFailure(Run &run, const BlobTransfer &transfer, const SyncError &error)
{
    if (error.kind == SyncError::Kind::Local && transfer.localFailure())
        run.localFailure = transfer.localFailure();
    return error;
}

SyncResult<> SyncEngine::uploadAttachments(Run &run, const ServerLimits &limits, QList<OutboxOp> &ops)
{
    BlobCache cache(m_db, limits.maxBlobBytes, m_seams.clock);
    BlobTransfer transfer(m_client, cache, [this, &run](const BlobTransfer::Request &request) {
        return call<void>(run, request, true);
    }, limits);
    const auto progress = [this, &run](qint64 done, qint64 total) {
        run.state.blobBytes = done;
        run.state.blobBytesTotal = total;
        report(run, SyncProgress::Phase::Pushing);
    };
    QHash<QString, SyncError> failed; // blobs that can never go: each tried once per run
    QList<OutboxOp> ready;
    for (const OutboxOp &op : std::as_const(ops)) {
        std::optional<SyncError> heldBy;
        for (const AttachmentRef &ref : op.deleted ? QList<AttachmentRef>() : BlobReferences::of(op.payload)) {
            if (const auto known = failed.constFind(ref.sha256); known != failed.cend()) {
                heldBy = *known;
                break;
            }
            auto info = cache.info(ref.sha256);
            if (!info) {
                run.localFailure = info.error();
                return std::unexpected(localError(info.error()));
            }
            // Not here (a pulled record's attachment not downloaded yet): the server has it, or
            // the author's client will send it; either way it is not this client's to upload.
            if (!info->has_value() || !(*info)->complete || (*info)->uploaded)
                continue;
            auto sent = transfer.upload(ref.sha256, run.cancel, progress);
            run.state.blobBytes = run.state.blobBytesTotal = 0;
            if (sent) {
                ++run.summary.blobsUploaded;
                continue;
            }
            if (!BlobTransfer::affectsOnlyThisBlob(sent.error()))
                return std::unexpected(blobFailure(run, transfer, sent.error()));
            failed.insert(ref.sha256, sent.error());
            heldBy = sent.error();
            break;
        }
        if (!heldBy) {
            ready.append(op);
            continue;
        }
        const QString reason = tr("An attachment could not be sent: %1").arg(heldBy->message);
        if (auto held = m_outbox.markRejected(op, reason); !held) {
            run.localFailure = held.error();
            return std::unexpected(localError(held.error()));
        }
        ++run.summary.rejected;
        run.summary.rejections << QStringLiteral("%1/%2: %3").arg(op.collection, op.recordId, heldBy->code);
    }
    ops = ready;
    return {};
}

SyncResult<> SyncEngine::downloadAttachments(Run &run, const ServerLimits &limits)
{
    auto wanted = BlobReferences::missing(m_db);
    if (!wanted) {
        run.localFailure = wanted.error();
        return std::unexpected(localError(wanted.error()));
    }
    if (wanted->isEmpty())
        return {};
    BlobCache cache(m_db, limits.maxBlobBytes, m_seams.clock);
    BlobTransfer transfer(m_client, cache, [this, &run](const BlobTransfer::Request &request) {
        return call<void>(run, request, true);
    }, limits);
    const auto progress = [this, &run](qint64 done, qint64 total) {
        run.state.blobBytes = done;
        run.state.blobBytesTotal = total;
        report(run, SyncProgress::Phase::Pulling);
    };
    for (const AttachmentRef &ref : std::as_const(*wanted)) {
        if (run.cancel)
            return std::unexpected(cancelled());
        auto fetched = transfer.download(ref.sha256, run.cancel, progress);
        run.state.blobBytes = run.state.blobBytesTotal = 0;
        if (fetched) {
            ++run.summary.blobsDownloaded;
            continue;
        }
        if (!BlobTransfer::affectsOnlyThisBlob(fetched.error()))
            return std::unexpected(blobFailure(run, transfer, fetched.error()));
        qCWarning(lcSync).noquote() << "attachment" << ref.sha256 << "not fetched:" << logSafe(fetched.error().detail);
        run.summary.blobsUnavailable << QStringLiteral("%1 (%2…): %3").arg(ref.name, ref.sha256.left(12),
                                                                         fetched.error().message);
    }
    return {};
}

Result<SyncSummary> SyncEngine::run(const std::atomic_bool &cancel, const ProgressCallback &progress)
{
    Run run{cancel, progress, m_seams.clock(), {}, {}, {}};
    report(run, SyncProgress::Phase::Connecting);
    QDateTime phaseStart = run.startedAt;
    const auto stopped = [&]() -> std::optional<SyncError> {
        auto serverLimits = limits(run);
        if (!serverLimits)
            return serverLimits.error();
        if (auto pushed = push(run, *serverLimits); !pushed) {
            run.summary.pushDuration = between(phaseStart, m_seams.clock());
            return pushed.error();
        }
        if (auto numbered = allocateNumbers(run); !numbered) {
            run.summary.pushDuration = between(phaseStart, m_seams.clock());
            return numbered.error();
        }
        run.summary.pushDuration = between(phaseStart, m_seams.clock());
        phaseStart = m_seams.clock();
        auto pulled = pull(run, *serverLimits);
        if (pulled)
            pulled = downloadAttachments(run, *serverLimits);
        if (pulled)
            pulled = fetchSeals(run);
        // After the pull: its request stays the first after the push (what the fault tests aim at).
        if (pulled)
            pulled = fetchOrganisations(run);
        run.summary.pullDuration = between(phaseStart, m_seams.clock());
        if (!pulled)
            return pulled.error();
        return std::nullopt;
    }();

    run.summary.finishedAt = m_seams.clock();
    run.summary.totalDuration = between(run.startedAt, run.summary.finishedAt);
    run.summary.error = stopped;
    report(run, SyncProgress::Phase::Idle);
    if (stopped && stopped->kind == SyncError::Kind::Local && run.localFailure)
        return std::unexpected(*run.localFailure);
    if (!stopped)
        GD_TRY(m_state.setLastSuccessfulSync(run.summary.finishedAt));
    qCInfo(lcSync).nospace().noquote() << "sync " << (stopped ? "stopped: " + logSafe(stopped->fullText()) : QStringLiteral("completed"))
                             << " pushed=" << run.summary.pushed << " duplicates=" << run.summary.duplicates
                             << " conflicts=" << run.summary.conflicts << " rejected=" << run.summary.rejected
                             << " pulled=" << run.summary.pulled << " retries=" << run.summary.retries
                             << " blobsUploaded=" << run.summary.blobsUploaded
                             << " blobsDownloaded=" << run.summary.blobsDownloaded
                             << " blobsUnavailable=" << run.summary.blobsUnavailable.size()
                             << " numbersAllocated=" << run.summary.numbersAllocated
                             << " sealKeyStored=" << run.summary.sealKeyStored;
    return run.summary;
}

void SyncEngine::audit(const QString &event, const QString &subject, const QJsonObject &detail)
{
    if (!m_audit)
        return;
    if (auto logged = m_audit->append(event, subject, detail); !logged)
        qCWarning(lcSync) << "could not write" << event << "to the audit log:" << logged.error().detail;
}

SyncResult<SyncAccount> SyncEngine::signIn(const QString &user, const QString &password)
{
    return signIn(user, SecureBytes::fromUtf8(password));
}

SyncResult<SyncAccount> SyncEngine::signIn(const QString &user, const SecureBytes &password)
{
    // What the audit entries say: who, where from, to which server. Never the password or a token.
    QJsonObject detail{{QStringLiteral("server"), m_serverHost}, {QStringLiteral("device"), m_options.device}};
    const auto failed = [&](const SyncError &error) {
        detail.insert(QStringLiteral("error"), error.code);
        audit(SyncAuditEvent::SignInFailed, user, detail);
        return std::unexpected(error);
    };
    // Interactive: one attempt each, the person at the keyboard decides whether to try again.
    auto info = m_client.info();
    if (!info)
        return failed(info.error());
    if (auto saved = m_state.setLimits(info->limits); !saved)
        return failed(localError(saved.error()));
    auto session = m_client.signIn(user, password, m_options.device);
    if (!session)
        return failed(session.error());
    auto known = m_state.account();
    if (!known)
        return failed(localError(known.error()));
    if (known->isValid() && known->userId != session->account.userId) {
        // Another person's records must not mix with this profile's: they get their own profile.
        (void)m_client.signOut(session->accessToken);
        SyncError error;
        error.kind = SyncError::Kind::Forbidden;
        error.code = QStringLiteral("profile_user_mismatch");
        error.message = tr("This profile belongs to %1. Sign in as %1, or create a new profile for %2.")
                            .arg(known->userId, session->account.userId);
        return failed(error);
    }
    // The entry and the tokens together, or neither: no sign-in that the log does not show.
    const auto stored = [&]() -> Result<> {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (m_audit) {
            QJsonObject succeeded = detail;
            succeeded.insert(QStringLiteral("organisation"), session->account.organisationId);
            auto logged = m_audit->append(SyncAuditEvent::SignInSucceeded, session->account.userId, succeeded);
            if (!logged)
                return std::unexpected(logged.error());
        }
        GD_TRY(m_state.setSession(*session));
        return transaction->commit();
    }();
    if (!stored) {
        (void)m_client.signOut(session->accessToken); // unusable without its tokens stored
        return failed(localError(stored.error()));
    }
    qCInfo(lcSync).noquote() << "signed in as" << logSafe(session->account.userId) << "of"
                             << logSafe(session->account.organisationId);
    return session->account;
}

SyncResult<> SyncEngine::signOut()
{
    auto account = m_state.account();
    const QString user = account ? account->userId : QString();
    QJsonObject detail{{QStringLiteral("server"), m_serverHost}};
    auto session = m_state.session();
    if (!session) {
        detail.insert(QStringLiteral("error"), QStringLiteral("local"));
        audit(SyncAuditEvent::SignOutFailed, user, detail);
        return std::unexpected(localError(session.error()));
    }
    SyncResult<> told;
    if (!session->accessToken.isEmpty())
        told = m_client.signOut(session->accessToken);
    // Forgotten locally whatever the server said: the tokens expire on their own.
    if (auto cleared = m_state.clearTokens(); !cleared) {
        detail.insert(QStringLiteral("error"), QStringLiteral("local"));
        audit(SyncAuditEvent::SignOutFailed, user, detail);
        return std::unexpected(localError(cleared.error()));
    }
    detail.insert(QStringLiteral("serverConfirmed"), told.has_value() && !session->accessToken.isEmpty());
    if (!told)
        detail.insert(QStringLiteral("error"), told.error().code);
    audit(SyncAuditEvent::SignOutSucceeded, user, detail);
    return told;
}

} // namespace GovDesk::Core
