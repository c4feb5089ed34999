// server_bench: govdesk-syncd under 50 concurrent HTTPS clients, against nginx serving the same
// bytes over the same TLS settings (the cost of HTTPS itself on this machine).
//
//   server_bench [--quick] [--seconds N] [--limit N]
//     --quick     3 s per phase instead of 30 (CI)
//     --limit N   changes per pull answer (default 100, ~62 KB)
//
// Phases, each with keep-alive connections driven by one libcurl multi handle:
//   1. 50 clients pull (the same 100-change page) — pull latency baseline and pulls/s;
//   2. 50 clients sign in and pull in turn, with production-cost Argon2id — pull latency under
//      sign-ins;
//   3. one client pulls alone, then beside 10 clients signing in continuously;
//   4. nginx: 50 clients fetch a static file of the pull answer's size;
//   5. phase 1 again with the server's page cache off (--pull-cache-mb 0): every pull reads the
//      database and writes its answer, as when each client asks from a cursor of its own.
// Prints
//   bench server_pull_p95_ms value=<p95, phase 2> baseline=<p95, phase 1>
//   bench server_lone_pull_p95_ms value=<p95 beside sign-ins> baseline=<p95 alone>
//   bench server_s_per_1k_pulls value=<s per 1,000 pulls, phase 1> baseline=<nginx, phase 4>
//   bench server_s_per_1k_uncached_pulls value=<phase 5> baseline=<nginx, phase 4>
#include "BenchCheck.h"
#include "BenchReport.h"
#include "ClosedLoop.h"
#include "SyncServerFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QUuid>
#include <chrono>
#include <cstdio>
#include <curl/curl.h>
#include <memory>
#include <unistd.h>
#include <vector>

using GovDesk::Test::HttpReply;
using GovDesk::Test::SyncServerFixture;

namespace {

constexpr int Clients = 50;
constexpr int SignInClients = 10;
constexpr int SeededRecords = 200;
int g_pullLimit = 100;
const QString BenchUser = QStringLiteral("benchuser");
const QString BenchPassword = QStringLiteral("基准-correct-horse");

using GovDesk::Bench::check;
using GovDesk::Bench::die;

// What one client does, over and over, on its own keep-alive connection.
enum class Script { Pull, SignInThenPull, SignIn };

struct Target
{
    QString pullUrl;
    QString signInUrl;
    QString caFile;
    QByteArray token;
};

struct PhaseResult
{
    std::vector<double> pullMs;
    qint64 pulls = 0;
    qint64 failures = 0;
    double seconds = 0;

    [[nodiscard]] double p95() const { return GovDesk::Bench::percentile(pullMs, 95); }
    [[nodiscard]] double secondsPer1kPulls() const { return pulls ? seconds * 1000.0 / double(pulls) : 0; }
};

class Client
{
public:
    Client(const Target &target, Script script, int index)
        : m_target(target)
        , m_script(script)
        , m_easy(curl_easy_init())
    {
        const QByteArray body
            = QJsonDocument(QJsonObject{{QStringLiteral("user"), BenchUser},
                                        {QStringLiteral("password"), BenchPassword},
                                        {QStringLiteral("device"), QStringLiteral("bench %1").arg(index)}})
                  .toJson(QJsonDocument::Compact);
        m_signInBody = body.toStdString();
        m_pullHeaders = curl_slist_append(nullptr, ("Authorization: Bearer " + target.token).constData());
        m_signInHeaders = curl_slist_append(nullptr, "Content-Type: application/json");
        curl_easy_setopt(m_easy, CURLOPT_CAINFO, target.caFile.toLocal8Bit().constData());
        curl_easy_setopt(m_easy, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
        curl_easy_setopt(m_easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
        curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &Client::discard);
        curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
        curl_easy_setopt(m_easy, CURLOPT_TIMEOUT, 60L);
        m_nextIsSignIn = script != Script::Pull;
    }
    ~Client()
    {
        curl_easy_cleanup(m_easy);
        curl_slist_free_all(m_pullHeaders);
        curl_slist_free_all(m_signInHeaders);
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    [[nodiscard]] CURL *easy() const { return m_easy; }

    // Sets up the next request of the script.
    void arm()
    {
        m_isSignIn = m_nextIsSignIn;
        if (m_isSignIn) {
            curl_easy_setopt(m_easy, CURLOPT_URL, m_target.signInUrl.toLatin1().constData());
            curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_signInHeaders);
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_signInBody.c_str());
        } else {
            curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
            curl_easy_setopt(m_easy, CURLOPT_URL, m_target.pullUrl.toLatin1().constData());
            curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_pullHeaders);
        }
        m_nextIsSignIn = m_script == Script::SignIn || (m_script == Script::SignInThenPull && !m_isSignIn);
        m_started = std::chrono::steady_clock::now();
    }

    // The request ended: counts it in `result`.
    void done(CURLcode code, PhaseResult &result) const
    {
        long status = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
        if (code != CURLE_OK || status != 200) {
            ++result.failures;
            return;
        }
        if (m_isSignIn)
            return;
        ++result.pulls;
        result.pullMs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started).count());
    }

private:
    static size_t discard(char *, size_t size, size_t count, void *) { return size * count; }

    const Target &m_target;
    Script m_script;
    CURL *m_easy;
    std::string m_signInBody;
    curl_slist *m_pullHeaders = nullptr;
    curl_slist *m_signInHeaders = nullptr;
    bool m_nextIsSignIn = false;
    bool m_isSignIn = false;
    std::chrono::steady_clock::time_point m_started;
};

// Runs one client per script for `seconds`, then lets the requests under way finish.
PhaseResult runPhase(const Target &target, const std::vector<Script> &scripts, double seconds)
{
    std::vector<std::unique_ptr<Client>> clients;
    std::vector<CURL *> handles;
    for (size_t i = 0; i < scripts.size(); ++i) {
        clients.push_back(std::make_unique<Client>(target, scripts[i], static_cast<int>(i)));
        clients.back()->arm();
        handles.push_back(clients.back()->easy());
    }
    PhaseResult result;
    result.seconds = GovDesk::Bench::runClosedLoop(handles, static_cast<long>(scripts.size()), seconds,
                                                   [&](CURL *handle, CURLcode code, bool again) {
                                                       Client *client = nullptr;
                                                       curl_easy_getinfo(handle, CURLINFO_PRIVATE, &client);
                                                       client->done(code, result);
                                                       if (again)
                                                           client->arm();
                                                   });
    return result;
}

void printPhase(const char *name, const PhaseResult &result)
{
    std::printf(
        "server_bench: %-28s %7lld pulls in %5.1f s (%6.0f/s), pull p50 %6.2f ms p95 %7.2f ms p99 %7.2f ms, "
        "%lld failed\n",
        name, static_cast<long long>(result.pulls), result.seconds, double(result.pulls) / result.seconds,
        GovDesk::Bench::percentile(result.pullMs, 50), result.p95(),
        GovDesk::Bench::percentile(result.pullMs, 99), static_cast<long long>(result.failures));
    std::fflush(stdout);
}

QJsonObject documentPayload(int n)
{
    return {
        {QStringLiteral("title"), QStringLiteral("关于做好2026年第%1批防汛抗旱物资储备工作的通知").arg(n)},
        {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕%1号").arg(n)},
        {QStringLiteral("issuer"), QStringLiteral("柳州市人民政府办公室")},
        {QStringLiteral("urgency"), n % 5 == 0 ? QStringLiteral("特急") : QStringLiteral("平件")},
        {QStringLiteral("summary"), QStringLiteral("各县区人民政府，市直各有关单位：为切实做好今年汛期防汛抗"
                                                   "旱各项准备工作，确保人民群众生命财产安全，"
                                                   "现就物资储备、值班值守和信息报送有关事项通知如下。")}};
}

QByteArray seedAndSignIn(SyncServerFixture &server)
{
    const QString token = check(server.signIn(QStringLiteral("wangfang")), "sign-in")
                              .value(QStringLiteral("accessToken"))
                              .toString();
    QJsonArray ops;
    for (int n = 0; n < SeededRecords; ++n)
        ops.append(
            QJsonObject{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("collection"), QStringLiteral("documents.document")},
                        {QStringLiteral("recordId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("baseRevision"), 0},
                        {QStringLiteral("payload"), documentPayload(n)}});
    const HttpReply pushed = server.request(
        "POST", QStringLiteral("/v1/sync/push"),
        QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact), token, {},
        60000);
    if (pushed.status != 200)
        die(QStringLiteral("seeding answered %1").arg(pushed.status));
    // The measured sign-ins cost what they cost in production (the server's default Argon2id).
    check(server.admin({QStringLiteral("--argon2-memory-kib"), QStringLiteral("19456"),
                        QStringLiteral("--argon2-iterations"), QStringLiteral("2"), QStringLiteral("user"),
                        QStringLiteral("add"), BenchUser, QStringLiteral("--name"),
                        QStringLiteral("基准用户"), QStringLiteral("--org"), QStringLiteral("gx-lz-gov")},
                       BenchPassword.toUtf8() + '\n'),
          "bench user");
    return token.toLatin1();
}

// nginx from Debian serving one static file over HTTPS with the server's certificate and suites.
class Nginx
{
public:
    Nginx(const SyncServerFixture &server, const QByteArray &body, const QString &directory)
        : m_directory(directory)
    {
        QDir().mkpath(directory + QStringLiteral("/www/v1/sync"));
        QFile file(directory + QStringLiteral("/www/v1/sync/pull"));
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            die(QStringLiteral("cannot write the nginx file"));
        QTcpServer probe; // a free port
        if (!probe.listen(QHostAddress::LocalHost))
            die(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        probe.close();
        const QString config
            = QStringLiteral(R"(%1
worker_processes auto;
pid %2/nginx.pid;
error_log %2/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path %2/body;
  proxy_temp_path %2/proxy;
  fastcgi_temp_path %2/fastcgi;
  uwsgi_temp_path %2/uwsgi;
  scgi_temp_path %2/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:%3 ssl;
    ssl_certificate %4;
    ssl_certificate_key %5;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
    root %2/www;
    default_type application/json;
  }
}
)")
                  .arg(::geteuid() == 0 ? QStringLiteral("user root;") : QString(), directory)
                  .arg(m_port)
                  .arg(server.certificateFile(), server.keyFile());
        QFile conf(directory + QStringLiteral("/nginx.conf"));
        if (!conf.open(QIODevice::WriteOnly) || conf.write(config.toUtf8()) < 0)
            die(QStringLiteral("cannot write nginx.conf"));
        conf.close();
        const QString nginx = QStringLiteral("/usr/sbin/nginx");
        if (!QFile::exists(nginx))
            die(QStringLiteral("%1 is missing: scripts/install-deps.sh installs nginx-light").arg(nginx));
        m_process.start(nginx, {QStringLiteral("-p"), directory, QStringLiteral("-c"), conf.fileName(),
                                QStringLiteral("-g"), QStringLiteral("daemon off;")});
        if (!m_process.waitForStarted(5000))
            die(QStringLiteral("nginx did not start: %1").arg(m_process.errorString()));
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return;
            QThread::msleep(50);
        }
        die(QStringLiteral("nginx does not listen; %1")
                .arg(QString::fromUtf8(m_process.readAllStandardError())));
    }
    ~Nginx()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    Nginx(const Nginx &) = delete;
    Nginx &operator=(const Nginx &) = delete;

    [[nodiscard]] QString url() const
    {
        return QStringLiteral("https://127.0.0.1:%1/v1/sync/pull").arg(m_port);
    }

private:
    QString m_directory;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double seconds = GovDesk::Bench::quickMode(argc, argv) ? 3 : 30;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i > 0 && i + 1 < args.size())
        seconds = std::max(1.0, args.at(i + 1).toDouble());
    if (const qsizetype i = args.indexOf(QStringLiteral("--limit")); i > 0 && i + 1 < args.size())
        g_pullLimit = std::clamp(args.at(i + 1).toInt(), 1, SeededRecords);
    curl_global_init(CURL_GLOBAL_DEFAULT);

    SyncServerFixture server;
    check(server.setUp(), "server");
    server.stop(); // again without the rate limit: the bench measures serving, not waiting
    check(server.start({QStringLiteral("--rate-per-minute"), QStringLiteral("0")}), "server restart");
    Target target{server.url(QStringLiteral("/v1/sync/pull?cursor=&limit=%1").arg(g_pullLimit)).toString(),
                  server.url(QStringLiteral("/v1/auth/sign-in")).toString(), server.caFile(),
                  seedAndSignIn(server)};
    const HttpReply sample
        = server.request("GET", QStringLiteral("/v1/sync/pull?cursor=&limit=%1").arg(g_pullLimit), {},
                         QString::fromLatin1(target.token));
    if (sample.status != 200)
        die(QStringLiteral("a pull answered %1").arg(sample.status));
    std::printf(
        "server_bench: %d clients, %.0f s per phase, pull answer %lld bytes (%d changes), load before: ",
        Clients, seconds, static_cast<long long>(sample.body.size()), g_pullLimit);
    std::fflush(stdout);
    QProcess::execute(QStringLiteral("uptime"), {});

    const PhaseResult pullOnly = runPhase(target, std::vector<Script>(Clients, Script::Pull), seconds);
    printPhase("pull only", pullOnly);
    const PhaseResult mixed = runPhase(target, std::vector<Script>(Clients, Script::SignInThenPull), seconds);
    printPhase("sign-in + pull", mixed);

    const double loneSeconds = std::max(1.0, seconds / 3);
    const PhaseResult alone = runPhase(target, {Script::Pull}, loneSeconds);
    printPhase("one client alone", alone);
    std::vector<Script> besideSignIns(SignInClients + 1, Script::SignIn);
    besideSignIns.front() = Script::Pull;
    const PhaseResult beside = runPhase(target, besideSignIns, loneSeconds);
    printPhase("one client, 10 signing in", beside);

    QTemporaryDir nginxDir;
    PhaseResult nginxResult;
    {
        Nginx nginx(server, sample.body, nginxDir.path());
        const Target staticTarget{nginx.url(), {}, server.caFile(), target.token};
        nginxResult = runPhase(staticTarget, std::vector<Script>(Clients, Script::Pull), seconds);
        printPhase("nginx, static file", nginxResult);
    }
    server.stop();
    check(server.start({QStringLiteral("--rate-per-minute"), QStringLiteral("0"),
                        QStringLiteral("--pull-cache-mb"), QStringLiteral("0")}),
          "server restart without the page cache");
    const PhaseResult uncached = runPhase(target, std::vector<Script>(Clients, Script::Pull), seconds);
    printPhase("pull only, no page cache", uncached);
    if (pullOnly.failures || mixed.failures || alone.failures || beside.failures || nginxResult.failures
        || uncached.failures)
        die(QStringLiteral("requests failed (see the lines above)"));

    GovDesk::Bench::report(QStringLiteral("server_pull_p95_ms"), mixed.p95(), pullOnly.p95());
    GovDesk::Bench::report(QStringLiteral("server_lone_pull_p95_ms"), beside.p95(), alone.p95());
    GovDesk::Bench::report(QStringLiteral("server_s_per_1k_pulls"), pullOnly.secondsPer1kPulls(),
                           nginxResult.secondsPer1kPulls());
    GovDesk::Bench::report(QStringLiteral("server_s_per_1k_uncached_pulls"), uncached.secondsPer1kPulls(),
                           nginxResult.secondsPer1kPulls());
    curl_global_cleanup();
    return 0;
}
