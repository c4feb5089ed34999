// province_bench: govdesk-syncd at province scale on this machine — 100 county offices × 10
// desktops, each syncing a realistic mix (pulls from its own cursor; 3 in 10 operations a push of
// 1–3 documents, a fifth of them sent to another county) for a fixed time, against one instance on
// SQLite (the baseline), then one and two instances on one PostgreSQL 15 (durable: fsync on).
//
//   province_bench [--quick] [--seconds N] [--connections N]
//     --quick          5 s per configuration instead of 30 (CI)
//     --connections N  requests in flight at once (default 48): the desktops take turns on them,
//                      as a province's desktops reach the servers a few at a time
//
// The 1,000 desktops are accounts of their own (signed in before the clock starts); each keeps its
// cursor, and with two instances its requests alternate between them (the balancer's round robin,
// done by the load generator here). Closed loop: every answer is followed at once by the next
// request, so the figure is the configuration's capacity on this machine, shared with the load
// generator and the database.
// Prints
//   bench province_ops_per_s value=<2 PostgreSQL instances> baseline=<SQLite> ratio=…  (higher is better)
//   bench province_ops_per_s_1_instance value=<1 PostgreSQL instance> baseline=<SQLite> ratio=…
//   bench province_push_p95_ms / province_pull_p95_ms value=<2 instances> baseline=<SQLite>
//   bench province_errors value=<failed requests, all configurations> baseline=0 (must be 0)
#include "BenchCheck.h"
#include "BenchReport.h"
#include "ClosedLoop.h"
#include "PasswordHasher.h"
#include "PostgresFixture.h"
#include "SqlSyncRepository.h"
#include "SyncServerFixture.h"
#include "postgres/PgConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>
#include <chrono>
#include <cstdio>
#include <curl/curl.h>
#include <memory>
#include <vector>

using GovDesk::Server::SqlSyncRepository;
using GovDesk::Test::PostgresFixture;
using GovDesk::Test::SyncServerFixture;

namespace {

constexpr int Counties = 100;
constexpr int DesktopsPerCounty = 10;
constexpr int PullLimit = 100;
const QString Password = QStringLiteral("省级压测-correct-horse");

using GovDesk::Bench::check;
using GovDesk::Bench::die;

QString countyId(int county)
{
    return QStringLiteral("gx-county-%1").arg(county, 3, 10, QLatin1Char('0'));
}

struct Desktop
{
    QString user;
    int county = 0;
    QByteArray token;
    QByteArray cursor;
    int requests = 0; // requests made so far: the next one's kind and instance follow from it
    int phase = 0;    // desktops start at different points of the mix
};

// 100 counties and their 1,000 users, written into the repository before the server starts.
void seedProvince(SqlSyncRepository &repository, std::vector<Desktop> &desktops)
{
    // The cheapest Argon2id the server accepts: signing 1,000 desktops in is set-up, not the figure.
    const GovDesk::Server::PasswordHasher hasher({GovDesk::Server::PasswordHasher::MinMemoryKiB, 1});
    const QString hash = check(hasher.hash(Password), "password hash");
    check(repository.inTransaction([&]() -> GovDesk::Core::Result<> {
        for (int county = 1; county <= Counties; ++county) {
            GD_TRY(repository.addOrganisation(
                {countyId(county), QStringLiteral("第%1县人民政府办公室").arg(county)}));
            for (int desk = 1; desk <= DesktopsPerCounty; ++desk) {
                const QString user = QStringLiteral("c%1d%2").arg(county).arg(desk);
                GD_TRY(repository.addUser(
                    {user, QStringLiteral("文书%1").arg(user), countyId(county), {}, hash}));
            }
        }
        return {};
    }),
          "seeding the province");
    desktops.clear();
    for (int county = 1; county <= Counties; ++county)
        for (int desk = 1; desk <= DesktopsPerCounty; ++desk)
            desktops.push_back(
                {QStringLiteral("c%1d%2").arg(county).arg(desk), county, {}, {}, 0, desk % 10});
}

void signIn(SyncServerFixture &server, std::vector<Desktop> &desktops)
{
    for (Desktop &desktop : desktops) {
        const QJsonObject session = check(server.signIn(desktop.user, Password), "sign-in");
        desktop.token = session.value(QStringLiteral("accessToken")).toString().toLatin1();
        desktop.cursor.clear();
        desktop.requests = 0;
    }
}

QByteArray pushBody(const Desktop &desktop, int serial)
{
    QJsonArray ops;
    const int count = 1 + serial % 3;
    for (int n = 0; n < count; ++n) {
        QJsonObject op{
            {QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("collection"), QStringLiteral("documents.document")},
            {QStringLiteral("recordId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("baseRevision"), 0},
            {QStringLiteral("payload"),
             QJsonObject{
                 {QStringLiteral("title"),
                  QStringLiteral("关于做好第%1批防汛抗旱物资储备工作的通知").arg(serial)},
                 {QStringLiteral("documentNumber"),
                  QStringLiteral("县政办发〔2026〕%1号").arg(serial % 500 + 1)},
                 {QStringLiteral("issuer"), QStringLiteral("第%1县人民政府办公室").arg(desktop.county)},
                 {QStringLiteral("summary"),
                  QStringLiteral("各乡镇人民政府，县直各有关单位：为切实做好今年汛期防汛抗旱各项"
                                 "准备工作，现就物资储备、值班值守和信息报送有关事项通知如下。")}}}};
        if (serial % 5 == 0) // a fifth goes to the next county as well
            op.insert(QStringLiteral("recipients"), QJsonArray{countyId(desktop.county % Counties + 1)});
        ops.append(op);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact);
}

struct Outcome
{
    std::vector<double> pushMs;
    std::vector<double> pullMs;
    qint64 errors = 0;
    double seconds = 0;
    QStringList firstErrors;

    [[nodiscard]] double opsPerSecond() const { return double(pushMs.size() + pullMs.size()) / seconds; }
};

// One request in flight: a desktop's pull or push, on a connection of its own.
class Slot
{
public:
    explicit Slot(const QString &caFile)
        : m_easy(curl_easy_init())
    {
        curl_easy_setopt(m_easy, CURLOPT_CAINFO, caFile.toLocal8Bit().constData());
        curl_easy_setopt(m_easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
        curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &Slot::collect);
        curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
        curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
        curl_easy_setopt(m_easy, CURLOPT_TIMEOUT, 60L);
    }
    ~Slot()
    {
        curl_easy_cleanup(m_easy);
        curl_slist_free_all(m_headers);
    }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

    [[nodiscard]] CURL *easy() const { return m_easy; }

    void arm(Desktop &desktop, const QList<QUrl> &instances, int serial)
    {
        m_desktop = &desktop;
        const QUrl &instance = instances.at(desktop.requests % instances.size());
        m_isPush = (desktop.requests + desktop.phase) % 10 < 3;
        ++desktop.requests;
        curl_slist_free_all(m_headers);
        m_headers = curl_slist_append(nullptr, ("Authorization: Bearer " + desktop.token).constData());
        m_response.clear();
        if (m_isPush) {
            m_headers = curl_slist_append(m_headers, "Content-Type: application/json");
            m_body = pushBody(desktop, serial);
            curl_easy_setopt(
                m_easy, CURLOPT_URL,
                instance.resolved(QUrl(QStringLiteral("/v1/sync/push"))).toEncoded().constData());
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(m_body.size()));
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_body.constData());
        } else {
            const QString path = QStringLiteral("/v1/sync/pull?limit=%1&cursor=%2")
                                     .arg(PullLimit)
                                     .arg(QString::fromLatin1(desktop.cursor));
            curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
            curl_easy_setopt(m_easy, CURLOPT_URL, instance.resolved(QUrl(path)).toEncoded().constData());
        }
        curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headers);
        m_started = std::chrono::steady_clock::now();
    }

    void finish(CURLcode code, Outcome &outcome)
    {
        long status = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
        const double ms
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started).count();
        if (code != CURLE_OK || status != 200 || (m_isPush && !m_response.contains("\"applied\""))) {
            ++outcome.errors;
            if (outcome.firstErrors.size() < 5)
                outcome.firstErrors << QStringLiteral("%1 %2 %3: %4")
                                           .arg(m_isPush ? QStringLiteral("push") : QStringLiteral("pull"))
                                           .arg(status)
                                           .arg(QString::fromLatin1(curl_easy_strerror(code)),
                                                QString::fromUtf8(m_response.left(300)));
            return;
        }
        if (m_isPush) {
            outcome.pushMs.push_back(ms);
            return;
        }
        outcome.pullMs.push_back(ms);
        // The cursor is the answer's last field: found without parsing the page.
        const qsizetype at = m_response.lastIndexOf("\"cursor\":\"");
        if (at >= 0) {
            const qsizetype start = at + 10;
            m_desktop->cursor = m_response.mid(start, m_response.indexOf('"', start) - start);
        }
    }

private:
    static size_t collect(char *data, size_t size, size_t count, void *self)
    {
        static_cast<Slot *>(self)->m_response.append(data, qsizetype(size * count));
        return size * count;
    }

    CURL *m_easy;
    curl_slist *m_headers = nullptr;
    Desktop *m_desktop = nullptr;
    QByteArray m_body;
    QByteArray m_response;
    bool m_isPush = false;
    std::chrono::steady_clock::time_point m_started;
};

// The desktops take turns on `connections` requests in flight for `seconds`.
Outcome run(std::vector<Desktop> &desktops, const QList<QUrl> &instances, const QString &caFile,
            int connections, double seconds)
{
    std::vector<std::unique_ptr<Slot>> inFlight;
    std::vector<CURL *> handles;
    size_t next = 0;
    int serial = 0;
    for (int i = 0; i < connections; ++i) {
        inFlight.push_back(std::make_unique<Slot>(caFile));
        inFlight.back()->arm(desktops[next++ % desktops.size()], instances, ++serial);
        handles.push_back(inFlight.back()->easy());
    }
    Outcome outcome;
    outcome.seconds = GovDesk::Bench::runClosedLoop(
        handles, connections, seconds, [&](CURL *handle, CURLcode code, bool again) {
            Slot *slot = nullptr;
            curl_easy_getinfo(handle, CURLINFO_PRIVATE, &slot);
            slot->finish(code, outcome);
            if (again)
                slot->arm(desktops[next++ % desktops.size()], instances, ++serial);
        });
    return outcome;
}

void print(const char *name, const Outcome &outcome)
{
    std::printf(
        "province_bench: %-24s %7zu pushes %7zu pulls in %5.1f s = %7.1f ops/s; push p50 %6.1f p95 %7.1f ms; "
        "pull p50 %6.1f p95 %7.1f ms; %lld errors\n",
        name, outcome.pushMs.size(), outcome.pullMs.size(), outcome.seconds, outcome.opsPerSecond(),
        GovDesk::Bench::percentile(outcome.pushMs, 50), GovDesk::Bench::percentile(outcome.pushMs, 95),
        GovDesk::Bench::percentile(outcome.pullMs, 50), GovDesk::Bench::percentile(outcome.pullMs, 95),
        static_cast<long long>(outcome.errors));
    for (const QString &error : outcome.firstErrors)
        std::printf("province_bench:   %s\n", qPrintable(error));
    std::fflush(stdout);
}

struct DatabaseFigures
{
    qint64 bytes = 0;
    qint64 records = 0;
};

DatabaseFigures databaseFigures(const QString &uri)
{
    auto connection = check(GovDesk::Server::PgConnection::open(uri), "PostgreSQL connection");
    check(connection->execScript(QStringLiteral("CHECKPOINT")), "checkpoint"); // the files as they are
    auto row = check(connection->exec(QStringLiteral(
                         "SELECT pg_database_size(current_database()), (SELECT count(*) FROM records)")),
                     "database size");
    return {row.int64(0, 0), row.int64(0, 1)};
}

// No rate limit and room for every connection from this one address: the load generator stands
// for a thousand desktops behind it.
const QStringList ServeArguments{QStringLiteral("--rate-per-minute"), QStringLiteral("0"),
                                 QStringLiteral("--max-connections-per-address"), QStringLiteral("1000")};

void restartWith(SyncServerFixture &server)
{
    if (server.stop() != 0)
        die(QStringLiteral("the server did not stop cleanly"));
    check(server.start(ServeArguments), "restarting the server");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double seconds = GovDesk::Bench::quickMode(argc, argv) ? 5 : 30;
    int connections = 48;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--seconds")); at > 0)
        seconds = arguments.value(at + 1).toDouble();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--connections")); at > 0)
        connections = arguments.value(at + 1).toInt();
    if (seconds <= 0 || connections <= 0)
        die(QStringLiteral("--seconds and --connections take a positive number"));
    curl_global_init(CURL_GLOBAL_DEFAULT);
    std::vector<Desktop> desktops;

    // Baseline: one instance on its SQLite file.
    Outcome sqlite;
    {
        SyncServerFixture server;
        check(server.setUp(), "SQLite server");
        if (server.stop() != 0)
            die(QStringLiteral("the SQLite server did not stop cleanly"));
        {
            auto repository = check(
                SqlSyncRepository::openSqlite(server.dataDirectory() + QStringLiteral("/syncd.db"), {}),
                "SQLite repository");
            seedProvince(*repository, desktops);
        }
        check(server.start(ServeArguments), "SQLite server");
        signIn(server, desktops);
        sqlite = run(desktops, {server.baseUrl()}, server.caFile(), connections, seconds);
        print("SQLite, 1 instance", sqlite);
    }

    // One PostgreSQL, durable as in production; one instance, then two.
    PostgresFixture postgres;
    check(postgres.start(PostgresFixture::Options{.durable = true}), "PostgreSQL");
    SyncServerFixture first;
    SyncServerFixture second;
    first.useDatabase(postgres.uri());
    second.useDatabase(postgres.uri());
    check(first.setUp(), "first PostgreSQL instance");
    {
        auto repository = check(SqlSyncRepository::openPostgres(postgres.uri(), 2), "PostgreSQL repository");
        seedProvince(*repository, desktops);
    }
    restartWith(first);
    check(second.setUp({}, {}), "second PostgreSQL instance");
    restartWith(second);
    signIn(first, desktops);
    const DatabaseFigures before = databaseFigures(postgres.uri());
    const Outcome one = run(desktops, {first.baseUrl()}, first.caFile(), connections, seconds);
    print("PostgreSQL, 1 instance", one);
    // Each fixture made its own test CA: the load generator trusts both.
    QTemporaryDir scratch;
    const QString bothCas = scratch.filePath(QStringLiteral("cas.pem"));
    {
        QFile bundle(bothCas);
        if (!bundle.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(bothCas));
        for (const QString &ca : {first.caFile(), second.caFile()}) {
            QFile file(ca);
            if (!file.open(QIODevice::ReadOnly))
                die(QStringLiteral("cannot read %1").arg(ca));
            bundle.write(file.readAll());
        }
    }
    const Outcome two = run(desktops, {first.baseUrl(), second.baseUrl()}, bothCas, connections, seconds);
    print("PostgreSQL, 2 instances", two);

    // What the records cost on disk, for sizing a province's database (docs/benchmarks.md).
    const DatabaseFigures after = databaseFigures(postgres.uri());
    const qint64 written = after.records - before.records;
    std::printf("province_bench: PostgreSQL database %.1f MB after %lld records written (%.0f bytes each, "
                "indexes and change log included)\n",
                double(after.bytes) / 1e6, static_cast<long long>(written),
                written > 0 ? double(after.bytes - before.bytes) / double(written) : 0.0);
    GovDesk::Bench::report(QStringLiteral("province_ops_per_s"), two.opsPerSecond(), sqlite.opsPerSecond());
    GovDesk::Bench::report(QStringLiteral("province_ops_per_s_1_instance"), one.opsPerSecond(),
                           sqlite.opsPerSecond());
    GovDesk::Bench::report(QStringLiteral("province_push_p95_ms"), GovDesk::Bench::percentile(two.pushMs, 95),
                           GovDesk::Bench::percentile(sqlite.pushMs, 95));
    GovDesk::Bench::report(QStringLiteral("province_pull_p95_ms"), GovDesk::Bench::percentile(two.pullMs, 95),
                           GovDesk::Bench::percentile(sqlite.pullMs, 95));
    const qint64 errors = sqlite.errors + one.errors + two.errors;
    std::printf("bench province_errors value=%lld baseline=0\n", static_cast<long long>(errors));
    curl_global_cleanup();
    return errors == 0 ? 0 : 1;
}
