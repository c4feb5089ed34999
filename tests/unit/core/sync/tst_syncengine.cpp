// Tests SyncEngine against an in-memory protocol server with a fake clock and sleeper (no real
// waiting): back-off and jitter, Retry-After, resending after a lost answer, stopping on 4xx,
// the cursor moving only with its page, conflicts, pending local changes, tokens and cancel.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "store/Database.h"
#include "sync/Backoff.h"
#include "sync/CollectionPolicy.h"
#include "sync/OutboxRepository.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Organisation = QStringLiteral("gx-lz-gov");
const QString Password = QStringLiteral("森林防火-2014");

QJsonObject notice(const QString &title)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("documentNumber"), QStringLiteral("桂政发〔2014〕12号")}};
}

} // namespace

Q_DECLARE_METATYPE(GovDesk::Test::FakeSyncServer::Fault)

class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_uiDb;     // the module's connection (the session's)
    std::unique_ptr<Database> m_workerDb; // the engine's own, as in the app
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now;
    QList<milliseconds> m_sleeps;
    QList<qint64> m_randomBounds;
    std::function<qint64(qint64)> m_random;
    std::atomic_bool m_cancel{false};
    std::function<void()> m_onSleep;

    void makeEngine(SyncEngineOptions options = {})
    {
        SyncEngine::Seams seams;
        seams.clock = [this] { return m_now; };
        seams.sleep = [this](milliseconds duration, const std::atomic_bool &cancel) {
            m_sleeps << duration;
            m_now = m_now.addMSecs(duration.count());
            if (m_onSleep)
                m_onSleep();
            return !cancel;
        };
        seams.random = [this](qint64 bound) {
            m_randomBounds << bound;
            return m_random ? m_random(bound) : bound;
        };
        m_engine.reset();
        m_engine = std::make_unique<SyncEngine>(*m_workerDb, *m_transport, QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")),
                                                seams, options);
    }

    void signIn()
    {
        auto account = m_engine->signIn(QStringLiteral("wangfang"), Password);
        GD_VERIFY(account);
    }

    [[nodiscard]] SyncSummary runSync()
    {
        auto summary = m_engine->run(m_cancel);
        if (!summary) {
            qWarning() << summary.error().fullText();
            return {};
        }
        return *summary;
    }

    [[nodiscard]] qint64 outboxRows() const
    {
        return m_uiDb->queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox")).value_or(-1);
    }

    [[nodiscard]] QString firstOpId() const
    {
        auto select = m_uiDb->prepare(QStringLiteral("SELECT op_id FROM sync_outbox ORDER BY seq"));
        return select && select->step().value_or(false) ? select->text(0) : QString();
    }

    [[nodiscard]] SyncRecord local(const QString &recordId, const QString &collection = Documents) const
    {
        auto record = m_store->get(collection, recordId, true);
        return record && record->has_value() ? **record : SyncRecord{};
    }

    [[nodiscard]] QString storedCursor() const
    {
        return SyncState(*m_uiDb).cursor().value_or(QStringLiteral("?"));
    }

    [[nodiscard]] QStringList pullCursors() const
    {
        QStringList cursors;
        for (const HttpRequest &request : m_transport->requests()) {
            if (request.url.path() == QLatin1StringView("/v1/sync/pull"))
                cursors << QUrlQuery(request.url).queryItemValue(QStringLiteral("cursor"));
        }
        return cursors;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("profile.gddb"));
        auto db = openWithSchema(path, RecordStore::MigrationOwner, RecordStore::migrations(), true);
        GD_VERIFY(db);
        m_uiDb = std::move(*db);
        auto worker = Database::open(path, testKey(), {.lockProfile = false});
        GD_VERIFY(worker);
        m_workerDb = std::move(*worker);
        m_now = QDateTime(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC);
        m_store = std::make_unique<RecordStore>(*m_uiDb, nullptr, [this] { return m_now; });
        m_server = std::make_unique<FakeSyncServer>([this] { return m_now; });
        m_server->addUser(QStringLiteral("wangfang"), Password, Organisation, QStringLiteral("王芳"));
        m_server->addUser(QStringLiteral("liming"), Password, QStringLiteral("gx-hc-forestry"), QStringLiteral("李明"));
        m_transport = std::make_unique<FakeTransport>();
        m_transport->setHandler(m_server->handler());
        m_sleeps.clear();
        m_randomBounds.clear();
        m_random = {};
        m_onSleep = {};
        m_cancel = false;
        makeEngine();
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_workerDb.reset();
        m_uiDb.reset();
    }

    void signInStoresTokensAndAccountInTheProfile()
    {
        auto wrong = m_engine->signIn(QStringLiteral("wangfang"), QStringLiteral("错误"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, SyncError::Kind::SignInRequired);
        QVERIFY(SyncState(*m_uiDb).session()->refreshToken.isEmpty());

        auto account = m_engine->signIn(QStringLiteral("wangfang"), Password);
        GD_VERIFY(account);
        QCOMPARE(account->organisationId, Organisation);
        QCOMPARE(account->name, QStringLiteral("王芳"));
        auto stored = SyncState(*m_uiDb).session();
        GD_VERIFY(stored);
        QVERIFY(!stored->accessToken.isEmpty());
        QVERIFY(!stored->refreshToken.isEmpty());
        QCOMPARE(stored->expiresAt, m_now.addSecs(3600));
        QCOMPARE(stored->account.roles, QStringList{QStringLiteral("clerk")});

        // The profile is wangfang's: another person's records must not mix into it.
        auto other = m_engine->signIn(QStringLiteral("liming"), Password);
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("profile_user_mismatch"));
        QCOMPARE(SyncState(*m_uiDb).account()->userId, QStringLiteral("wangfang"));

        GD_VERIFY(m_engine->signOut());
        QVERIFY(SyncState(*m_uiDb).session()->accessToken.isEmpty());
        QCOMPARE(SyncState(*m_uiDb).account()->userId, QStringLiteral("wangfang"));
    }

    void withoutSignInNothingIsSent()
    {
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        const SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::SignInRequired);
        QVERIFY(!m_transport->paths().contains(QStringLiteral("POST /v1/sync/push")));
        QCOMPARE(outboxRows(), 1);
    }

    void pushesTheOutboxThenPulls()
    {
        signIn();
        const QString first = RecordStore::newRecordId();
        const QString second = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, first, notice(QStringLiteral("关于做好森林防火工作的通知")),
                               {QStringLiteral("gx-hc-forestry")}));
        GD_VERIFY(m_store->put(Documents, second, notice(QStringLiteral("关于汛限水位调整的批复"))));
        m_server->serverPut(QStringLiteral("documents.receipt"), QStringLiteral("r-1"),
                            {{QStringLiteral("documentId"), first}, {QStringLiteral("status"), QStringLiteral("received")}},
                            QStringLiteral("gx-hc-forestry"), {Organisation});
        QList<RecordChange> pulled;
        m_engine->records().addChangeListener({}, [&pulled](const RecordChange &change) { pulled << change; });
        QList<SyncProgress::Phase> phases;
        auto summary = m_engine->run(m_cancel, [&phases](const SyncProgress &progress) { phases << progress.phase; });
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(summary->error ? summary->error->fullText() : QString()));
        QCOMPARE(summary->pushed, 2);
        QCOMPARE(summary->pulled, 1); // the receipt; our own two come back at their revision
        QCOMPARE(summary->retries, 0);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(local(first).revision, 1);
        QVERIFY(!local(first).hasPendingChange);
        QCOMPARE(m_server->record(Documents, first)->recipients, QStringList{QStringLiteral("gx-hc-forestry")});
        QCOMPARE(m_server->record(Documents, first)->owner, Organisation);
        auto receipt = m_store->get(QStringLiteral("documents.receipt"), QStringLiteral("r-1"));
        GD_VERIFY(receipt);
        QCOMPARE((*receipt)->owner, QStringLiteral("gx-hc-forestry"));
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.first().origin, RecordChange::Origin::Remote);
        QCOMPARE(phases.first(), SyncProgress::Phase::Connecting);
        QVERIFY(phases.contains(SyncProgress::Phase::Pushing));
        QVERIFY(phases.contains(SyncProgress::Phase::Pulling));
        QCOMPARE(SyncState(*m_uiDb).lastSuccessfulSync().value_or(QDateTime()), m_now);
        QVERIFY(m_sleeps.isEmpty());
    }

    void backoffDoublesFromOneSecondWithFullJitter()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->injectFault(FakeSyncServer::Fault::Status500, 4, QStringLiteral("/v1/sync/push"));
        m_random = [](qint64 bound) { return bound / 2; };
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.retries, 4);
        QCOMPARE(m_randomBounds, (QList<qint64>{1000, 2000, 4000, 8000}));
        QCOMPARE(m_sleeps, (QList<milliseconds>{500ms, 1000ms, 2000ms, 4000ms}));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.totalDuration, 7500ms); // the fake clock only moved while sleeping
    }

    void backoffIsCappedAndJitterStaysInBounds()
    {
        const Backoff backoff(1s, 5min);
        QCOMPARE(backoff.ceiling(0), 1000ms);
        QCOMPARE(backoff.ceiling(1), 2000ms);
        QCOMPARE(backoff.ceiling(8), 256000ms);
        QCOMPARE(backoff.ceiling(9), 300000ms);
        QCOMPARE(backoff.ceiling(1000), 300000ms); // no overflow
        const auto random = Backoff::systemRandom();
        QSet<qint64> seen;
        for (int i = 0; i < 2000; ++i) {
            const milliseconds delay = backoff.delay(2, random);
            QVERIFY(delay >= 0ms && delay <= 4000ms);
            seen.insert(delay.count() / 1000);
        }
        // Every second of 0…4 s drawn: full jitter, not a fixed delay (4000 ms itself is 1 in 4001).
        for (qint64 second : {0, 1, 2, 3})
            QVERIFY(seen.contains(second));
        // A random source out of range cannot push the delay outside [0, ceiling].
        QCOMPARE(backoff.delay(0, [](qint64) { return qint64(99999); }), 1000ms);
        QCOMPARE(backoff.delay(0, [](qint64) { return qint64(-5); }), 0ms);
    }

    void retryAfterIsHonoured()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->injectFault(FakeSyncServer::Fault::Status503, 1, QStringLiteral("/v1/sync/push"), 2);
        m_server->injectFault(FakeSyncServer::Fault::Status429, 1, QStringLiteral("/v1/sync/pull"), 7);
        m_random = [](qint64) { return 0; };
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(m_sleeps, (QList<milliseconds>{2000ms, 7000ms}));
        QCOMPARE(summary.retries, 2);
    }

    void aLostAnswerIsResentAndAppliedOnce_data()
    {
        QTest::addColumn<FakeSyncServer::Fault>("fault");
        QTest::newRow("connection dropped") << FakeSyncServer::Fault::Drop;
        QTest::newRow("answer cut in half") << FakeSyncServer::Fault::Truncate;
    }

    void aLostAnswerIsResentAndAppliedOnce()
    {
        QFETCH(FakeSyncServer::Fault, fault);
        signIn();
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("关于做好森林防火工作的通知"))));
        const QString opId = firstOpId();
        QVERIFY(!opId.isEmpty());
        m_server->injectFault(fault, 1, QStringLiteral("/v1/sync/push"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.retries, 1);
        QCOMPARE(summary.duplicates, 1); // the server had applied it; the resend says so
        QCOMPARE(summary.pushed, 0);
        QCOMPARE(m_server->timesApplied(opId), 1);
        QCOMPARE(m_server->recordCount(), 1);
        QCOMPARE(m_server->record(Documents, id)->revision, 1);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(local(id).revision, 1);
        // Both pushes carried the same op id.
        int pushes = 0;
        for (const HttpRequest &request : m_transport->requests()) {
            if (request.url.path() == QLatin1StringView("/v1/sync/push")) {
                ++pushes;
                QVERIFY(request.body.contains(opId.toUtf8()));
            }
        }
        QCOMPARE(pushes, 2);
    }

    void aClientErrorStopsTheRunAndKeepsTheOutbox()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->injectFault(FakeSyncServer::Fault::BadRequest, 1, QStringLiteral("/v1/sync/push"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::BadRequest);
        QCOMPARE(summary.error->httpStatus, 400);
        QCOMPARE(summary.retries, 0);
        QVERIFY(m_sleeps.isEmpty());
        QCOMPARE(outboxRows(), 1);
        QVERIFY(!m_transport->paths().contains(QStringLiteral("GET /v1/sync/pull")));
        QVERIFY(!SyncState(*m_uiDb).lastSuccessfulSync().value_or(QDateTime()).isValid());

        const SyncSummary next = runSync(); // the same op goes again, and now succeeds
        QVERIFY(next.completed());
        QCOMPARE(next.pushed, 1);
        QCOMPARE(outboxRows(), 0);
    }

    void retriesEndAfterMaxAttemptsOrTheTimeBudget()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->injectFault(FakeSyncServer::Fault::Status500, 100, QStringLiteral("/v1/sync/push"));
        SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::Server);
        QCOMPARE(summary.retries, 7); // 8 attempts
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/sync/push")), 8);
        QCOMPARE(outboxRows(), 1);

        m_sleeps.clear();
        makeEngine({.timeBudget = 10s});
        summary = runSync();
        QVERIFY(summary.error);
        // 1 + 2 + 4 s fit into 10 s; the next 8 s would not.
        QCOMPARE(m_sleeps, (QList<milliseconds>{1000ms, 2000ms, 4000ms}));
    }

    void theCursorMovesOnlyWithItsPage()
    {
        signIn();
        for (int i = 1; i <= 5; ++i)
            m_server->serverPut(Documents, QStringLiteral("doc-%1").arg(i), notice(QStringLiteral("第%1号通知").arg(i)),
                                Organisation);
        int pulls = 0;
        m_transport->setHandler([this, &pulls](const HttpRequest &request) {
            if (request.url.path() == QLatin1StringView("/v1/sync/pull") && ++pulls == 2)
                return FakeTransport::error(403, QStringLiteral("forbidden"));
            return m_server->handle(request);
        });
        makeEngine({.pullLimit = 2});
        SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::Forbidden);
        QCOMPARE(summary.pulled, 2);
        QCOMPARE(storedCursor(), QStringLiteral("2"));
        QCOMPARE(m_store->list(Documents)->size(), 2);

        summary = runSync(); // resumes after the last stored page
        QVERIFY(summary.completed());
        QCOMPARE(summary.pulled, 3);
        QCOMPARE(pullCursors(), (QStringList{QString(), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(storedCursor(), QStringLiteral("5"));
        QCOMPARE(m_store->list(Documents)->size(), 5);
    }

    void aPullPageTooLargeForTheTransportIsAskedAgainSmaller()
    {
        signIn();
        for (int i = 1; i <= 5; ++i)
            m_server->serverPut(Documents, QStringLiteral("doc-%1").arg(i), notice(QStringLiteral("第%1号通知").arg(i)),
                                Organisation);
        // As CurlTransport answers a page over HttpRequest::maxResponseBytes: here, more than two changes.
        QList<int> limits;
        m_transport->setHandler([this, &limits](const HttpRequest &request) {
            if (request.url.path() == QLatin1StringView("/v1/sync/pull")) {
                limits << QUrlQuery(request.url).queryItemValue(QStringLiteral("limit")).toInt();
                if (limits.constLast() > 2)
                    return FakeTransport::failure(TransportError::Kind::TooLarge, QStringLiteral("too large"));
            }
            return m_server->handle(request);
        });
        makeEngine({.pullLimit = 8});
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pulled, 5);
        QCOMPARE(summary.retries, 0); // not a failure to wait for
        QCOMPARE(limits.mid(0, 3), (QList<int>{8, 4, 2}));
        QCOMPARE(m_store->list(Documents)->size(), 5);

        // One change over the limit cannot be made smaller: the run stops with the named error.
        m_server->serverPut(Documents, QStringLiteral("doc-6"), notice(QStringLiteral("第6号通知")), Organisation);
        m_transport->setHandler([this](const HttpRequest &request) {
            if (request.url.path() == QLatin1StringView("/v1/sync/pull"))
                return FakeTransport::failure(TransportError::Kind::TooLarge, QStringLiteral("too large"));
            return m_server->handle(request);
        });
        const SyncSummary stopped = runSync();
        QVERIFY(stopped.error);
        QCOMPARE(stopped.error->code, QString::fromLatin1(SyncClient::ResponseTooLargeCode));
        QVERIFY(!stopped.error->retryable);
    }

    void aConflictKeepsBothVersionsUntilTheUserChooses()
    {
        signIn();
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("初稿"))));
        QVERIFY(runSync().completed());
        m_server->serverPut(Documents, id, notice(QStringLiteral("李明的修改稿")), Organisation); // revision 2
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("王芳的修改稿"))));          // based on 1

        QList<SyncConflict> heard;
        m_engine->records().addConflictListener(Documents, [&heard](const SyncConflict &c) { heard << c; });
        SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().localPayload, notice(QStringLiteral("王芳的修改稿")));
        QCOMPARE(heard.first().serverPayload, notice(QStringLiteral("李明的修改稿")));
        QCOMPARE(heard.first().serverRevision, 2);
        // The pull met the server's revision 2 and did not overwrite the conflict copy.
        QCOMPARE(local(id).payload, notice(QStringLiteral("王芳的修改稿")));
        QVERIFY(local(id).hasConflict);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(m_server->record(Documents, id)->payload, notice(QStringLiteral("李明的修改稿")));

        // Meanwhile the server moves on again: the conflict shows the newest server version.
        m_server->serverPut(Documents, id, notice(QStringLiteral("李明的第二稿")), Organisation); // revision 3
        QVERIFY(runSync().completed());
        auto conflicts = m_store->conflicts();
        GD_VERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().serverRevision, 3);
        QCOMPARE(conflicts->first().serverPayload, notice(QStringLiteral("李明的第二稿")));

        GD_VERIFY(m_store->resolveKeepLocal(conflicts->first().id));
        summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.conflicts, 0); // based on revision 3: accepted
        QCOMPARE(m_server->record(Documents, id)->revision, 4);
        QCOMPARE(m_server->record(Documents, id)->payload, notice(QStringLiteral("王芳的修改稿")));
        QCOMPARE(local(id).revision, 4);
        QVERIFY(!local(id).hasConflict);
    }

    void aLastWriterWinsCollectionResendsWithoutAskingAnyone()
    {
        // Declared by its module (a personal list's order): the latest word is the right one.
        const QString settings = QStringLiteral("workbench.layout");
        GD_VERIFY(CollectionPolicies(*m_uiDb).declare(settings, ConflictPolicy::LastWriterWins, 1));
        signIn();
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(settings, id, notice(QStringLiteral("按紧急程度"))));
        QVERIFY(runSync().completed());
        m_server->serverPut(settings, id, notice(QStringLiteral("按办理期限")), Organisation); // revision 2
        GD_VERIFY(m_store->put(settings, id, notice(QStringLiteral("按来文单位"))));           // based on 1

        SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(m_server->record(settings, id)->revision, 3);
        QCOMPARE(m_server->record(settings, id)->payload, notice(QStringLiteral("按来文单位")));
        QVERIFY(!local(id, settings).hasConflict);
        QCOMPARE(local(id, settings).revision, 3);
        QCOMPARE(outboxRows(), 0);
        QVERIFY(m_store->conflicts()->isEmpty());
    }

    void anAppendOnlyRecordIsNeverChanged()
    {
        const QString readings = QStringLiteral("water.reading");
        GD_VERIFY(CollectionPolicies(*m_uiDb).declare(readings, ConflictPolicy::AppendOnly, 1));
        GD_VERIFY(m_store->put(readings, QStringLiteral("80604300-2026120408"), notice(QStringLiteral("86.52"))));
        auto changed = m_store->put(readings, QStringLiteral("80604300-2026120408"), notice(QStringLiteral("86.60")));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!m_store->remove(readings, QStringLiteral("80604300-2026120408")));
        QCOMPARE(local(QStringLiteral("80604300-2026120408"), readings).payload, notice(QStringLiteral("86.52")));
    }

    void aPullNeverOverwritesAPendingLocalChange()
    {
        signIn();
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("初稿"))));
        QVERIFY(runSync().completed());
        m_server->serverPut(Documents, id, notice(QStringLiteral("服务器上的修改")), Organisation);
        // The user saves while the engine is between its push and its pull.
        bool edited = false;
        auto summary = m_engine->run(m_cancel, [&](const SyncProgress &progress) {
            if (progress.phase == SyncProgress::Phase::Pulling && !edited) {
                edited = true;
                QVERIFY(m_store->put(Documents, id, notice(QStringLiteral("本地未发送的修改"))).has_value());
            }
        });
        GD_VERIFY(summary);
        QVERIFY(summary->completed());
        QCOMPARE(summary->pulled, 0);
        QCOMPARE(local(id).payload, notice(QStringLiteral("本地未发送的修改")));
        QVERIFY(local(id).hasPendingChange);
        QCOMPARE(local(id).revision, 1);

        // Its push meets the server's version: both are kept.
        const SyncSummary next = runSync();
        QCOMPARE(next.conflicts, 1);
        QCOMPARE(m_store->conflicts()->first().serverPayload, notice(QStringLiteral("服务器上的修改")));
        QCOMPARE(m_store->conflicts()->first().localPayload, notice(QStringLiteral("本地未发送的修改")));
    }

    void laterOpsOfARecordAreRebasedOntoTheEarlierOnesRevision()
    {
        signIn();
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("第一稿"))));
        // A push whose answer never came: the op may be on the server, so edits queue behind it.
        OutboxRepository outbox(*m_uiDb, [this] { return m_now; });
        GD_VERIFY(outbox.takeBatch(10, 1 << 20, {}));
        GD_VERIFY(m_store->put(Documents, id, notice(QStringLiteral("第二稿"))));
        QCOMPARE(outboxRows(), 2);

        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pushed, 2);
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/sync/push")), 2); // one op per record per batch
        QCOMPARE(m_server->record(Documents, id)->revision, 2);
        QCOMPARE(m_server->record(Documents, id)->payload, notice(QStringLiteral("第二稿")));
        QCOMPARE(local(id).revision, 2);
    }

    void batchesRespectTheOpLimitAndSplitOn413()
    {
        signIn();
        for (int i = 0; i < 5; ++i)
            GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知%1").arg(i))));
        makeEngine({.maxPushOps = 4});
        m_server->injectFault(FakeSyncServer::Fault::TooLarge, 1, QStringLiteral("/v1/sync/push"));
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pushed, 5);
        QCOMPARE(m_server->recordCount(), 5);
        // 4 refused as too large, then 2 + 2 + 1.
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/sync/push")), 4);
    }

    void rejectedOpsAreReportedKeptAndNotResent()
    {
        signIn();
        m_server->rejectCollection(QStringLiteral("disclosure.item"));
        GD_VERIFY(m_store->put(QStringLiteral("disclosure.item"), QStringLiteral("d-1"), notice(QStringLiteral("政务公开"))));
        GD_VERIFY(m_store->put(Documents, QStringLiteral("n-1"), notice(QStringLiteral("通知"))));
        SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.rejections.size(), 1);
        QVERIFY(summary.rejections.first().contains(QStringLiteral("records of another organisation")));
        QCOMPARE(outboxRows(), 1); // never delete unacknowledged data
        QCOMPARE(m_store->rejectedOps()->size(), 1);

        summary = runSync();
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/sync/push")), 1);
    }

    void anExpiredTokenIsRefreshedOnceAndTheRequestRepeated()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->expireAccessTokens();
        const QString before = SyncState(*m_uiDb).session()->refreshToken;
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(m_transport->paths().mid(2), (QStringList{QStringLiteral("POST /v1/sync/push"),
                                                           QStringLiteral("POST /v1/auth/refresh"),
                                                           QStringLiteral("POST /v1/sync/push"),
                                                           QStringLiteral("GET /v1/sync/pull"),
                                                           QStringLiteral("GET /v1/seal/authority"),
                                                           QStringLiteral("GET /v1/organisations")}));
        QVERIFY(SyncState(*m_uiDb).session()->refreshToken != before); // rotated and stored
    }

    void aTokenAboutToExpireIsRefreshedBeforeUse()
    {
        signIn();
        m_now = m_now.addSecs(3600 - 30); // within the refresh margin
        QVERIFY(runSync().completed());
        QCOMPARE(m_transport->paths().at(2), QStringLiteral("POST /v1/auth/refresh"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/sync/pull")), 1);
    }

    void aDeadRefreshTokenAsksForTheUsersPassword()
    {
        signIn();
        m_server->expireAccessTokens();
        m_server->revokeRefreshTokens();
        const SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::SignInRequired);
        QVERIFY(SyncState(*m_uiDb).session()->refreshToken.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/auth/refresh")), 1);
    }

    void cancelStopsDuringABackoffAndKeepsTheOutbox()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_server->injectFault(FakeSyncServer::Fault::Status500, 100, QStringLiteral("/v1/sync/push"));
        m_onSleep = [this] {
            if (m_sleeps.size() == 2)
                m_cancel = true;
        };
        const SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(m_sleeps.size(), 2);
        QCOMPARE(outboxRows(), 1);

        const int before = static_cast<int>(m_transport->requests().size());
        const SyncSummary again = runSync(); // still cancelled: not a single request
        QCOMPARE(again.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(m_transport->requests().size(), before);
    }

    void aCancelledTransportEndsTheRun()
    {
        signIn();
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), notice(QStringLiteral("通知"))));
        m_transport->cancel(); // as SyncService::cancel() does while a request is in flight
        const SyncSummary summary = runSync();
        QCOMPARE(summary.error->kind, SyncError::Kind::Cancelled);
        QVERIFY(m_sleeps.isEmpty());
        QCOMPARE(outboxRows(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
