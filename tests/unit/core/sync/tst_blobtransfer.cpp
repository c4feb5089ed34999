// Tests attachments through SyncEngine and BlobTransfer against the in-memory protocol server:
// chunked uploads that finish before their record is pushed, resumption after a dropped chunk
// or an interrupted run, 409 and 422 handled as the protocol says, downloads in ranges that
// resume from the bytes already here, damaged downloads discarded, and the size limits.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using std::chrono::milliseconds;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Organisation = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-hc-forestry");
const QString Password = QStringLiteral("森林防火-2014");
// Not a multiple of the cache's 1 MiB rows: uploads read across them, downloads fill them up.
constexpr qint64 Chunk = 300 * 1024;
constexpr qint64 BlobSize = 1536 * 1024; // 5 full chunks and a short one

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

QByteArray rangeOf(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name == "Range")
            return value;
    }
    return {};
}

QJsonObject withAttachment(const QString &title, const QString &sha256, qint64 size)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256},
                                                                   {QStringLiteral("name"), QStringLiteral("附件1.pdf")},
                                                                   {QStringLiteral("size"), size}}}}};
}

} // namespace

class TestBlobTransfer : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_uiDb;
    std::unique_ptr<Database> m_workerDb;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now;
    std::atomic_bool m_cancel{false};
    std::function<void(const SyncProgress &)> m_onProgress;

    void makeEngine(SyncEngineOptions options = {})
    {
        SyncEngine::Seams seams;
        seams.clock = [this] { return m_now; };
        seams.sleep = [this](milliseconds duration, const std::atomic_bool &cancel) {
            m_now = m_now.addMSecs(duration.count());
            return !cancel;
        };
        seams.random = [](qint64 bound) { return bound; };
        m_engine.reset();
        m_engine = std::make_unique<SyncEngine>(*m_workerDb, *m_transport, QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")),
                                                seams, options);
    }

    void signIn()
    {
        GD_VERIFY(m_engine->signIn(QStringLiteral("wangfang"), Password));
    }

    [[nodiscard]] SyncSummary runSync()
    {
        auto summary = m_engine->run(m_cancel, [this](const SyncProgress &progress) {
            if (m_onProgress)
                m_onProgress(progress);
        });
        if (!summary) {
            qWarning() << summary.error().fullText();
            return {};
        }
        return *summary;
    }

    [[nodiscard]] static QString describe(const SyncSummary &summary)
    {
        return summary.error ? summary.error->fullText() : summary.rejections.join(QLatin1Char(';'));
    }

    // A local attachment (the module's connection) on a record addressed to the forestry bureau.
    QString attachLocally(const QByteArray &bytes, const QString &recordId)
    {
        auto sha = BlobCache(*m_uiDb).addBytes(bytes);
        if (!sha)
            qFatal("%s", qPrintable(sha.error().fullText()));
        auto put = m_store->put(Documents, recordId, withAttachment(QStringLiteral("关于做好森林防火工作的通知"), *sha, bytes.size()),
                                {Forestry});
        if (!put)
            qFatal("%s", qPrintable(put.error().fullText()));
        return *sha;
    }

    // A record of another office that names an attachment, addressed to us.
    void receiveRecordWith(const QString &sha256, qint64 size)
    {
        m_server->serverPut(Documents, RecordStore::newRecordId(), withAttachment(QStringLiteral("关于汛限水位调整的批复"), sha256, size),
                            Forestry, {Organisation});
    }

    [[nodiscard]] QList<qint64> putOffsets(qsizetype from = 0) const
    {
        QList<qint64> offsets;
        const QList<HttpRequest> requests = m_transport->requests();
        for (qsizetype i = from; i < requests.size(); ++i) {
            const HttpRequest &request = requests.at(i);
            if (request.method == "PUT" && request.url.path().startsWith(QLatin1StringView("/v1/blobs/"))) {
                offsets << QUrlQuery(request.url).queryItemValue(QStringLiteral("offset")).toLongLong();
                if (request.body.size() > Chunk)
                    qWarning() << "chunk of" << request.body.size() << "bytes";
            }
        }
        return offsets;
    }

    [[nodiscard]] QStringList ranges(qsizetype from = 0) const
    {
        QStringList list;
        const QList<HttpRequest> requests = m_transport->requests();
        for (qsizetype i = from; i < requests.size(); ++i) {
            const HttpRequest &request = requests.at(i);
            if (request.method == "GET" && request.url.path().startsWith(QLatin1StringView("/v1/blobs/"))
                && !request.url.path().endsWith(QLatin1StringView("/status")))
                list << QString::fromLatin1(rangeOf(request));
        }
        return list;
    }

    [[nodiscard]] static QStringList expectedRanges(std::initializer_list<qint64> starts)
    {
        QStringList list;
        for (const qint64 start : starts)
            list << QStringLiteral("bytes=%1-%2").arg(start).arg(start + Chunk - 1);
        return list;
    }

    [[nodiscard]] qint64 count(const QString &sql) const { return m_uiDb->queryInt(sql).value_or(-1); }

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
        m_server->setBlobLimits(8 * 1024 * 1024, Chunk);
        m_transport = std::make_unique<FakeTransport>();
        m_transport->setHandler(m_server->handler());
        m_cancel = false;
        m_onProgress = {};
        makeEngine();
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_workerDb.reset();
        m_uiDb.reset();
    }

    void anAttachmentIsUploadedInChunksBeforeItsRecord()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 1);
        const QString sha = attachLocally(bytes, RecordStore::newRecordId());
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.blobsUploaded, 1);
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
        QVERIFY(m_server->blobComplete(sha));
        QCOMPARE(putOffsets(), (QList<qint64>{0, Chunk, 2 * Chunk, 3 * Chunk, 4 * Chunk, 5 * Chunk}));
        const QStringList paths = m_transport->paths();
        QVERIFY(paths.lastIndexOf(QStringLiteral("PUT /v1/blobs/") + sha) < paths.indexOf(QStringLiteral("POST /v1/sync/push")));
        QVERIFY(BlobCache(*m_uiDb).info(sha)->value().uploaded);

        const qsizetype before = m_transport->requests().size();
        QVERIFY(runSync().completed());
        QVERIFY(putOffsets(before).isEmpty()); // uploaded once, never again
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/blobs/%1/status").arg(sha)), 1);
    }

    void theRecordWaitsUntilItsAttachmentIsOnTheServer()
    {
        makeEngine({.maxAttempts = 3});
        signIn();
        const QString id = RecordStore::newRecordId();
        const QByteArray bytes = randomBytes(BlobSize, 2);
        const QString sha = attachLocally(bytes, id);
        m_server->injectFault(FakeSyncServer::Fault::Status503, 3, QStringLiteral("/v1/blobs/"));
        SyncSummary summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::Server);
        QVERIFY(!m_transport->paths().contains(QStringLiteral("POST /v1/sync/push")));
        QVERIFY(!m_server->record(Documents, id).has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 1);

        summary = runSync(); // the server is back
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QVERIFY(m_server->record(Documents, id).has_value());
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    }

    void aDroppedChunkIsResumedNotResent()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 3);
        const QString sha = attachLocally(bytes, RecordStore::newRecordId());
        bool armed = false;
        m_onProgress = [&](const SyncProgress &progress) {
            // The third chunk reaches the server, its answer is lost.
            if (!armed && progress.phase == SyncProgress::Phase::Pushing && progress.blobBytes == 2 * Chunk) {
                armed = true;
                m_server->injectFault(FakeSyncServer::Fault::Drop, 1, QStringLiteral("/v1/blobs/") + sha);
            }
        };
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QVERIFY(armed);
        QCOMPARE(summary.retries, 1);
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
        // Resent once (409: the server had it), then the status says where to go on.
        QCOMPARE(putOffsets(), (QList<qint64>{0, Chunk, 2 * Chunk, 2 * Chunk, 3 * Chunk, 4 * Chunk, 5 * Chunk}));
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/blobs/%1/status").arg(sha)), 2);
    }

    void anInterruptedUploadContinuesWhereTheServerIs()
    {
        signIn();
        const QString id = RecordStore::newRecordId();
        const QByteArray bytes = randomBytes(BlobSize, 4);
        const QString sha = attachLocally(bytes, id);
        m_onProgress = [&](const SyncProgress &progress) {
            if (progress.blobBytes == 3 * Chunk)
                m_cancel = true; // the user quits mid-upload
        };
        SyncSummary summary = runSync();
        QCOMPARE(summary.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(m_server->blobBytes(sha)->size(), 3 * Chunk);
        QVERIFY(!m_server->record(Documents, id).has_value());

        m_cancel = false;
        m_onProgress = {};
        const qsizetype before = m_transport->requests().size();
        summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(putOffsets(before), (QList<qint64>{3 * Chunk, 4 * Chunk, 5 * Chunk}));
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
        QVERIFY(m_server->record(Documents, id).has_value());
    }

    void aConflictingOffsetMakesTheClientReadTheStatusAgain()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 5);
        const QString sha = attachLocally(bytes, RecordStore::newRecordId());
        m_onProgress = [&](const SyncProgress &progress) {
            if (progress.blobBytes == 2 * Chunk)
                m_cancel = true;
        };
        QCOMPARE(runSync().error->kind, SyncError::Kind::Cancelled);
        m_cancel = false;
        m_onProgress = {};
        // A stale status (a caching proxy): "nothing yet", while the server has two chunks.
        bool stale = true;
        m_transport->setHandler([&](const HttpRequest &request) {
            if (stale && request.url.path().endsWith(QLatin1StringView("/status"))) {
                stale = false;
                return FakeTransport::error(404, QStringLiteral("not_found"));
            }
            return m_server->handle(request);
        });
        const qsizetype before = m_transport->requests().size();
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(putOffsets(before), (QList<qint64>{0, 2 * Chunk, 3 * Chunk, 4 * Chunk, 5 * Chunk}));
        QCOMPARE(summary.retries, 0); // a 409 is an answer to follow, not a failure to back off from
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
    }

    void aHashMismatchOnTheServerRestartsTheUploadFromZero()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 6);
        const QString sha = attachLocally(bytes, RecordStore::newRecordId());
        m_server->damageNextBlobChunks(1); // a proxy flips a bit of the first chunk
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        const QList<qint64> once{0, Chunk, 2 * Chunk, 3 * Chunk, 4 * Chunk, 5 * Chunk};
        QCOMPARE(putOffsets(), once + once);
        QCOMPARE(m_server->blobBytes(sha).value_or(QByteArray()), bytes);
        QCOMPARE(summary.pushed, 1);
    }

    void anAttachmentDamagedHereHoldsItsRecordBack()
    {
        signIn();
        const QString damagedId = RecordStore::newRecordId();
        const QString sha = attachLocally(randomBytes(BlobSize, 7), damagedId);
        GD_VERIFY(m_uiDb->execute(QStringLiteral("UPDATE sync_blob_chunks SET bytes = zeroblob(%1) WHERE idx = 0")
                                      .arg(BlobCache::ChunkBytes)));
        const QString plainId = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, plainId, {{QStringLiteral("title"), QStringLiteral("会议纪要")}}));
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(summary.rejections, QStringList{Documents + QLatin1Char('/') + damagedId + QStringLiteral(": blob_corrupt")});
        QCOMPARE(putOffsets().count(0), 1); // after one 422 our bytes were checked: no pointless retry
        QVERIFY(!m_server->record(Documents, damagedId).has_value());
        QVERIFY(m_server->record(Documents, plainId).has_value());
        auto held = m_store->rejectedOps();
        GD_VERIFY(held);
        QCOMPARE(held->size(), 1);
        QVERIFY(!held->first().lastError.isEmpty());
        QVERIFY(!m_server->blobComplete(sha));
    }

    void anAttachmentOverTheServersLimitIsRefusedBeforeSending()
    {
        m_server->setBlobLimits(1024 * 1024, Chunk); // announced at sign-in
        signIn();
        const QString id = RecordStore::newRecordId();
        attachLocally(randomBytes(BlobSize, 8), id);
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.rejected, 1);
        QVERIFY(putOffsets().isEmpty());
        QVERIFY(!m_server->record(Documents, id).has_value());
        QVERIFY(m_store->rejectedOps()->first().lastError.contains(QStringLiteral("MiB")));
    }

    void aReceivedRecordsAttachmentIsDownloadedInRanges()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 9);
        const QString sha = m_server->serverPutBlob(bytes);
        receiveRecordWith(sha, bytes.size());
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pulled, 1);
        QCOMPARE(summary.blobsDownloaded, 1);
        QCOMPARE(BlobCache(*m_uiDb).read(sha).value_or(QByteArray()), bytes);
        QCOMPARE(ranges(), expectedRanges({0, Chunk, 2 * Chunk, 3 * Chunk, 4 * Chunk, 5 * Chunk}));
        // Downloaded from the server: nothing to upload when a local edit keeps the attachment.
        QVERIFY(BlobCache(*m_uiDb).info(sha)->value().uploaded);
        const qsizetype before = m_transport->requests().size();
        QVERIFY(runSync().completed());
        QVERIFY(ranges(before).isEmpty());
    }

    void aDroppedOrInterruptedDownloadResumesFromTheBytesHere()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 10);
        const QString sha = m_server->serverPutBlob(bytes);
        receiveRecordWith(sha, bytes.size());
        bool dropped = false;
        m_onProgress = [&](const SyncProgress &progress) {
            if (progress.phase != SyncProgress::Phase::Pulling)
                return;
            if (!dropped && progress.blobBytes == Chunk) {
                dropped = true;
                m_server->injectFault(FakeSyncServer::Fault::Drop, 1, QStringLiteral("/v1/blobs/") + sha);
            }
            if (progress.blobBytes == 3 * Chunk)
                m_cancel = true;
        };
        SyncSummary summary = runSync();
        QCOMPARE(summary.error->kind, SyncError::Kind::Cancelled);
        QCOMPARE(summary.retries, 1);
        QCOMPARE(ranges(), expectedRanges({0, Chunk, Chunk, 2 * Chunk}));
        QCOMPARE(BlobCache(*m_uiDb).info(sha)->value().received, 3 * Chunk);

        m_cancel = false;
        m_onProgress = {};
        const qsizetype before = m_transport->requests().size();
        summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(ranges(before), expectedRanges({3 * Chunk, 4 * Chunk, 5 * Chunk}));
        QCOMPARE(BlobCache(*m_uiDb).read(sha).value_or(QByteArray()), bytes);
    }

    void aDownloadThatDoesNotMatchItsHashIsDiscarded()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 11);
        const QString sha = m_server->serverPutBlob(bytes);
        m_server->damageStoredBlob(sha);
        receiveRecordWith(sha, bytes.size());
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary))); // the record itself arrived
        QCOMPARE(summary.blobsDownloaded, 0);
        QCOMPARE(summary.blobsUnavailable.size(), 1);
        QVERIFY(summary.blobsUnavailable.first().contains(QStringLiteral("附件1.pdf")));
        QCOMPARE(ranges().count(QStringLiteral("bytes=0-%1").arg(Chunk - 1)), 1 + 2); // tried, then twice again
        QVERIFY(!BlobCache(*m_uiDb).info(sha)->has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks")), 0);
    }

    void anAttachmentNotOnTheServerYetIsFetchedOnALaterRun()
    {
        signIn();
        const QByteArray bytes = randomBytes(1000, 12);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        receiveRecordWith(sha, bytes.size());
        SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.blobsUnavailable.size(), 1);
        QVERIFY(!BlobCache(*m_uiDb).has(sha).value_or(true));

        QCOMPARE(m_server->serverPutBlob(bytes), sha);
        summary = runSync();
        QCOMPARE(summary.blobsDownloaded, 1);
        QCOMPARE(BlobCache(*m_uiDb).read(sha).value_or(QByteArray()), bytes);
    }

    void aRangeOutsideTheBlobOrIgnoredStartsOver()
    {
        signIn();
        const QByteArray bytes = randomBytes(BlobSize, 13);
        const QString sha = m_server->serverPutBlob(bytes);
        // A partial download from an earlier run, then a server that answers 416 once.
        GD_VERIFY(BlobCache(*m_uiDb).appendReceived(sha, 0, bytes.left(Chunk), bytes.size()));
        receiveRecordWith(sha, bytes.size());
        bool refused = false;
        m_transport->setHandler([&](const HttpRequest &request) {
            if (!refused && request.method == "GET" && request.url.path() == QStringLiteral("/v1/blobs/") + sha) {
                refused = true;
                return FakeTransport::error(416, QStringLiteral("bad_value"));
            }
            return m_server->handle(request);
        });
        SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(ranges().mid(0, 2), expectedRanges({Chunk, 0}));
        QCOMPARE(BlobCache(*m_uiDb).read(sha).value_or(QByteArray()), bytes);

        // A proxy that drops Range headers: the whole blob at once is fine too.
        m_server->setIgnoreRanges(true);
        const QByteArray other = randomBytes(BlobSize, 14);
        const QString otherSha = m_server->serverPutBlob(other);
        GD_VERIFY(BlobCache(*m_uiDb).appendReceived(otherSha, 0, other.left(Chunk), other.size()));
        receiveRecordWith(otherSha, other.size());
        summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(BlobCache(*m_uiDb).read(otherSha).value_or(QByteArray()), other);
    }

    void theEmptyAttachmentNeedsNoRequest()
    {
        signIn();
        const QString empty = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        receiveRecordWith(empty, 0); // a Range into zero bytes would be a 416: nothing is asked
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.blobsDownloaded, 1);
        QVERIFY(ranges().isEmpty());
        QVERIFY(BlobCache(*m_uiDb).has(empty).value_or(false));
        QVERIFY(BlobCache(*m_uiDb).info(empty)->value().uploaded);
    }

    void aDownloadOverTheLimitIsRefused()
    {
        m_server->setBlobLimits(1024 * 1024, Chunk);
        signIn();
        const QString sha = m_server->serverPutBlob(randomBytes(BlobSize, 15)); // stored past the limit
        receiveRecordWith(sha, BlobSize);
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.blobsUnavailable.size(), 1);
        QCOMPARE(ranges().size(), 1); // the first answer names the size: nothing more is asked
        QVERIFY(!BlobCache(*m_uiDb).info(sha)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestBlobTransfer)
#include "tst_blobtransfer.moc"
