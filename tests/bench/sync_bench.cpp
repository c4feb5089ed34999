// sync_bench: the cost of a GovDesk pull — 100k records from a local govdesk-syncd into a fresh
// encrypted profile by the real SyncEngine, against the same pages fetched with bare libcurl and
// inserted into a plain SQLite file.
//
// Seeding (not measured): the records are pushed straight to the server over HTTPS, 500 ops per
// request. Measured, alternating which goes first, median of the rounds:
//   value     a fresh profile (SQLCipher, synchronous=FULL) signed in beforehand; the engine's
//             run(): push (nothing), then pull pages of 500 until hasMore is false;
//   baseline  libcurl's easy interface on one handle, the same URLs (cursor/limit sequence), the
//             same TLS (private CA, verification on, TLS >= 1.2), each page parsed with
//             QJsonDocument and its changes inserted raw into a plain (empty key) Database with the
//             same pragmas, one transaction per page, cursor stored with it.
// Also printed: records per second, and where the time goes (fetch + parse alone; the baseline's
// inserts into an encrypted database).
//
//   sync_bench [--quick] [--records N] [--rounds N] [--page N]
//     --quick     5,000 records, 2 rounds (CI)
//     --page      changes per pull page for both sides (default 500, the engine's; at most 1000)
#include "BenchCheck.h"
#include "BenchReport.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <curl/curl.h>
#include <random>
#include <vector>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

constexpr int PushOps = 500;

struct Config
{
    int records = 100000;
    int rounds = 3;
    int pageLimit = 500; // the engine's default pull limit (the server allows up to 1000)
};

int g_pageLimit = 500;

using GovDesk::Bench::check;
using GovDesk::Bench::die;

// A realistic 公文 record: ~600 bytes of JSON, mostly Chinese.
QJsonObject documentPayload(std::mt19937_64 &random, int n)
{
    static const QStringList issuers
        = {QStringLiteral("柳州市人民政府办公室"), QStringLiteral("柳州市林业和园林局"),
           QStringLiteral("鹿寨县人民政府"), QStringLiteral("柳州市应急管理局")};
    static const QStringList subjects
        = {QStringLiteral("做好森林防火工作"),   QStringLiteral("加强汛期水库安全管理"),
           QStringLiteral("开展安全生产大检查"), QStringLiteral("做好春耕生产"),
           QStringLiteral("规范公文处理"),       QStringLiteral("推进乡村振兴重点工作")};
    static const QString summary = QStringLiteral("为切实做好当前工作，确保人民群众生命财产安全，经市人民政府"
                                                  "同意，现就有关事项通知如下：一、提高思想认识，"
                                                  "切实加强组织领导；二、落实工作责任，严格执行二十四小时值班"
                                                  "和领导带班制度；三、加强隐患排查，建立台账。");
    const auto pick = [&random](const QStringList &list) {
        return list.at(qsizetype(random() % quint64(list.size())));
    };
    return {{QStringLiteral("title"), QStringLiteral("关于%1的通知").arg(pick(subjects))},
            {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕%1号").arg(n)},
            {QStringLiteral("issuer"), pick(issuers)},
            {QStringLiteral("issuedOn"), QStringLiteral("2026-%1-%2")
                                             .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                                             .arg(1 + n % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("urgency"), n % 10 == 0 ? QStringLiteral("特急") : QStringLiteral("平件")},
            {QStringLiteral("summary"), summary.left(80 + int(random() % 40))},
            {QStringLiteral("pages"), 1 + int(random() % 12)}};
}

void seed(SyncServerFixture &server, int records)
{
    const QString token = check(server.signIn(QStringLiteral("wangfang")), "seed sign-in")
                              .value(QStringLiteral("accessToken"))
                              .toString();
    std::mt19937_64 random(20261126);
    for (int first = 0; first < records; first += PushOps) {
        QJsonArray ops;
        for (int n = first; n < std::min(records, first + PushOps); ++n) {
            ops.append(
                QJsonObject{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("collection"), QStringLiteral("documents.document")},
                            {QStringLiteral("recordId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("baseRevision"), 0},
                            {QStringLiteral("payload"), documentPayload(random, n)}});
        }
        const HttpReply reply = server.request(
            "POST", QStringLiteral("/v1/sync/push"),
            QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact), token,
            {}, 120000);
        if (reply.status != 200)
            die(QStringLiteral("seeding push answered %1: %2")
                    .arg(reply.status)
                    .arg(QString::fromUtf8(reply.body.left(300))));
    }
}

// ---- measured: the real engine into a fresh encrypted profile ----

double engineRun(SyncServerFixture &server, const QString &root, int round, int records)
{
    auto profile = check(SyncedProfile::create(root, QStringLiteral("王芳 #%1").arg(round),
                                               QStringLiteral("同步基准口令"),
                                               {server.baseUrl(), server.caFile(), {}}),
                         "create profile");
    auto account = check(
        profile->signIn(QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword)),
        "sign-in");
    if (!account)
        die(QStringLiteral("sign-in: ") + account.error().fullText());
    SyncEngineOptions options; // the app's defaults, except for --page
    options.pullLimit = g_pageLimit;
    QElapsedTimer timer;
    timer.start();
    const SyncSummary summary = check(profile->sync(options), "sync");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary.completed() || summary.pulled != records)
        die(QStringLiteral("engine run: %1").arg(describe(summary)));
    if (check(profile->recordCount(), "count") != records)
        die(QStringLiteral("engine run stored the wrong number of records"));
    return seconds;
}

// ---- baseline: bare libcurl + plain inserts ----

size_t appendBody(char *data, size_t size, size_t count, void *body)
{
    static_cast<QByteArray *>(body)->append(data, qsizetype(size * count));
    return size * count;
}

struct Baseline
{
    double seconds = 0;
    double fetchSeconds = 0; // curl + JSON parsing only
};

enum class Store { None, Plain, Encrypted };

Baseline curlRun(SyncServerFixture &server, const QString &dbPath, Store store, int records)
{
    const QString token = check(server.signIn(QStringLiteral("wangfang")), "baseline sign-in")
                              .value(QStringLiteral("accessToken"))
                              .toString();
    std::unique_ptr<Database> db;
    std::optional<Statement> insert;
    std::optional<Statement> saveCursor;
    if (store != Store::None) {
        SecureBytes key;
        if (store == Store::Encrypted) {
            key = SecureBytes(32);
            for (std::size_t i = 0; i < key.size(); ++i)
                key.data()[i] = static_cast<unsigned char>(0x5a ^ i);
        }
        db = check(
            Database::open(dbPath, key, {.create = true, .checkApplicationId = store == Store::Encrypted}),
            "open");
        for (const Migration &migration : RecordStore::migrations())
            check(db->execute(migration.sql), "schema");
        insert = check(
            db->prepare(QStringLiteral("INSERT OR REPLACE INTO sync_records (collection, record_id, "
                                       "revision, payload, deleted, owner,"
                                       " recipients, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
            "prepare insert");
        saveCursor = check(db->prepare(QStringLiteral(
                               "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('cursor', ?1)")),
                           "prepare cursor");
    }

    CURL *curl = curl_easy_init();
    curl_slist *headers = curl_slist_append(nullptr, "Accept: application/json");
    headers = curl_slist_append(headers, QByteArray("Authorization: Bearer " + token.toUtf8()).constData());
    const QByteArray caFile = server.caFile().toLocal8Bit();
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    QByteArray body;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);

    Baseline result;
    QElapsedTimer timer;
    timer.start();
    qint64 fetchNs = 0;
    QString cursor;
    int stored = 0;
    for (;;) {
        QElapsedTimer fetch;
        fetch.start();
        QUrl url = server.url(QStringLiteral("/v1/sync/pull"));
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(g_pageLimit));
        url.setQuery(query);
        const QByteArray encoded = url.toEncoded();
        curl_easy_setopt(curl, CURLOPT_URL, encoded.constData());
        body.clear();
        const CURLcode code = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (code != CURLE_OK || status != 200)
            die(QStringLiteral("baseline pull: curl %1, HTTP %2").arg(int(code)).arg(status));
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        cursor = page.value(QStringLiteral("cursor")).toString();
        fetchNs += fetch.nsecsElapsed();
        if (db) {
            auto transaction = check(Transaction::begin(*db), "begin");
            for (const QJsonValue &value : changes) {
                const QJsonObject change = value.toObject();
                insert->bind(1, change.value(QStringLiteral("collection")).toString())
                    .bind(2, change.value(QStringLiteral("recordId")).toString())
                    .bind(3, change.value(QStringLiteral("revision")).toInteger())
                    .bind(4,
                          QString::fromUtf8(QJsonDocument(change.value(QStringLiteral("payload")).toObject())
                                                .toJson(QJsonDocument::Compact)))
                    .bind(5, change.value(QStringLiteral("deleted")).toBool() ? 1 : 0)
                    .bind(6, change.value(QStringLiteral("owner")).toString())
                    .bind(7, QString::fromUtf8(
                                 QJsonDocument(change.value(QStringLiteral("recipients")).toArray())
                                     .toJson(QJsonDocument::Compact)))
                    .bind(8, QDateTime::fromString(change.value(QStringLiteral("updatedAt")).toString(),
                                                   Qt::ISODate)
                                 .toMSecsSinceEpoch());
                check(insert->exec(), "insert");
                insert->reset();
            }
            saveCursor->bind(1, cursor);
            check(saveCursor->exec(), "cursor");
            saveCursor->reset();
            check(transaction.commit(), "commit");
        }
        stored += int(changes.size());
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.fetchSeconds = double(fetchNs) / 1e9;
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (stored != records)
        die(QStringLiteral("baseline pulled %1 records, expected %2").arg(stored).arg(records));
    insert.reset();
    saveCursor.reset();
    return result;
}

double median(std::vector<double> samples)
{
    return GovDesk::Bench::percentile(std::move(samples), 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Config config;
    if (GovDesk::Bench::quickMode(argc, argv)) {
        config.records = 5000;
        config.rounds = 2;
    }
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--records"))
            config.records = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            config.rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--page"))
            config.pageLimit = std::clamp(args.at(i + 1).toInt(), 1, 1000);
    }
    if (config.records < 1)
        die(QStringLiteral("--records must be at least 1"));
    g_pageLimit = config.pageLimit;
    curl_global_init(CURL_GLOBAL_DEFAULT);

    // The client side (profiles, plain files) stays on the normal temporary directory's disk; the
    // server's data goes to tmpfs when there is one. The reference server applies every pushed op
    // in its own fsynced transaction (~4 ms each on this disk), so seeding 100k records on disk
    // would take ~7 minutes; the pull being measured reads from the page cache either way.
    const QString diskTemp = QDir::tempPath();
    QTemporaryDir dir(diskTemp + QStringLiteral("/sync_bench-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    const bool tmpfs = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    if (tmpfs)
        qputenv("TMPDIR", "/dev/shm");
    SyncServerFixture server;
    check(server.setUp(), "server");
    if (tmpfs)
        qputenv("TMPDIR", diskTemp.toLocal8Bit());
    // The bench's requests are many and fast; the per-token rate limit would measure waiting.
    server.stop();
    check(server.start({QStringLiteral("--rate-per-minute"), QStringLiteral("0")}), "server restart");

    QElapsedTimer seeding;
    seeding.start();
    seed(server, config.records);
    std::printf("sync_bench: %d records seeded in %.1f s (server data in %s); pages of %d; %d rounds\n",
                config.records, double(seeding.elapsed()) / 1000.0, qPrintable(server.dataDirectory()),
                config.pageLimit, config.rounds);

    std::vector<double> engine, plain, fetchOnly, encryptedBaseline;
    for (int round = 0; round < config.rounds; ++round) {
        const auto runEngine = [&] {
            engine.push_back(
                engineRun(server, dir.filePath(QStringLiteral("profiles")), round, config.records));
        };
        const auto runPlain = [&] {
            const Baseline baseline = curlRun(server, dir.filePath(QStringLiteral("plain-%1.db").arg(round)),
                                              Store::Plain, config.records);
            plain.push_back(baseline.seconds);
        };
        if (round % 2 == 0) {
            runEngine();
            runPlain();
        } else {
            runPlain();
            runEngine();
        }
        fetchOnly.push_back(curlRun(server, {}, Store::None, config.records).seconds);
        encryptedBaseline.push_back(curlRun(server,
                                            dir.filePath(QStringLiteral("encrypted-%1.db").arg(round)),
                                            Store::Encrypted, config.records)
                                        .seconds);
        std::printf("sync_bench: round %d: engine %.3f s, curl+plain %.3f s, curl+parse only %.3f s, "
                    "curl+encrypted %.3f s\n",
                    round + 1, engine.back(), plain.back(), fetchOnly.back(), encryptedBaseline.back());
        std::fflush(stdout);
    }
    const double value = median(engine);
    const double baseline = median(plain);
    std::printf("sync_bench: engine %.0f records/s, baseline %.0f records/s; fetch+parse alone %.3f s, "
                "baseline into SQLCipher %.3f s\n",
                config.records / value, config.records / baseline, median(fetchOnly),
                median(encryptedBaseline));
    // One name for every size, like the other benchmarks (--quick pulls 5,000 records).
    GovDesk::Bench::report(QStringLiteral("sync_pull_100k_s"), value, baseline);
    curl_global_cleanup();
    return 0;
}
