// Tests govdesk-syncd under the connections a poor county network makes: thousands that drop at
// random points of the handshake or request; and sign-ins, which hash passwords for a long time,
// running beside pulls without holding them up. The real process over TLS on loopback.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

using GovDesk::Test::SyncServerFixture;

namespace {

// Where a churned connection gives up.
enum class DropPoint {
    AfterConnect,
    InClientHello,
    InHandshake,
    AfterHandshake,
    InHeader,
    InBody,
    BeforeAnswer,
    Count
};

// Opens `total` connections, at most `parallel` at once, each dropped at a random point.
class Churn : public QObject
{
public:
    Churn(quint16 port, QSslConfiguration tls, int total, int parallel)
        : m_port(port)
        , m_tls(std::move(tls))
        , m_remaining(total)
        , m_parallel(parallel)
    {
    }

    void run()
    {
        for (int i = 0; i < m_parallel; ++i)
            next();
    }
    [[nodiscard]] bool finished() const { return m_remaining == 0 && m_open == 0; }
    [[nodiscard]] int handshakes() const { return m_handshakes; }

private:
    void next()
    {
        if (m_remaining == 0)
            return;
        --m_remaining;
        ++m_open;
        const auto point = static_cast<DropPoint>(m_random.bounded(static_cast<int>(DropPoint::Count)));
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { finish(socket); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { finish(socket); });

        if (point == DropPoint::AfterConnect || point == DropPoint::InClientHello) {
            connect(socket, &QAbstractSocket::connected, this, [this, socket, point] {
                if (point == DropPoint::InClientHello) // a TLS record header and a random part of a hello
                    socket->write(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                  + randomBytes(m_random.bounded(1, 200)));
                QTimer::singleShot(m_random.bounded(3), socket, [this, socket] { finish(socket); });
            });
            socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            return;
        }
        if (point == DropPoint::InHandshake) {
            QTimer::singleShot(m_random.bounded(4), socket, [this, socket] { finish(socket); });
        } else {
            connect(socket, &QSslSocket::encrypted, this, [this, socket, point] {
                ++m_handshakes;
                const QByteArray request = pushRequest();
                const qsizetype headerEnd = request.indexOf("\r\n\r\n") + 4;
                if (point == DropPoint::InHeader)
                    socket->write(request.left(m_random.bounded(1, static_cast<int>(headerEnd))));
                else if (point == DropPoint::InBody)
                    socket->write(request.left(
                        headerEnd + m_random.bounded(static_cast<int>(request.size() - headerEnd))));
                else if (point == DropPoint::BeforeAnswer)
                    socket->write(request);
                QTimer::singleShot(m_random.bounded(3), socket, [this, socket] { finish(socket); });
            });
        }
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

    void finish(QSslSocket *socket)
    {
        if (socket->property("finished").toBool())
            return;
        socket->setProperty("finished", true);
        socket->abort();
        socket->deleteLater();
        --m_open;
        next();
    }

    QByteArray randomBytes(int count)
    {
        QByteArray bytes(count, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = static_cast<char>(m_random.bounded(256));
        return bytes;
    }

    static QByteArray pushRequest()
    {
        const QByteArray body
            = R"({"ops":[{"opId":"churn","collection":"documents.document","recordId":"r1",)"
              R"("baseRevision":0,"payload":{"title":"未完成的请求"},"recipients":[]}]})";
        return "POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer not-a-token\r\n"
               "Content-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    quint16 m_port;
    QSslConfiguration m_tls;
    int m_remaining;
    int m_parallel;
    int m_open = 0;
    int m_handshakes = 0;
    QRandomGenerator m_random{20261204}; // the same churn every run
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncdChurn : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

private slots:
    void initTestCase() { GD_VERIFY(m_server.setUp()); }

    void twoThousandDroppedConnectionsLeaveTheServerWhole()
    {
        Churn churn(m_server.port(), m_server.sslConfiguration(), 2000, 50);
        churn.run();
        QTRY_VERIFY_WITH_TIMEOUT(churn.finished(), 120000);
        QVERIFY(churn.handshakes() > 500); // the drops happened at every stage, not only before TLS

        // The suite's normal exchange: sign in, push, pull it back.
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        const QString token = grant->value(QStringLiteral("accessToken")).toString();
        const QString recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject op{
            {QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("collection"), QStringLiteral("documents.document")},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("baseRevision"), 0},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("关于网络抖动后同步的通知")}}},
            {QStringLiteral("recipients"), QJsonArray()}};
        const auto pushed
            = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                               json({{QStringLiteral("ops"), QJsonArray{op}}}), token, {}, 1000);
        QCOMPARE(pushed.status, 200);
        const auto pulled
            = m_server.request("GET", QStringLiteral("/v1/sync/pull?cursor="), {}, token, {}, 1000);
        QCOMPARE(pulled.status, 200);
        QVERIFY(pulled.body.contains(recordId.toLatin1()));
    }

    // Sign-ins hash on a lane of their own: a pull started after three slow sign-ins is answered
    // while they are still hashing.
    void pullsAreAnsweredWhileSignInsHash()
    {
        const QString password = QStringLiteral("慢慢来-correct-horse");
        // ~0.3–1 s of Argon2id per sign-in on this kind of machine, where a pull takes milliseconds.
        GD_VERIFY(m_server.admin({QStringLiteral("--argon2-memory-kib"), QStringLiteral("131072"),
                                  QStringLiteral("--argon2-iterations"), QStringLiteral("3"),
                                  QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("slowhash"),
                                  QStringLiteral("--name"), QStringLiteral("慢哈希"), QStringLiteral("--org"),
                                  QStringLiteral("gx-lz-gov")},
                                 password.toUtf8() + '\n'));
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        const QString token = grant->value(QStringLiteral("accessToken")).toString();

        QNetworkAccessManager network;
        QList<QNetworkReply *> signIns;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(m_server.url(QStringLiteral("/v1/auth/sign-in")));
            request.setSslConfiguration(m_server.sslConfiguration());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            signIns << network.post(request,
                                    json({{QStringLiteral("user"), QStringLiteral("slowhash")},
                                          {QStringLiteral("password"), password},
                                          {QStringLiteral("device"), QStringLiteral("churn-%1").arg(i)}}));
        }
        QTest::qWait(50); // the sign-ins are on the server
        QNetworkRequest pullRequest(m_server.url(QStringLiteral("/v1/sync/pull?cursor=")));
        pullRequest.setSslConfiguration(m_server.sslConfiguration());
        pullRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *pull = network.get(pullRequest);

        QTRY_VERIFY_WITH_TIMEOUT(pull->isFinished(), 10000);
        QCOMPARE(pull->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(!signIns.last()->isFinished(), "the pull waited for the sign-ins");
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(signIns, &QNetworkReply::isFinished), 60000);
        for (QNetworkReply *reply : signIns)
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestSyncdChurn)
#include "tst_syncd_churn.moc"
