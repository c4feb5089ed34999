// Two govdesk-syncd instances on one PostgreSQL behind nginx (Debian's nginx-light, round robin,
// TLS on both sides): real clients whose requests alternate between the instances sync without
// loss or duplicates, and when one instance is killed with SIGKILL in the middle of pushes the
// other carries on — the counts are exact on both sides. A blob uploaded half through each
// instance is served whole by both.
#include "PostgresFixture.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <csignal>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Forestry = QStringLiteral("gx-lz-forestry");

// nginx in front of the instances: one HTTPS port, upstreams verified against their test CAs.
class Balancer
{
public:
    ~Balancer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }

    Result<> start(const SyncServerFixture &front, const QList<const SyncServerFixture *> &upstreams)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(ErrorCode::Io, QStringLiteral("no free port"));
        m_port = probe.serverPort();
        probe.close();
        QByteArray trusted;
        QByteArray servers;
        for (const SyncServerFixture *upstream : upstreams) {
            QFile ca(upstream->caFile());
            if (!ca.open(QIODevice::ReadOnly))
                return fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(ca.fileName()));
            trusted += ca.readAll();
            // max_fails/fail_timeout: a dead instance is left alone for 2 s after one failure.
            servers += "    server 127.0.0.1:" + QByteArray::number(upstream->port())
                       + " max_fails=1 fail_timeout=2s;\n";
        }
        const QString dir = m_dir.path();
        QFile bundle(dir + QStringLiteral("/upstream-cas.pem"));
        if (!bundle.open(QIODevice::WriteOnly) || bundle.write(trusted) != trusted.size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write the CA bundle"));
        bundle.close();
        const QByteArray conf = "daemon off;\nworker_processes 1;\npid " + dir.toUtf8()
                                + "/nginx.pid;\n"
                                  "error_log "
                                + dir.toUtf8()
                                + "/error.log warn;\n"
                                  "events { worker_connections 256; }\n"
                                  "http {\n  access_log off;\n  client_body_temp_path "
                                + dir.toUtf8()
                                + "/body;\n"
                                  "  proxy_temp_path "
                                + dir.toUtf8()
                                + "/proxy;\n"
                                  "  upstream syncd {\n"
                                + servers
                                + "    keepalive 8;\n  }\n"
                                  "  server {\n    listen 127.0.0.1:"
                                + QByteArray::number(m_port)
                                + " ssl;\n"
                                  "    ssl_certificate "
                                + front.certificateFile().toUtf8()
                                + ";\n"
                                  "    ssl_certificate_key "
                                + front.keyFile().toUtf8()
                                + ";\n"
                                  "    client_max_body_size 32m;\n"
                                  // In memory: nginx's workers may not write into the test's folder.
                                  "    client_body_buffer_size 32m;\n    proxy_max_temp_file_size 0;\n"
                                  "    location / {\n      proxy_pass https://syncd;\n"
                                  "      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n"
                                  "      proxy_ssl_verify on;\n      proxy_ssl_name localhost;\n"
                                  "      proxy_ssl_trusted_certificate "
                                + bundle.fileName().toUtf8()
                                + ";\n"
                                  "      proxy_next_upstream error timeout;\n    }\n  }\n}\n";
        QFile file(dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write nginx.conf"));
        file.close();
        const QString nginx = QStringLiteral("/usr/sbin/nginx");
        if (!QFile::exists(nginx))
            return fail(ErrorCode::NotFound,
                        QStringLiteral("%1 is missing (install nginx-light)").arg(nginx));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName()});
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return {};
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        return fail(ErrorCode::Io,
                    QStringLiteral("nginx did not listen: %1").arg(QString::fromUtf8(m_process.readAll())));
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSyncTwoInstances : public QObject
{
    Q_OBJECT

    PostgresFixture m_postgres;
    SyncServerFixture m_first;
    SyncServerFixture m_second;
    Balancer m_balancer;
    QTemporaryDir m_profiles;
    std::unique_ptr<SyncedProfile> m_gov;      // 王芳 sends
    std::unique_ptr<SyncedProfile> m_forestry; // 陈静 receives

    std::unique_ptr<SyncedProfile> signedIn(const QString &name, const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_profiles.path(), name, QStringLiteral("口令-") + user,
                                                     {m_balancer.url(), m_first.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qWarning("%s", qPrintable(profile.error().fullText()));
        return profile ? std::move(*profile) : nullptr;
    }

    // Syncs until nothing is pending (a failed run is retried, as the desktop's next run would).
    bool syncUntilSent(SyncedProfile &profile, int attempts = 20)
    {
        for (int i = 0; i < attempts; ++i) {
            auto summary = profile.sync();
            auto pending = profile.pendingCount();
            if (summary && summary->completed() && pending && *pending == 0)
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    qint64 receivedCount()
    {
        auto count = m_forestry->recordCount(false);
        return count ? *count : -1;
    }

    int changeSeqOf(SyncServerFixture &instance)
    {
        return instance.request("GET", QStringLiteral("/readyz"))
            .json()
            .value(QStringLiteral("changeSeq"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_postgres.start(PostgresFixture::Options{.durable = true});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText() + m_postgres.log()));
        // Each request's line (ApiRouter, debug): the test sees which instance answered what.
        qputenv("QT_LOGGING_RULES", "govdesk.syncd.debug=true");
        m_first.useDatabase(m_postgres.uri());
        m_second.useDatabase(m_postgres.uri());
        GD_VERIFY(m_first.setUp());        // organisations and users, through the shared database
        GD_VERIFY(m_second.setUp({}, {})); // its own certificates; the same data
        GD_VERIFY(m_balancer.start(m_first, {&m_first, &m_second}));
        m_gov = signedIn(QStringLiteral("王芳"), QStringLiteral("wangfang"));
        m_forestry = signedIn(QStringLiteral("陈静"), QStringLiteral("chenjing"));
        QVERIFY(m_gov && m_forestry);
    }

    void alternatingRequestsLoseNothing()
    {
        for (int batch = 0; batch < 3; ++batch) {
            for (int i = 0; i < 20; ++i) {
                GD_VERIFY(m_gov->records().put(
                    Documents, uuid(),
                    {{QStringLiteral("title"), QStringLiteral("第%1批第%2号通知").arg(batch).arg(i)}},
                    {Forestry}));
            }
            QVERIFY(syncUntilSent(*m_gov));
            auto received = m_forestry->sync();
            GD_VERIFY(received);
            QVERIFY2(received->completed(), qPrintable(describe(*received)));
            QCOMPARE(receivedCount(), qint64((batch + 1) * 20));
        }
        // Both instances answered pushes and pulls (round robin), and they see the same data.
        for (SyncServerFixture *instance : {&m_first, &m_second}) {
            const QByteArray log = instance->log();
            QVERIFY2(log.contains("POST /v1/sync/push -> 200"), log.right(2000).constData());
            QVERIFY2(log.contains("GET /v1/sync/pull"), log.right(2000).constData());
        }
        QCOMPARE(changeSeqOf(m_first), changeSeqOf(m_second));
        QVERIFY(changeSeqOf(m_first) >= 60);
    }

    void aBlobUploadedToOneInstanceIsServedByTheOther()
    {
        // The bytes live in the shared database (PgBlobBytes): an upload may move between instances
        // half-way, and either serves the whole blob.
        QByteArray bytes;
        for (int i = 0; bytes.size() < 5 * 1024 * 1024; ++i)
            bytes += QStringLiteral("柳州市森林防火检查表 第%1行\n").arg(i).toUtf8();
        const QString id
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString base = QStringLiteral("/v1/blobs/") + id;
        auto session = m_first.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(session);
        const QString token = session->value(QStringLiteral("accessToken")).toString();
        const qint64 half = 3 * 1024 * 1024;
        const auto put = [&](SyncServerFixture &instance, qint64 offset, const QByteArray &chunk) {
            return instance.request("PUT",
                                    base + QStringLiteral("?offset=%1&size=%2").arg(offset).arg(bytes.size()),
                                    chunk, token, {{"Content-Type", "application/octet-stream"}}, 30000);
        };
        QCOMPARE(put(m_first, 0, bytes.left(half)).status, 200);
        const HttpReply progress = m_second.request("GET", base + QStringLiteral("/status"), {}, token);
        QCOMPARE(progress.json().value(QStringLiteral("received")).toInteger(), half);
        const HttpReply last = put(m_second, half, bytes.mid(half));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json().value(QStringLiteral("complete")).toBool(), true);
        for (SyncServerFixture *instance : {&m_first, &m_second}) {
            const HttpReply download = instance->request("GET", base, {}, token, {}, 30000);
            QCOMPARE(download.status, 200);
            QVERIFY(download.body == bytes);
            const HttpReply range
                = instance->request("GET", base, {}, token, {{"Range", "bytes=3145000-3146000"}}, 30000);
            QCOMPARE(range.status, 206);
            QVERIFY(range.body == bytes.mid(3145000, 1001)); // across the two uploaded chunks
        }
    }

    void anInstanceKilledMidPushLosesNothing()
    {
        const qint64 before = receivedCount();
        constexpr int Records = 150;
        for (int i = 0; i < Records; ++i) {
            GD_VERIFY(m_gov->records().put(
                Documents, uuid(), {{QStringLiteral("title"), QStringLiteral("断电测试第%1号").arg(i)}},
                {Forestry}));
        }
        // Pushes of 10 ops; the second instance is killed once 30 are answered, so that the rest
        // meet a dead upstream (nginx then sends them to the survivor, or the engine retries).
        SyncEngineOptions options = quickEngineOptions();
        options.maxPushOps = 10;
        const auto victim = static_cast<pid_t>(m_second.processId());
        std::atomic_bool killed{false};
        std::atomic_int pushedWhenKilled{0};
        const auto progress = [&](const SyncProgress &step) {
            if (step.phase == SyncProgress::Phase::Pushing && step.pushed >= 30 && !killed.exchange(true)) {
                pushedWhenKilled = step.pushed;
                ::kill(victim, SIGKILL); // a crash or power cut of one instance
            }
        };
        QThread *pusher = QThread::create([&] { (void)m_gov->sync(options, progress); });
        pusher->start();
        QVERIFY(pusher->wait(120000));
        delete pusher;
        QVERIFY(killed);
        QVERIFY2(pushedWhenKilled < Records, "the kill came after the last push");
        m_second.kill();                // reaps the process
        QVERIFY(syncUntilSent(*m_gov)); // whatever failed is sent again, through the survivor
        auto pending = m_gov->pendingCount();
        GD_VERIFY(pending);
        QCOMPARE(*pending, qint64(0));
        QVERIFY(syncUntilSent(*m_forestry));
        QCOMPARE(receivedCount(), before + Records); // each record once: op ids made resends duplicates
    }
};

QTEST_GUILESS_MAIN(TestSyncTwoInstances)
#include "tst_sync_two_instances.moc"
