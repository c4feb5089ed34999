// Tests govdesk-syncd's HTTPS edge (server/http) as an attacker and a flaky network meet it: the
// real process over TLS on loopback, raw sockets sending what no well-behaved client sends. After
// each case a normal request must be answered within a second.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

using GovDesk::Test::HttpReply;
using GovDesk::Test::SyncServerFixture;

namespace {

constexpr int AnswerWithinMs = 1000;

// The server's peak resident memory so far (VmHWM), in KiB.
qint64 peakMemoryKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression Peak(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return Peak.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

template<typename Socket> bool allClosed(const std::vector<std::unique_ptr<Socket>> &sockets)
{
    return std::ranges::all_of(
        sockets, [](const auto &socket) { return socket->state() == QAbstractSocket::UnconnectedState; });
}

} // namespace

class TestSyncdEdge : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    bool m_customLimits = false; // this test restarted the server with other limits

    // A TLS connection that trusts the test CA; null when the handshake did not finish in time.
    std::unique_ptr<QSslSocket> connectTls()
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_server.sslConfiguration());
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        if (!socket->waitForEncrypted(5000))
            return nullptr;
        return socket;
    }

    // The status code of the first answer on `socket` (0 if none came within `timeoutMs`).
    static int readStatus(QSslSocket &socket, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!socket.canReadLine() && timer.elapsed() < timeoutMs
               && socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForReadyRead(50);
        const QList<QByteArray> parts = socket.readLine().split(' ');
        return parts.size() >= 2 && parts.at(0).startsWith("HTTP/1.1") ? parts.at(1).toInt() : 0;
    }

    void verifyServerAnswers()
    {
        const HttpReply info
            = m_server.request("GET", QStringLiteral("/v1/info"), {}, {}, {}, AnswerWithinMs);
        QCOMPARE(info.status, 200);
    }

    // Limits for one test; cleanup() restarts with the defaults.
    void restartWith(const QStringList &arguments)
    {
        m_server.stop();
        m_customLimits = true;
        GD_VERIFY(m_server.start(arguments));
    }

private slots:
    void initTestCase() { GD_VERIFY(m_server.setUp()); }

    void cleanup()
    {
        if (m_customLimits)
            m_server.stop();
        m_customLimits = false;
        if (!m_server.isRunning())
            GD_VERIFY(m_server.start());
    }

    // Case 1 of issue 10: Qt HttpServer stopped accepting for good after this.
    void connectionsClosedBeforeTheHandshakeNeverStallAccepting()
    {
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QTcpSocket>> sockets;
            for (int i = 0; i < 30; ++i) {
                sockets.push_back(std::make_unique<QTcpSocket>());
                sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
                QVERIFY(sockets.back()->waitForConnected(2000));
            }
            QTest::qWait(100);
            for (auto &socket : sockets)
                socket->abort();
        }
        verifyServerAnswers();
    }

    void handshakesThatNeverFinishAreDroppedAndDoNotBlockOthers()
    {
        restartWith({QStringLiteral("--handshake-timeout"), QStringLiteral("1")});
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 50; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
            QVERIFY(silent.back()->waitForConnected(2000));
        }
        verifyServerAnswers(); // while 50 handshakes hang
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(silent), 5000);
        QVERIFY(m_server.log().contains("TLS handshake not finished within 1000 ms"));
    }

    // Case 2: a 20 MB header held Qt HttpServer's event loop for seconds.
    void oversizedHeadersAreRefusedWithoutHoldingOthers()
    {
        auto socket = connectTls();
        QVERIFY(socket);
        socket->write("GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ");
        const QByteArray megabyte(1024 * 1024, 'a');
        for (int i = 0; i < 20; ++i)
            socket->write(megabyte);
        verifyServerAnswers();
        QCOMPARE(readStatus(*socket), 431);
        QVERIFY(m_server.log().contains("header block over 16384 bytes: answered 431"));

        auto many = connectTls();
        QVERIFY(many);
        QByteArray request = "GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 100; ++i)
            request += "X-Field-" + QByteArray::number(i) + ": 1\r\n";
        many->write(request + "\r\n");
        QCOMPARE(readStatus(*many), 431);

        auto longTarget = connectTls();
        QVERIFY(longTarget);
        longTarget->write("GET /v1/info?" + QByteArray(8000, 'q') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(readStatus(*longTarget), 414);
        verifyServerAnswers();
    }

    // Case 3: a 50 MB body was read whole before the 413 (peak memory 24 → 232 MiB).
    void oversizedBodiesAreRefusedBeforeTheyAreRead()
    {
        const QString token
            = m_server.signIn(QStringLiteral("wangfang"))->value(QStringLiteral("accessToken")).toString();
        const QByteArray head = "POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                + token.toLatin1()
                                + "\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n";
        // The answer comes before a single byte of the body is sent.
        auto headOnly = connectTls();
        QVERIFY(headOnly);
        headOnly->write(head);
        QCOMPARE(readStatus(*headOnly), 413);

        // Three clients sending their 50 MB anyway: the server's memory stays where it was.
        const qint64 before = peakMemoryKiB(m_server.processId());
        QVERIFY(before > 0);
        std::vector<std::unique_ptr<QSslSocket>> senders;
        const QByteArray megabyte(1024 * 1024, '{');
        for (int i = 0; i < 3; ++i) {
            senders.push_back(connectTls());
            QVERIFY(senders.back());
            senders.back()->write(head);
            for (int mb = 0; mb < 50; ++mb)
                senders.back()->write(megabyte);
        }
        for (auto &sender : senders)
            QCOMPARE(readStatus(*sender, 20000), 413);
        for (auto &sender : senders)
            QTRY_VERIFY_WITH_TIMEOUT(
                sender->bytesToWrite() == 0 || sender->state() != QAbstractSocket::ConnectedState, 20000);
        const qint64 after = peakMemoryKiB(m_server.processId());
        QVERIFY2(after - before < 16 * 1024,
                 qPrintable(QStringLiteral("peak memory %1 → %2 KiB").arg(before).arg(after)));
        verifyServerAnswers();
    }

    // Case 4: idle and half-sent connections stayed open for good and used up descriptors.
    void idleAndSlowConnectionsAreClosedOnTime()
    {
        restartWith({QStringLiteral("--idle-timeout"), QStringLiteral("1"), QStringLiteral("--read-timeout"),
                     QStringLiteral("1")});
        std::vector<std::unique_ptr<QSslSocket>> idle;
        std::vector<std::unique_ptr<QSslSocket>> halfSent;
        for (int i = 0; i < 60; ++i) { // 120 in all: under the 128 one address may have
            idle.push_back(connectTls());
            QVERIFY(idle.back());
            halfSent.push_back(connectTls());
            QVERIFY(halfSent.back());
            halfSent.back()->write("GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        verifyServerAnswers();
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(idle) && allClosed(halfSent), 10000);
        QVERIFY(m_server.log().contains("header block not complete within 1000 ms; closed"));
        verifyServerAnswers();
    }

    // A body trickling in slower than --min-body-rate is cut off too.
    void slowBodiesAreCutOff()
    {
        restartWith({QStringLiteral("--read-timeout"), QStringLiteral("1"), QStringLiteral("--min-body-rate"),
                     QStringLiteral("1000")});
        auto socket = connectTls();
        QVERIFY(socket);
        socket->write("POST /v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000\r\n\r\n{");
        // Closed after 1 s + 2000 bytes at 1000 bytes/s = 3 s.
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(m_server.log().contains("body slower than 1000 bytes/s; closed"));
        verifyServerAnswers();
    }

    void oneAddressGetsItsShareOnly()
    {
        restartWith({QStringLiteral("--max-connections-per-address"), QStringLiteral("20")});
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        for (int i = 0; i < 20; ++i) {
            sockets.push_back(connectTls());
            QVERIFY(sockets.back());
        }
        QVERIFY(!connectTls()); // the 21st is accepted and closed at once
        QVERIFY(m_server.log().contains("refused: the address has 20 connections open"));
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server.request("GET", QStringLiteral("/v1/info"), {}, {}, {}, AnswerWithinMs).status, 200,
            5000);
        const HttpReply info = m_server.request("GET", QStringLiteral("/v1/info"));
        QCOMPARE(info.json()[QStringLiteral("limits")][QStringLiteral("maxConnectionsPerAddress")].toInt(),
                 20);
    }

    // Case 4 again, with few file descriptors: 116 idle connections from one address used to make
    // the server unreachable with 128. Now that address gets a quarter of what fits, and others
    // still get in.
    void fewDescriptorsAreSharedFairly()
    {
        m_server.setDescriptorLimit(128);
        restartWith({});
        m_server.setDescriptorLimit(0); // for the restarts after this test
        std::vector<std::unique_ptr<QSslSocket>> idle;
        for (int i = 0; i < 116; ++i) {
            idle.push_back(std::make_unique<QSslSocket>());
            idle.back()->setSslConfiguration(m_server.sslConfiguration());
            idle.back()->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::none_of(idle,
                                 [](const auto &s) {
                                     return s->state() == QAbstractSocket::ConnectingState
                                            || (s->state() == QAbstractSocket::ConnectedState
                                                && !s->isEncrypted());
                                 }),
            10000);
        const auto open = std::ranges::count_if(idle, [](const auto &s) { return s->isEncrypted(); });
        QCOMPARE(open, 16); // (128 − 64 kept for files) / 4
        QVERIFY(m_server.log().contains("at most 16 connections per address"));

        // Another address on the loopback network is served meanwhile.
        QSslSocket other;
        other.setSslConfiguration(m_server.sslConfiguration());
        QVERIFY(other.bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        other.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(other.waitForEncrypted(AnswerWithinMs));
        other.write("GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(readStatus(other, AnswerWithinMs), 200);
        idle.clear();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server.request("GET", QStringLiteral("/v1/info"), {}, {}, {}, AnswerWithinMs).status, 200,
            5000);
    }

    // Case 5: a range past the end (by more than 64 bits) answered 206 with the whole blob.
    void rangesPastTheEndAreNotSatisfiable()
    {
        const QString token
            = m_server.signIn(QStringLiteral("wangfang"))->value(QStringLiteral("accessToken")).toString();
        const QByteArray bytes = "发文稿纸 " + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString path = QStringLiteral("/v1/blobs/") + sha;
        QCOMPARE(
            m_server
                .request("PUT", path + QStringLiteral("?offset=0&size=%1").arg(bytes.size()), bytes, token)
                .status,
            200);

        const auto ranged = [&](const QByteArray &range) {
            return m_server.request("GET", path, {}, token, {{"Range", range}});
        };
        QCOMPARE(ranged("bytes=99999999999999999999999-").status, 416);
        QCOMPARE(ranged("bytes=" + QByteArray::number(bytes.size()) + "-").status, 416);
        const HttpReply toTheEnd = ranged("bytes=2-99999999999999999999");
        QCOMPARE(toTheEnd.status, 206);
        QCOMPARE(toTheEnd.body, bytes.mid(2));
        verifyServerAnswers();
    }

    // A graceful stop lets answers under way go out, but waits a few seconds at most: a stalled
    // one (or a client that never reads) cannot hold the server up.
    void stoppingWaitsForStalledAnswersOnlyBriefly()
    {
        GD_VERIFY(m_server.setFault(QStringLiteral("stall"), 1, QStringLiteral("/v1/info"), 1, 60));
        auto socket = connectTls();
        QVERIFY(socket);
        socket->write("GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains("injecting fault into GET /v1/info"), 5000);
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(stopping.elapsed() < 10000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(m_server.log().contains("govdesk.syncd: stopped"));
    }

    void malformedRequestsAreAnswered400()
    {
        auto socket = connectTls();
        QVERIFY(socket);
        socket->write("GET /v1/info HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n");
        QCOMPARE(readStatus(*socket), 400);
        auto notAPath = connectTls();
        QVERIFY(notAPath);
        notAPath->write("GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(readStatus(*notAPath), 400);
        verifyServerAnswers();
    }
};

QTEST_GUILESS_MAIN(TestSyncdEdge)
#include "tst_syncd_edge.moc"
