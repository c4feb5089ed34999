// Attachments end to end against the real govdesk-syncd over HTTPS, between real encrypted
// profiles: a 9 MiB attachment sent by one office reaches another byte for byte, a chunk upload
// whose connection drops and a download that drops mid-way both resume instead of starting over.
#include "SyncServerFixture.h"
#include "TestProfile.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/CurlTransport.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Forestry = QStringLiteral("gx-lz-forestry");
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 AttachmentBytes = 9 * MiB;
constexpr qint64 ServerChunk = 4 * MiB; // the reference server's blobChunkBytes

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"柳州 公文交换 2026");
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// What went over the wire, seen from the client: the curl transport with a log around it.
class RecordingTransport final : public HttpTransport
{
public:
    struct Entry
    {
        QByteArray method;
        QString path;
        qint64 offset = -1; // PUT ?offset=
        QByteArray range;   // GET Range:
        int status = 0;     // 0 = no answer (dropped)
    };

    explicit RecordingTransport(CurlTransport::TlsOptions tls, QList<Entry> &log, QMutex &mutex)
        : m_curl(std::move(tls))
        , m_log(log)
        , m_mutex(mutex)
    {
    }
    HttpResponse perform(const HttpRequest &request) override
    {
        HttpResponse response = m_curl.perform(request);
        Entry entry{request.method, request.url.path(), -1, {}, response.status};
        if (request.method == "PUT")
            entry.offset = QUrlQuery(request.url).queryItemValue(QStringLiteral("offset")).toLongLong();
        for (const auto &[name, value] : request.headers) {
            if (name == "Range")
                entry.range = value;
        }
        QMutexLocker locker(&m_mutex);
        m_log.append(entry);
        return response;
    }
    void cancel() override { m_curl.cancel(); }

private:
    CurlTransport m_curl;
    QList<Entry> &m_log;
    QMutex &m_mutex;
};

// One office: a real profile (cheap KDF), unlocked, told the server and the test CA through its
// settings as the settings dialog does; synced by the SyncService or by the engine directly.
class Office
{
public:
    Office(const QString &root, const QString &name, const SyncServerFixture &server)
        : m_profiles(root)
        , m_session(m_profiles)
    {
        auto created = m_profiles.create({.displayName = name, .organisation = name, .serverUrl = server.baseUrl().toString()},
                                         passphrase(), KdfParameters::forTests());
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        if (auto unlocked = m_session.unlock(created->id, passphrase()); !unlocked)
            qFatal("%s", qPrintable(unlocked.error().fullText()));
        const QString scope = QStringLiteral("core");
        if (!m_session.settings().setValue(scope, QString::fromLatin1(SyncSettings::ServerUrlKey), server.baseUrl().toString())
            || !m_session.settings().setValue(scope, QString::fromLatin1(SyncSettings::CaBundlePathKey), server.caFile()))
            qFatal("settings");
        service = std::make_unique<SyncService>(m_session);
        service->setTransportFactory([this](const SyncSettings &settings) -> std::unique_ptr<HttpTransport> {
            return std::make_unique<RecordingTransport>(settings.tls, m_log, m_mutex);
        });
    }

    ~Office()
    {
        service.reset();
        m_session.lock();
    }

    Session &session() { return m_session; }

    SyncResult<SyncAccount> signIn(const QString &user)
    {
        std::optional<SyncResult<SyncAccount>> result;
        service->signIn(user, QString::fromUtf8(SyncServerFixture::DefaultPassword),
                        [&result](SyncResult<SyncAccount> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            qFatal("sign-in did not finish");
        return *result;
    }

    // Through the service, on its worker thread, as the shell syncs.
    SyncSummary syncInBackground()
    {
        QSignalSpy finished(service.get(), &SyncService::syncFinished);
        if (!service->isBusy())
            service->syncNow();
        if (!finished.wait(120000))
            qFatal("sync did not finish");
        return finished.first().first().value<SyncSummary>();
    }

    // The engine on this thread (with the worker's own connection), so that a test can act at
    // an exact point of the transfer from the progress callback.
    SyncSummary syncHere(const SyncEngine::ProgressCallback &progress)
    {
        auto settings = SyncSettings::fromSession(m_session);
        auto worker = m_session.openWorkerConnection();
        if (!settings || !worker)
            qFatal("no worker connection");
        RecordingTransport transport(settings->tls, m_log, m_mutex);
        SyncEngine::Seams seams;
        seams.sleep = [](std::chrono::milliseconds, const std::atomic_bool &cancel) { return !cancel; };
        SyncEngine engine(**worker, transport, settings->serverUrl, seams);
        std::atomic_bool cancel{false};
        auto summary = engine.run(cancel, progress);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().fullText()));
        return *summary;
    }

    QList<RecordingTransport::Entry> log()
    {
        QMutexLocker locker(&m_mutex);
        return m_log;
    }
    void clearLog()
    {
        QMutexLocker locker(&m_mutex);
        m_log.clear();
    }

    std::unique_ptr<SyncService> service;

private:
    ProfileRepository m_profiles;
    Session m_session;
    QMutex m_mutex;
    QList<RecordingTransport::Entry> m_log;
};

QString describe(const SyncSummary &summary)
{
    return summary.error ? summary.error->fullText() : summary.rejections.join(QLatin1Char(';'));
}

} // namespace

class TestBlobTransferIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServerFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Office> m_cityHall; // 柳州市人民政府 (wangfang)
    std::unique_ptr<Office> m_forestry; // 柳州市林业局 (chenjing)

    // A document with its attachment, written by the city hall and addressed to the forestry bureau.
    QString sendDocument(const QByteArray &bytes, const QString &fileName)
    {
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        auto sha = BlobCache(m_cityHall->session().database()).addFile(path);
        if (!sha)
            qFatal("%s", qPrintable(sha.error().fullText()));
        const QJsonObject payload{
            {QStringLiteral("title"), QStringLiteral("关于做好2014年森林防火工作的通知")},
            {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2014〕12号")},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), *sha},
                                                                   {QStringLiteral("name"), fileName},
                                                                   {QStringLiteral("size"), bytes.size()}}}}};
        if (!m_cityHall->session().records().put(Documents, RecordStore::newRecordId(), payload, {Forestry}))
            qFatal("put");
        return *sha;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SyncServerFixture>();
        GD_VERIFY(m_server->setUp());
        m_cityHall = std::make_unique<Office>(m_dir.filePath(QStringLiteral("city")), QStringLiteral("柳州市人民政府"), *m_server);
        m_forestry = std::make_unique<Office>(m_dir.filePath(QStringLiteral("forestry")), QStringLiteral("柳州市林业局"), *m_server);
        GD_VERIFY(m_cityHall->signIn(QStringLiteral("wangfang")));
        GD_VERIFY(m_forestry->signIn(QStringLiteral("chenjing")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_cityHall->service->isBusy() && !m_forestry->service->isBusy(), 60000);
    }

    void cleanupTestCase()
    {
        m_forestry.reset();
        m_cityHall.reset();
        m_server.reset();
    }

    void init()
    {
        GD_VERIFY(m_server->clearFaults());
        m_cityHall->clearLog();
        m_forestry->clearLog();
    }

    void aNineMiBAttachmentReachesTheOtherOfficeByteForByte()
    {
        const QByteArray bytes = randomBytes(AttachmentBytes, 2014);
        const QString sha = sendDocument(bytes, QStringLiteral("附件1-森林防火工作方案.pdf"));

        SyncSummary sent = m_cityHall->syncInBackground();
        QVERIFY2(sent.completed(), qPrintable(describe(sent)));
        QCOMPARE(sent.blobsUploaded, 1);
        QCOMPARE(sent.pushed, 1);
        QList<qint64> offsets;
        qsizetype lastPut = -1;
        qsizetype push = -1;
        const auto sentLog = m_cityHall->log();
        for (qsizetype i = 0; i < sentLog.size(); ++i) {
            if (sentLog.at(i).method == "PUT") {
                offsets << sentLog.at(i).offset;
                lastPut = i;
            }
            if (sentLog.at(i).path == QLatin1StringView("/v1/sync/push") && push < 0)
                push = i;
        }
        QCOMPARE(offsets, (QList<qint64>{0, ServerChunk, 2 * ServerChunk}));
        QVERIFY(lastPut >= 0 && lastPut < push); // the attachment is on the server before its record

        // The server's own view, over Qt's HTTPS stack: complete, the right size.
        auto token = m_server->signIn(QStringLiteral("chenjing"));
        GD_VERIFY(token);
        const HttpReply status = m_server->request("GET", QStringLiteral("/v1/blobs/%1/status").arg(sha), {},
                                                   token->value(QStringLiteral("accessToken")).toString());
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(status.json().value(QStringLiteral("size")).toInteger(), AttachmentBytes);

        const SyncSummary received = m_forestry->syncInBackground();
        QVERIFY2(received.completed(), qPrintable(describe(received)));
        QCOMPARE(received.blobsDownloaded, 1);
        BlobCache cache(m_forestry->session().database());
        QCOMPARE(cache.read(sha).value_or(QByteArray()), bytes);
        const QString exported = m_dir.filePath(QStringLiteral("received.pdf"));
        GD_VERIFY(cache.exportTo(sha, exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        auto documents = m_forestry->session().records().list(Documents);
        GD_VERIFY(documents);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().payload.value(QStringLiteral("attachments")).toArray().first().toObject()
                     .value(QStringLiteral("sha256")).toString(),
                 sha);
    }

    void aDroppedChunkUploadAndADroppedDownloadResume()
    {
        const QByteArray bytes = randomBytes(AttachmentBytes, 2026);
        const QString sha = sendDocument(bytes, QStringLiteral("附件2-扑火预案.pdf"));
        const QString blobPath = QStringLiteral("/v1/blobs/") + sha;

        // The second chunk reaches the server and its connection closes without an answer (curl
        // itself retries once on a reused connection, so the fault lasts three requests).
        bool armed = false;
        const SyncSummary sent = m_cityHall->syncHere([&](const SyncProgress &progress) {
            if (!armed && progress.phase == SyncProgress::Phase::Pushing && progress.blobBytes == ServerChunk) {
                armed = true;
                GD_VERIFY(m_server->setFault(QStringLiteral("drop"), 3, blobPath));
            }
        });
        QVERIFY(armed);
        QVERIFY2(sent.completed(), qPrintable(describe(sent)));
        QVERIFY(sent.retries >= 1);
        QCOMPARE(sent.blobsUploaded, 1);
        QList<qint64> offsets;
        for (const auto &entry : m_cityHall->log()) {
            if (entry.method == "PUT")
                offsets << entry.offset;
        }
        // Never from the start again: the dropped chunk is resent or skipped (409 → status).
        QCOMPARE(offsets.count(0), 1);
        QCOMPARE(offsets.first(), 0);
        QCOMPARE(offsets.last(), 2 * ServerChunk);
        QVERIFY(std::is_sorted(offsets.cbegin(), offsets.cend()));

        bool dropped = false;
        const SyncSummary received = m_forestry->syncHere([&](const SyncProgress &progress) {
            if (!dropped && progress.phase == SyncProgress::Phase::Pulling && progress.blobBytes == ServerChunk) {
                dropped = true;
                GD_VERIFY(m_server->setFault(QStringLiteral("drop"), 3, blobPath));
            }
        });
        QVERIFY(dropped);
        QVERIFY2(received.completed(), qPrintable(describe(received)));
        QVERIFY(received.retries >= 1);
        QCOMPARE(received.blobsDownloaded, 1);
        QByteArrayList rangeStarts;
        for (const auto &entry : m_forestry->log()) {
            if (entry.method == "GET" && entry.path == blobPath)
                rangeStarts << entry.range.mid(6, entry.range.indexOf('-') - 6);
        }
        // The first 4 MiB were kept: every request after the drop continues at 4 MiB or later.
        QCOMPARE(rangeStarts.count("0"), 1);
        QVERIFY(rangeStarts.count(QByteArray::number(ServerChunk)) >= 2);
        QCOMPARE(BlobCache(m_forestry->session().database()).read(sha).value_or(QByteArray()), bytes);
    }
};

QTEST_GUILESS_MAIN(TestBlobTransferIntegration)
#include "tst_blobtransfer.moc"
