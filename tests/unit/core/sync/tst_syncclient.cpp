// Tests SyncClient: requests as the protocol describes them, answers parsed and checked (unknown
// fields ignored, cut-short JSON retryable, wrong shapes not), HTTP errors mapped by the table.
#include "FakeTransport.h"
#include "TestProfile.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>
#include <QUrlQuery>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

Q_DECLARE_METATYPE(GovDesk::Core::HttpResponse)
Q_DECLARE_METATYPE(GovDesk::Core::SyncError::Kind)

namespace {

const QUrl Server(QStringLiteral("https://sync.gx-lz.gov.cn"));

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QByteArray headerOf(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

OutboxOp op(const QString &opId, qint64 base = 0)
{
    OutboxOp op;
    op.opId = opId;
    op.collection = QStringLiteral("documents.document");
    op.recordId = QStringLiteral("9f3e0c1a-0000-4000-8000-000000000001");
    op.baseRevision = base;
    op.payload = {{QStringLiteral("title"), QStringLiteral("关于做好森林防火工作的通知")}};
    return op;
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoReadsLimitsAndIgnoresUnknownFields()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("protocol"), 1},
                                                   {QStringLiteral("server"), QStringLiteral("govdesk-syncd")},
                                                   {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                                   {QStringLiteral("motd"), QStringLiteral("新功能")},
                                                   {QStringLiteral("limits"),
                                                    QJsonObject{{QStringLiteral("maxPushOps"), 100},
                                                                {QStringLiteral("maxPullLimit"), 200},
                                                                {QStringLiteral("newLimit"), 3}}}}));
        SyncClient client(transport, Server);
        auto info = client.info();
        GD_VERIFY(info);
        QCOMPARE(info->protocol, 1);
        QCOMPARE(info->server, QStringLiteral("govdesk-syncd"));
        QCOMPARE(info->limits.maxPushOps, 100);
        QCOMPARE(info->limits.maxPullLimit, 200);
        QCOMPARE(info->limits.maxRequestBytes, 8 * 1024 * 1024); // not announced: the default
        QCOMPARE(transport.paths(), QStringList{QStringLiteral("GET /v1/info")});
        QVERIFY(headerOf(transport.requests().first(), "Authorization").isEmpty());
    }

    void anotherProtocolVersionAsksForAnUpdate()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("protocol"), 2}}));
        auto info = SyncClient(transport, Server).info();
        QVERIFY(!info);
        QCOMPARE(info.error().kind, SyncError::Kind::Unsupported);
        QVERIFY(!info.error().retryable);
        QVERIFY(info.error().message.contains(QStringLiteral("update GovDesk")));
    }

    void aServerBelowABasePathIsReached()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("protocol"), 1}}));
        GD_VERIFY(SyncClient(transport, QUrl(QStringLiteral("https://oa.gx-lz.gov.cn/govdesk/"))).info());
        QCOMPARE(transport.requests().first().url.toString(), QStringLiteral("https://oa.gx-lz.gov.cn/govdesk/v1/info"));
    }

    void signInSendsTheCredentialsAndReadsTheSession()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(
            200, {{QStringLiteral("accessToken"), QStringLiteral("a-1")},
                  {QStringLiteral("expiresAt"), QStringLiteral("2026-11-26T09:30:00Z")},
                  {QStringLiteral("refreshToken"), QStringLiteral("r-1")},
                  {QStringLiteral("sessionId"), QStringLiteral("extra")},
                  {QStringLiteral("user"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("wangfang")},
                               {QStringLiteral("name"), QStringLiteral("王芳")},
                               {QStringLiteral("roles"), QJsonArray{QStringLiteral("clerk"), QStringLiteral("reviewer")}},
                               {QStringLiteral("organisation"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("gx-lz-gov")},
                                            {QStringLiteral("name"), QStringLiteral("柳州市人民政府")}}}}}}));
        SyncClient client(transport, Server);
        auto session = client.signIn(QStringLiteral("wangfang"), QStringLiteral("口令-2026"), QStringLiteral("GovDesk on pc-17"));
        GD_VERIFY(session);
        QCOMPARE(session->accessToken, QStringLiteral("a-1"));
        QCOMPARE(session->refreshToken, QStringLiteral("r-1"));
        QCOMPARE(session->expiresAt, QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        QCOMPARE(session->account.name, QStringLiteral("王芳"));
        QCOMPARE(session->account.roles, (QStringList{QStringLiteral("clerk"), QStringLiteral("reviewer")}));
        QCOMPARE(session->account.organisationName, QStringLiteral("柳州市人民政府"));

        const HttpRequest sent = transport.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.path(), QStringLiteral("/v1/auth/sign-in"));
        QCOMPARE(headerOf(sent, "Content-Type"), QByteArray("application/json"));
        // Exactly the protocol's fields: the server rejects unknown ones.
        QCOMPARE(bodyOf(sent), (QJsonObject{{QStringLiteral("user"), QStringLiteral("wangfang")},
                                            {QStringLiteral("password"), QStringLiteral("口令-2026")},
                                            {QStringLiteral("device"), QStringLiteral("GovDesk on pc-17")}}));
    }

    void aSessionWithoutTokensIsRefused()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("accessToken"), QStringLiteral("a-1")}}));
        auto session = SyncClient(transport, Server).refresh(QStringLiteral("r-0"));
        QVERIFY(!session);
        QCOMPARE(session.error().kind, SyncError::Kind::Protocol);
        QVERIFY(!session.error().retryable);
        QCOMPARE(bodyOf(transport.requests().first()),
                 (QJsonObject{{QStringLiteral("refreshToken"), QStringLiteral("r-0")}}));
    }

    void pushSendsTheOpsAsTheProtocolNamesThem()
    {
        OutboxOp created = op(QStringLiteral("5b0c"));
        created.recipients = QStringList{QStringLiteral("gx-hc-forestry")};
        OutboxOp deleted = op(QStringLiteral("77aa"), 4);
        deleted.deleted = true;
        const QJsonArray ops = QJsonDocument::fromJson(SyncClient::pushBody({created, deleted}))
                                   .object()
                                   .value(QStringLiteral("ops"))
                                   .toArray();
        QCOMPARE(ops.size(), 2);
        const QJsonObject first = ops.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("baseRevision"), QStringLiteral("collection"),
                                            QStringLiteral("deleted"), QStringLiteral("opId"), QStringLiteral("payload"),
                                            QStringLiteral("recipients"), QStringLiteral("recordId")}));
        QCOMPARE(first.value(QStringLiteral("recipients")).toArray(), QJsonArray{QStringLiteral("gx-hc-forestry")});
        const QJsonObject second = ops.at(1).toObject();
        QVERIFY(!second.contains(QStringLiteral("recipients"))); // not given: the server keeps its list
        QCOMPARE(second.value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("payload")).toObject(), QJsonObject());
        QCOMPARE(second.value(QStringLiteral("baseRevision")).toInteger(), 4);
    }

    void pushReadsEveryResultStatus()
    {
        FakeTransport transport;
        const QJsonObject server{{QStringLiteral("revision"), 7}, {QStringLiteral("deleted"), false},
                                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("title"), QStringLiteral("服务器版")}}},
                                 {QStringLiteral("owner"), QStringLiteral("gx-lz-gov")},
                                 {QStringLiteral("recipients"), QJsonArray{}}, {QStringLiteral("shard"), 3}};
        transport.script(FakeTransport::json(
            200, {{QStringLiteral("results"),
                   QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("a")}, {QStringLiteral("status"), QStringLiteral("applied")},
                                          {QStringLiteral("revision"), 1}, {QStringLiteral("appliedAt"), QStringLiteral("x")}},
                              QJsonObject{{QStringLiteral("opId"), QStringLiteral("b")}, {QStringLiteral("status"), QStringLiteral("duplicate")},
                                          {QStringLiteral("originalStatus"), QStringLiteral("applied")}, {QStringLiteral("revision"), 4}},
                              QJsonObject{{QStringLiteral("opId"), QStringLiteral("c")}, {QStringLiteral("status"), QStringLiteral("conflict")},
                                          {QStringLiteral("server"), server}},
                              QJsonObject{{QStringLiteral("opId"), QStringLiteral("d")}, {QStringLiteral("status"), QStringLiteral("rejected")},
                                          {QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                                                                 {QStringLiteral("message"), QStringLiteral("not yours")}}}},
                              QJsonObject{{QStringLiteral("opId"), QStringLiteral("e")}, {QStringLiteral("status"), QStringLiteral("duplicate")},
                                          {QStringLiteral("originalStatus"), QStringLiteral("rejected")},
                                          {QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_value")}}}}}}}));
        SyncClient client(transport, Server);
        auto results = client.push(QStringLiteral("a-1"),
                                   {op(QStringLiteral("a")), op(QStringLiteral("b")), op(QStringLiteral("c")),
                                    op(QStringLiteral("d")), op(QStringLiteral("e"))});
        GD_VERIFY(results);
        QCOMPARE(results->size(), 5);
        QCOMPARE(results->at(0).status, PushResult::Status::Applied);
        QCOMPARE(results->at(0).revision, 1);
        QVERIFY(results->at(1).isAcknowledgedChange());
        QCOMPARE(results->at(1).revision, 4);
        QCOMPARE(results->at(2).status, PushResult::Status::Conflict);
        QCOMPARE(results->at(2).server.revision, 7);
        QCOMPARE(results->at(2).server.payload.value(QStringLiteral("title")).toString(), QStringLiteral("服务器版"));
        QCOMPARE(results->at(2).server.owner, QStringLiteral("gx-lz-gov"));
        QVERIFY(results->at(3).isRejection());
        QCOMPARE(results->at(3).reasonCode, QStringLiteral("forbidden"));
        QVERIFY(results->at(4).isRejection());
        QVERIFY(!results->at(4).isAcknowledgedChange());
        QCOMPARE(headerOf(transport.requests().first(), "Authorization"), QByteArray("Bearer a-1"));
    }

    void pushResultsMustAnswerTheOpsSent_data()
    {
        QTest::addColumn<QJsonArray>("results");
        const QJsonObject applied{{QStringLiteral("opId"), QStringLiteral("a")}, {QStringLiteral("status"), QStringLiteral("applied")},
                                  {QStringLiteral("revision"), 1}};
        QTest::newRow("fewer") << QJsonArray{};
        QTest::newRow("more") << QJsonArray{applied, applied};
        QTest::newRow("other op") << QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("z")},
                                                            {QStringLiteral("status"), QStringLiteral("applied")},
                                                            {QStringLiteral("revision"), 1}}};
        QTest::newRow("unknown status") << QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("a")},
                                                                  {QStringLiteral("status"), QStringLiteral("maybe")}}};
        QTest::newRow("applied without revision") << QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("a")},
                                                                            {QStringLiteral("status"), QStringLiteral("applied")}}};
        QTest::newRow("revision as text") << QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("a")},
                                                                    {QStringLiteral("status"), QStringLiteral("applied")},
                                                                    {QStringLiteral("revision"), QStringLiteral("1")}}};
        QTest::newRow("conflict without server") << QJsonArray{QJsonObject{{QStringLiteral("opId"), QStringLiteral("a")},
                                                                           {QStringLiteral("status"), QStringLiteral("conflict")}}};
    }

    void pushResultsMustAnswerTheOpsSent()
    {
        QFETCH(QJsonArray, results);
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("results"), results}}));
        auto answer = SyncClient(transport, Server).push(QStringLiteral("a-1"), {op(QStringLiteral("a"))});
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, SyncError::Kind::Protocol);
        QVERIFY(!answer.error().retryable); // well-formed but wrong: repeating will not help
    }

    void pullSendsTheCursorAndReadsThePage()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(
            200, {{QStringLiteral("changes"),
                   QJsonArray{QJsonObject{{QStringLiteral("collection"), QStringLiteral("documents.document")},
                                          {QStringLiteral("recordId"), QStringLiteral("9f3e")},
                                          {QStringLiteral("revision"), 3},
                                          {QStringLiteral("deleted"), false},
                                          {QStringLiteral("owner"), QStringLiteral("gx-lz-gov")},
                                          {QStringLiteral("recipients"), QJsonArray{QStringLiteral("gx-hc-forestry")}},
                                          {QStringLiteral("payload"), QJsonObject{{QStringLiteral("title"), QStringLiteral("通知")}}},
                                          {QStringLiteral("updatedAt"), QStringLiteral("2026-11-26T08:30:00Z")},
                                          {QStringLiteral("checksum"), QStringLiteral("ignored")}},
                              QJsonObject{{QStringLiteral("collection"), QStringLiteral("documents.receipt")},
                                          {QStringLiteral("recordId"), QStringLiteral("77aa")},
                                          {QStringLiteral("revision"), 2},
                                          {QStringLiteral("deleted"), true},
                                          {QStringLiteral("owner"), QStringLiteral("gx-hc-forestry")}}}},
                  {QStringLiteral("cursor"), QStringLiteral("1842")},
                  {QStringLiteral("hasMore"), true}}));
        SyncClient client(transport, Server);
        auto page = client.pull(QStringLiteral("a-1"), QStringLiteral("18&41 /+"), 250);
        GD_VERIFY(page);
        QCOMPARE(page->changes.size(), 2);
        const PulledChange &first = page->changes.first();
        QCOMPARE(first.revision, 3);
        QCOMPARE(first.recipients, QStringList{QStringLiteral("gx-hc-forestry")});
        QCOMPARE(first.payload.value(QStringLiteral("title")).toString(), QStringLiteral("通知"));
        QCOMPARE(first.updatedAt, QDateTime(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC));
        QVERIFY(page->changes.at(1).deleted);
        QCOMPARE(page->cursor, QStringLiteral("1842"));
        QVERIFY(page->hasMore);

        const QUrlQuery query(transport.requests().first().url);
        // The cursor is opaque: whatever characters it has arrive unchanged.
        QCOMPARE(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), QStringLiteral("18&41 /+"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("250"));
    }

    void aFirstPullSendsNoCursor()
    {
        FakeTransport transport;
        transport.script(FakeTransport::json(200, {{QStringLiteral("changes"), QJsonArray{}},
                                                   {QStringLiteral("cursor"), QStringLiteral("0")},
                                                   {QStringLiteral("hasMore"), false}}));
        GD_VERIFY(SyncClient(transport, Server).pull(QStringLiteral("a-1"), {}, 0));
        QVERIFY(!transport.requests().first().url.hasQuery());
    }

    void answersCutShortAreRetryable_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray page = R"({"changes":[{"collection":"documents.document","recordId":"9f3e","revision":3}],"cursor":"1","hasMore":false})";
        QTest::newRow("cut in half") << page.left(page.size() / 2);
        QTest::newRow("one byte short") << page.chopped(1);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("proxy error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("json array") << QByteArray("[]");
    }

    void answersCutShortAreRetryable()
    {
        QFETCH(QByteArray, body);
        FakeTransport transport;
        transport.script(FakeTransport::raw(200, body));
        auto page = SyncClient(transport, Server).pull(QStringLiteral("a-1"), {}, 0);
        QVERIFY(!page);
        QCOMPARE(page.error().kind, SyncError::Kind::Protocol);
        QCOMPARE(page.error().code, QStringLiteral("bad_json_answer"));
        QVERIFY(page.error().retryable);
    }

    void errorsFollowTheProtocolTable_data()
    {
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<SyncError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("code");
        QTest::newRow("400 bad_json") << FakeTransport::error(400, QStringLiteral("bad_json")) << SyncError::Kind::BadRequest << false << 0 << QStringLiteral("bad_json");
        QTest::newRow("400 unknown_field") << FakeTransport::error(400, QStringLiteral("unknown_field")) << SyncError::Kind::BadRequest << false << 0 << QStringLiteral("unknown_field");
        QTest::newRow("401 bad_credentials") << FakeTransport::error(401, QStringLiteral("bad_credentials")) << SyncError::Kind::SignInRequired << false << 0 << QStringLiteral("bad_credentials");
        QTest::newRow("401 token_expired") << FakeTransport::error(401, QStringLiteral("token_expired")) << SyncError::Kind::TokenExpired << false << 0 << QStringLiteral("token_expired");
        QTest::newRow("401 token_invalid") << FakeTransport::error(401, QStringLiteral("token_invalid")) << SyncError::Kind::TokenExpired << false << 0 << QStringLiteral("token_invalid");
        QTest::newRow("403") << FakeTransport::error(403, QStringLiteral("forbidden")) << SyncError::Kind::Forbidden << false << 0 << QStringLiteral("forbidden");
        QTest::newRow("404") << FakeTransport::error(404, QStringLiteral("not_found")) << SyncError::Kind::NotFound << false << 0 << QStringLiteral("not_found");
        QTest::newRow("409 blob_offset") << FakeTransport::error(409, QStringLiteral("blob_offset")) << SyncError::Kind::Server << true << 0 << QStringLiteral("blob_offset");
        QTest::newRow("413") << FakeTransport::error(413, QStringLiteral("too_large")) << SyncError::Kind::TooLarge << false << 0 << QStringLiteral("too_large");
        QTest::newRow("429") << FakeTransport::error(429, QStringLiteral("rate_limited"), 7) << SyncError::Kind::RateLimited << true << 7 << QStringLiteral("rate_limited");
        QTest::newRow("500") << FakeTransport::error(500, QStringLiteral("internal")) << SyncError::Kind::Server << true << 0 << QStringLiteral("internal");
        QTest::newRow("503 Retry-After") << FakeTransport::error(503, QStringLiteral("unavailable"), 2) << SyncError::Kind::Server << true << 2 << QStringLiteral("unavailable");
        QTest::newRow("502 from a proxy, no body") << FakeTransport::raw(502, "Bad Gateway") << SyncError::Kind::Server << true << 0 << QStringLiteral("http_502");
        QTest::newRow("418 unknown 4xx") << FakeTransport::raw(418, {}) << SyncError::Kind::BadRequest << false << 0 << QStringLiteral("http_418");
        QTest::newRow("network") << FakeTransport::failure(TransportError::Kind::Network) << SyncError::Kind::Network << true << 0 << QStringLiteral("network");
        QTest::newRow("timeout") << FakeTransport::failure(TransportError::Kind::Timeout) << SyncError::Kind::Timeout << true << 0 << QStringLiteral("timeout");
        QTest::newRow("tls") << FakeTransport::failure(TransportError::Kind::Tls) << SyncError::Kind::Tls << false << 0 << QStringLiteral("tls");
        QTest::newRow("cancelled") << FakeTransport::failure(TransportError::Kind::Cancelled) << SyncError::Kind::Cancelled << false << 0 << QStringLiteral("cancelled");
        QTest::newRow("invalid") << FakeTransport::failure(TransportError::Kind::Invalid) << SyncError::Kind::BadRequest << false << 0 << QStringLiteral("invalid_request");
    }

    void errorsFollowTheProtocolTable()
    {
        QFETCH(HttpResponse, response);
        QFETCH(SyncError::Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(int, retryAfter);
        QFETCH(QString, code);
        FakeTransport transport;
        transport.script(response);
        auto page = SyncClient(transport, Server).pull(QStringLiteral("a-1"), {}, 0);
        QVERIFY(!page);
        QCOMPARE(page.error().kind, kind);
        QCOMPARE(page.error().retryable, retryable);
        QCOMPARE(page.error().retryAfter.count(), retryAfter);
        QCOMPARE(page.error().code, code);
        QCOMPARE(page.error().httpStatus, response.status);
        QVERIFY(!page.error().message.isEmpty());
    }

    void retryAfterAlsoComesAsADate()
    {
        HttpResponse response = FakeTransport::error(503, QStringLiteral("unavailable"));
        const QDateTime inAMinute = QDateTime::currentDateTimeUtc().addSecs(60);
        response.headers.append(qMakePair(QByteArray("retry-after"),
                                          QLocale::c().toString(inAMinute, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()));
        const auto seconds = SyncClient::retryAfterOf(response).count();
        QVERIFY2(seconds >= 55 && seconds <= 60, qPrintable(QString::number(seconds)));
    }

    // A server (or whoever answers in its place) cannot forge lines in the client's log: its words
    // are logged escaped, line feeds and Unicode line separators included.
    void serverWordsAreLoggedOnOneLine()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("govdesk.sync.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "govdesk.sync") == 0)
                    logged << message;
            });
        FakeTransport transport;
        transport.script(FakeTransport::json(
            400, {{QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_value")},
                               {QStringLiteral("message"), QStringLiteral("bad\n[fake] line one\u2028[fake] line two")},
                               {QStringLiteral("retryable"), false}}}}));
        auto page = SyncClient(transport, Server).pull(QStringLiteral("a-1"), {}, 0);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!page);
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.first().contains(QStringLiteral("[fake] line one")), qPrintable(logged.first()));
        QVERIFY2(!logged.first().contains(QLatin1Char('\n')), qPrintable(logged.first()));
        QVERIFY2(!logged.first().contains(QChar::LineSeparator), qPrintable(logged.first()));
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
