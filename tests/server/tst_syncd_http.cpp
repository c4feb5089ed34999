// Tests govdesk-syncd end to end as clients meet it: a real process, real HTTPS with certificate
// verification on, through QNetworkAccessManager — accounts, push, pull, routing, blobs, limits
// and every injected fault.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>
#include <csignal>

using GovDesk::Test::HttpReply;
using GovDesk::Test::SyncServerFixture;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Luzhai = QStringLiteral("gx-lz-luzhai");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject op(const QString &opId, const QString &recordId, qint64 baseRevision, const QString &title,
               const QStringList &recipients = {})
{
    return {{QStringLiteral("opId"), opId},
            {QStringLiteral("collection"), QStringLiteral("documents.document")},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("baseRevision"), baseRevision},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("title"), title},
                         {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕12号")},
                         {QStringLiteral("urgency"), QStringLiteral("加急")}}},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)}};
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("results")).toArray().at(0).toObject();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSyncdHttp : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QString m_wangfang; // access tokens, gx-lz-gov
    QString m_chenjing; // gx-lz-forestry
    QString m_limin;    // gx-lz-luzhai

    QString signIn(const QString &user)
    {
        auto grant = m_server.signIn(user);
        if (!grant)
            qWarning("%s", qPrintable(grant.error().message));
        return grant ? grant->value(QStringLiteral("accessToken")).toString() : QString();
    }

    HttpReply push(const QString &token, const QJsonArray &ops)
    {
        return m_server.request("POST", QStringLiteral("/v1/sync/push"), json({{QStringLiteral("ops"), ops}}),
                                token);
    }

    HttpReply pull(const QString &token, const QString &cursor = {}, int limit = 0)
    {
        QString path = QStringLiteral("/v1/sync/pull?cursor=") + cursor;
        if (limit > 0)
            path += QStringLiteral("&limit=%1").arg(limit);
        return m_server.request("GET", path, {}, token);
    }

    // Every record visible to a token's organisation, by id, following the cursor to the end.
    QHash<QString, QJsonObject> pullAll(const QString &token)
    {
        QHash<QString, QJsonObject> records;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const QJsonObject body = pull(token, cursor).json();
            for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray())
                records.insert(change[QStringLiteral("recordId")].toString(), change.toObject());
            cursor = body.value(QStringLiteral("cursor")).toString();
            if (!body.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        return records;
    }

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_server.setUp());
        m_wangfang = signIn(QStringLiteral("wangfang"));
        m_chenjing = signIn(QStringLiteral("chenjing"));
        m_limin = signIn(QStringLiteral("limin"));
        QVERIFY(!m_wangfang.isEmpty() && !m_chenjing.isEmpty() && !m_limin.isEmpty());
    }

    void cleanup()
    {
        if (m_server.isRunning())
            GD_VERIFY(m_server.clearFaults());
    }

    void infoAnnouncesProtocolAndLimits()
    {
        const HttpReply reply = m_server.request("GET", QStringLiteral("/v1/info"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject info = reply.json();
        QCOMPARE(info.value(QStringLiteral("protocol")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("server")).toString(), QStringLiteral("govdesk-syncd"));
        const QJsonObject limits = info.value(QStringLiteral("limits")).toObject();
        QCOMPARE(limits.value(QStringLiteral("maxRequestBytes")).toInteger(), 8 * 1024 * 1024);
        QCOMPARE(limits.value(QStringLiteral("maxPushOps")).toInt(), 500);
        QCOMPARE(limits.value(QStringLiteral("maxPullLimit")).toInt(), 1000);
        QCOMPARE(limits.value(QStringLiteral("blobChunkBytes")).toInteger(), 4 * 1024 * 1024);
        QCOMPARE(limits.value(QStringLiteral("ratePerMinute")).toInt(), 600);
    }

    // What a load balancer asks: alive, ready (on which database, at which change), and the
    // schema the migrate command reports.
    void healthReadinessAndMigrate()
    {
        const HttpReply live = m_server.request("GET", QStringLiteral("/healthz"));
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json().value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        const HttpReply ready = m_server.request("GET", QStringLiteral("/readyz"));
        QCOMPARE(ready.status, 200);
        const QString database = qgetenv("GOVDESK_TEST_DATABASE") == "postgresql"
                                     ? QStringLiteral("postgresql")
                                     : QStringLiteral("sqlite");
        QCOMPARE(ready.json().value(QStringLiteral("database")).toString(), database);
        QVERIFY(ready.json().contains(QStringLiteral("changeSeq")));
        auto migrated = m_server.admin({QStringLiteral("migrate")});
        GD_VERIFY(migrated);
        QCOMPARE(migrated->trimmed(), QStringLiteral("schema version 7"));
    }

    void signInAnswersUserAndOrganisation()
    {
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        const QJsonObject user = grant->value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(user.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("clerk"), QStringLiteral("reviewer")}));
        QCOMPARE(user[QStringLiteral("organisation")][QStringLiteral("name")].toString(),
                 QStringLiteral("柳州市人民政府办公室"));
        QVERIFY(grant->value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!grant->value(QStringLiteral("refreshToken")).toString().isEmpty());
    }

    void signInRefusesBadCredentialsAlike()
    {
        const HttpReply wrong = m_server.request("POST", QStringLiteral("/v1/auth/sign-in"),
                                                 "{\"user\":\"wangfang\",\"password\":\"wrong-password\"}");
        const HttpReply unknown = m_server.request("POST", QStringLiteral("/v1/auth/sign-in"),
                                                   "{\"user\":\"zhaolei\",\"password\":\"wrong-password\"}");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("bad_credentials"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.body, wrong.body);
    }

    void pushAppliesOncePerOpId()
    {
        const QString recordId = uuid();
        const QJsonObject create
            = op(uuid(), recordId, 0, QStringLiteral("关于做好2026年春季森林防火工作的通知"));
        const HttpReply first = push(m_wangfang, {create});
        QCOMPARE(first.status, 200);
        QCOMPARE(firstResult(first).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(firstResult(first).value(QStringLiteral("revision")).toInt(), 1);

        const HttpReply again = push(m_wangfang, {create});
        QCOMPARE(again.status, 200);
        const QJsonObject duplicate = firstResult(again);
        QCOMPARE(duplicate.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(duplicate.value(QStringLiteral("originalStatus")).toString(), QStringLiteral("applied"));
        QCOMPARE(duplicate.value(QStringLiteral("revision")).toInt(), 1);

        const QHash<QString, QJsonObject> records = pullAll(m_wangfang);
        QVERIFY(records.contains(recordId));
        QCOMPARE(records.value(recordId).value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(records.value(recordId).value(QStringLiteral("owner")).toString(), Gov);
    }

    void pushAnswersEachOpInOrder()
    {
        const QString recordId = uuid();
        const HttpReply reply
            = push(m_wangfang, {op(uuid(), recordId, 0, QStringLiteral("原稿")),
                                op(uuid(), recordId, 1, QStringLiteral("第二稿")),
                                op(uuid(), recordId, 1, QStringLiteral("离线修改的第二稿"))});
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(results.at(1)[QStringLiteral("revision")].toInt(), 2);
        const QJsonObject conflict = results.at(2).toObject();
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        const QJsonObject server = conflict.value(QStringLiteral("server")).toObject();
        QCOMPARE(server.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(server[QStringLiteral("payload")][QStringLiteral("title")].toString(),
                 QStringLiteral("第二稿"));
        QCOMPARE(server.value(QStringLiteral("owner")).toString(), Gov);
    }

    void recipientsCannotChangeARecord()
    {
        const QString recordId = uuid();
        QCOMPARE(firstResult(push(m_wangfang, {op(uuid(), recordId, 0, QStringLiteral("柳政办发〔2026〕15号"),
                                                  {Forestry})}))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonObject rejected
            = firstResult(push(m_chenjing, {op(uuid(), recordId, 1, QStringLiteral("林业局改的"))}));
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected[QStringLiteral("reason")][QStringLiteral("code")].toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(pullAll(m_chenjing)
                     .value(recordId)[QStringLiteral("payload")][QStringLiteral("title")]
                     .toString(),
                 QStringLiteral("柳政办发〔2026〕15号"));
    }

    // The shared ProtocolRules: ids the client's RecordStore refuses are rejected here too.
    void recordIdsFollowTheSharedRules_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::newRow("only white space") << QStringLiteral("   ");
        QTest::newRow("ideographic space") << QStringLiteral("\u3000");
        QTest::newRow("line feed") << QStringLiteral("9f3e\n[fake] line");
        QTest::newRow("line separator") << QStringLiteral("9f3e\u2028x");
        QTest::newRow("129 characters") << QString(129, u'x');
    }
    void recordIdsFollowTheSharedRules()
    {
        QFETCH(QString, recordId);
        const QJsonObject result
            = firstResult(push(m_wangfang, {op(uuid(), recordId, 0, QStringLiteral("标题"))}));
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result[QStringLiteral("reason")][QStringLiteral("code")].toString(),
                 QStringLiteral("bad_value"));
    }

    void recordsAreRoutedToRecipientsOnly()
    {
        const QString toForestry = uuid();
        QCOMPARE(push(m_wangfang,
                      {op(uuid(), toForestry, 0, QStringLiteral("关于森林防火检查的通知"), {Forestry})})
                     .status,
                 200);
        QVERIFY(pullAll(m_chenjing).contains(toForestry));
        QVERIFY(!pullAll(m_limin).contains(toForestry));

        // The receipt travels back the same way.
        const QString receiptId = uuid();
        QJsonObject receipt{
            {QStringLiteral("opId"), uuid()},
            {QStringLiteral("collection"), QStringLiteral("documents.receipt")},
            {QStringLiteral("recordId"), receiptId},
            {QStringLiteral("baseRevision"), 0},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("documentId"), toForestry},
                                                    {QStringLiteral("status"), QStringLiteral("received")},
                                                    {QStringLiteral("by"), QStringLiteral("陈静")}}},
            {QStringLiteral("recipients"), QJsonArray{Gov}}};
        QCOMPARE(firstResult(push(m_chenjing, {receipt})).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const QJsonObject arrived = pullAll(m_wangfang).value(receiptId);
        QCOMPARE(arrived.value(QStringLiteral("owner")).toString(), Forestry);
        QCOMPARE(arrived[QStringLiteral("payload")][QStringLiteral("by")].toString(), QStringLiteral("陈静"));
        QVERIFY(!pullAll(m_limin).contains(receiptId));
    }

    void pullPagesFollowTheCursor()
    {
        QStringList created;
        QJsonArray ops;
        for (int i = 0; i < 5; ++i) {
            created << uuid();
            ops.append(op(uuid(), created.last(), 0, QStringLiteral("鹿寨县第%1号报告").arg(i)));
        }
        QCOMPARE(push(m_limin, ops).status, 200);

        QStringList seen;
        QString cursor;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const HttpReply reply = pull(m_limin, cursor, 2);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
            QVERIFY(changes.size() <= 2);
            for (const QJsonValue &change : changes)
                seen << change[QStringLiteral("recordId")].toString();
            more = body.value(QStringLiteral("hasMore")).toBool();
            QVERIFY(!more || changes.size() == 2);
            cursor = body.value(QStringLiteral("cursor")).toString();
        }
        QVERIFY(pages >= 3);
        QCOMPARE(seen.mid(seen.size() - 5), created);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());

        const HttpReply end = pull(m_limin, cursor, 2);
        QVERIFY(end.json().value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(end.json().value(QStringLiteral("cursor")).toString(), cursor);
        QCOMPARE(pull(m_limin, {}, 5000).status, 200); // capped, not refused
        QCOMPARE(pull(m_limin, QStringLiteral("abc")).errorCode(), QStringLiteral("bad_value"));
    }

    void malformedRequestsAreRefusedWithClearErrors()
    {
        const HttpReply badJson
            = m_server.request("POST", QStringLiteral("/v1/sync/push"), "{\"ops\":[", m_wangfang);
        QCOMPARE(badJson.status, 400);
        QCOMPARE(badJson.errorCode(), QStringLiteral("bad_json"));
        QCOMPARE(badJson.json()[QStringLiteral("error")][QStringLiteral("retryable")].toBool(), false);

        // One bad op refuses the whole push: the good op before it is not applied.
        const QString recordId = uuid();
        QJsonObject typo = op(uuid(), uuid(), 0, QStringLiteral("x"));
        typo.insert(QStringLiteral("baseRevison"), 0);
        const QJsonObject good = op(uuid(), recordId, 0, QStringLiteral("不应保存"));
        const HttpReply unknown = push(m_wangfang, {good, typo});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_field"));
        QVERIFY(unknown.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("baseRevison")));
        QVERIFY(!pullAll(m_wangfang).contains(recordId));

        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/sync/pull?limt=5"), {}, m_wangfang).errorCode(),
                 QStringLiteral("unknown_field"));
        QCOMPARE(m_server.request("POST", QStringLiteral("/v1/auth/sign-in"), "{\"user\":\"wangfang\"}")
                     .errorCode(),
                 QStringLiteral("missing_field"));
        const HttpReply noEndpoint = m_server.request("GET", QStringLiteral("/v1/records"), {}, m_wangfang);
        QCOMPARE(noEndpoint.status, 404);
        QCOMPARE(noEndpoint.errorCode(), QStringLiteral("not_found"));
    }

    void oversizedRequestsAreRefused()
    {
        QJsonArray ops;
        for (int i = 0; i < 501; ++i)
            ops.append(op(uuid(), uuid(), 0, QStringLiteral("批量")));
        const HttpReply tooMany = push(m_wangfang, ops);
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.errorCode(), QStringLiteral("too_large"));

        const QByteArray huge = "{\"ops\":[],\"padding\":\"" + QByteArray(8 * 1024 * 1024, 'x') + "\"}";
        const HttpReply tooBig = m_server.request("POST", QStringLiteral("/v1/sync/push"), huge, m_wangfang);
        QCOMPARE(tooBig.status, 413);
    }

    void requestsNeedAValidToken()
    {
        const HttpReply none = m_server.request("GET", QStringLiteral("/v1/sync/pull"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("token_invalid"));
        const HttpReply forged
            = m_server.request("GET", QStringLiteral("/v1/sync/pull"), {}, QStringLiteral("forged-token"));
        QCOMPARE(forged.errorCode(), QStringLiteral("token_invalid"));
    }

    void refreshAndSignOut()
    {
        auto grant = m_server.signIn(QStringLiteral("chenjing"));
        GD_VERIFY(grant);
        const QString refreshToken = grant->value(QStringLiteral("refreshToken")).toString();
        const HttpReply refreshed = m_server.request("POST", QStringLiteral("/v1/auth/refresh"),
                                                     json({{QStringLiteral("refreshToken"), refreshToken}}));
        QCOMPARE(refreshed.status, 200);
        const QString access = refreshed.json().value(QStringLiteral("accessToken")).toString();
        const QString newRefresh = refreshed.json().value(QStringLiteral("refreshToken")).toString();
        QCOMPARE(refreshed.json()[QStringLiteral("user")][QStringLiteral("id")].toString(),
                 QStringLiteral("chenjing"));
        QCOMPARE(pull(access).status, 200);

        const HttpReply reused = m_server.request("POST", QStringLiteral("/v1/auth/refresh"),
                                                  json({{QStringLiteral("refreshToken"), refreshToken}}));
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("token_invalid"));

        const HttpReply signedOut
            = m_server.request("POST", QStringLiteral("/v1/auth/sign-out"), "{}", access);
        QCOMPARE(signedOut.status, 204);
        QCOMPARE(pull(access).errorCode(), QStringLiteral("token_invalid"));
        QCOMPARE(m_server
                     .request("POST", QStringLiteral("/v1/auth/refresh"),
                              json({{QStringLiteral("refreshToken"), newRefresh}}))
                     .status,
                 401);
        QCOMPARE(pull(m_chenjing).status, 200); // the other session is untouched
    }

    void blobsUploadInChunksAndResume()
    {
        QByteArray bytes(300 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const QString id = sha256(bytes);
        const QString base = QStringLiteral("/v1/blobs/") + id;
        const qint64 half = 128 * 1024;
        const auto put = [&](qint64 offset, const QByteArray &chunk) {
            return m_server.request("PUT",
                                    base + QStringLiteral("?offset=%1&size=%2").arg(offset).arg(bytes.size()),
                                    chunk, m_wangfang, {{"Content-Type", "application/octet-stream"}});
        };

        QCOMPARE(m_server.request("GET", base + QStringLiteral("/status"), {}, m_wangfang).status, 404);
        const HttpReply first = put(0, bytes.left(half));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("complete")).toBool(), false);
        const HttpReply status = m_server.request("GET", base + QStringLiteral("/status"), {}, m_wangfang);
        QCOMPARE(status.json().value(QStringLiteral("received")).toInteger(), half);
        QCOMPARE(status.json().value(QStringLiteral("size")).toInteger(), bytes.size());

        const HttpReply wrongOffset = put(half + 10, bytes.mid(half + 10));
        QCOMPARE(wrongOffset.status, 409);
        QCOMPARE(wrongOffset.errorCode(), QStringLiteral("blob_offset"));
        QCOMPARE(wrongOffset.json()[QStringLiteral("error")][QStringLiteral("received")].toInteger(), half);

        const HttpReply last = put(half, bytes.mid(half));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(put(0, bytes.left(10)).json().value(QStringLiteral("complete")).toBool(),
                 true); // idempotent

        // Read by its uploader here; tst_syncd_isolation covers who else may read it.
        const HttpReply download = m_server.request("GET", base, {}, m_wangfang);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, bytes);
        const HttpReply resumed = m_server.request("GET", base, {}, m_wangfang, {{"Range", "bytes=1000-"}});
        QCOMPARE(resumed.status, 206);
        QCOMPARE(resumed.header("Content-Range"),
                 QStringLiteral("bytes 1000-%1/%2").arg(bytes.size() - 1).arg(bytes.size()).toLatin1());
        QCOMPARE(resumed.body, bytes.mid(1000));
        QCOMPARE(m_server.request("GET", base, {}, m_wangfang, {{"Range", "bytes=999999999-"}}).status, 416);
    }

    void blobWithWrongBytesIsDiscarded()
    {
        const QByteArray claimed = QByteArrayLiteral("附件1：柳州市森林防火检查表.pdf 的内容");
        const QByteArray sent = QByteArrayLiteral("附件1：被篡改的内容，长度一样吗？不一样");
        const QString base = QStringLiteral("/v1/blobs/") + sha256(claimed);
        const HttpReply mismatch = m_server.request(
            "PUT", base + QStringLiteral("?offset=0&size=%1").arg(sent.size()), sent, m_wangfang);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.errorCode(), QStringLiteral("blob_hash_mismatch"));
        QCOMPARE(mismatch.json()[QStringLiteral("error")][QStringLiteral("retryable")].toBool(), true);
        QCOMPARE(m_server.request("GET", base + QStringLiteral("/status"), {}, m_wangfang).status, 404);
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/blobs/not-a-hash/status"), {}, m_wangfang)
                     .errorCode(),
                 QStringLiteral("bad_value"));
        const HttpReply bigChunk
            = m_server.request("PUT", base + QStringLiteral("?offset=0&size=%1").arg(5 * 1024 * 1024),
                               QByteArray(4 * 1024 * 1024 + 1, 'x'), m_wangfang);
        QCOMPARE(bigChunk.status, 413);
    }

    void faultStatus500()
    {
        GD_VERIFY(m_server.setFault(QStringLiteral("status500"), 1, QStringLiteral("/v1/sync/pull")));
        const HttpReply failed = pull(m_wangfang);
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.errorCode(), QStringLiteral("internal"));
        QCOMPARE(failed.json()[QStringLiteral("error")][QStringLiteral("retryable")].toBool(), true);
        QCOMPARE(pull(m_wangfang).status, 200); // count 1: the next one passes
    }

    void faultStatus503WithRetryAfter()
    {
        GD_VERIFY(m_server.setFault(QStringLiteral("status503"), 2, {}, 7));
        const HttpReply first = m_server.request("GET", QStringLiteral("/v1/info"));
        QCOMPARE(first.status, 503);
        QCOMPARE(first.header("Retry-After"), QByteArray("7"));
        QCOMPARE(first.errorCode(), QStringLiteral("unavailable"));
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/info")).status, 503);
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/info")).status, 200);
    }

    void faultDropLosesTheAnswerNotThePush()
    {
        // QNetworkAccessManager silently resends a request whose connection closed before any
        // answer (three times), so it takes four drops for the client to see the failure.
        const QString recordId = uuid();
        const QJsonObject create = op(uuid(), recordId, 0, QStringLiteral("答复丢失的推送"));
        GD_VERIFY(m_server.setFault(QStringLiteral("drop"), 5, QStringLiteral("/v1/sync/push")));
        const HttpReply dropped = push(m_wangfang, {create});
        QCOMPARE(dropped.status, 0);
        QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(dropped.errorString));
        GD_VERIFY(m_server.clearFaults());
        const QJsonObject resent = firstResult(push(m_wangfang, {create}));
        QCOMPARE(resent.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(resent.value(QStringLiteral("revision")).toInt(), 1);
    }

    void faultTruncateCutsTheBody()
    {
        GD_VERIFY(m_server.setFault(QStringLiteral("truncate"), 1, QStringLiteral("/v1/info")));
        const HttpReply cut = m_server.request("GET", QStringLiteral("/v1/info"));
        QVERIFY2(cut.error != QNetworkReply::NoError, "a body shorter than Content-Length is an error");
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/info")).status, 200);
    }

    void faultStallDelaysTheAnswer()
    {
        GD_VERIFY(m_server.setFault(QStringLiteral("stall"), 1, QStringLiteral("/v1/sync/pull"), 1, 0.4));
        const HttpReply slow = pull(m_wangfang);
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 380, qPrintable(QString::number(slow.elapsedMs)));
        QVERIFY(slow.json().contains(QStringLiteral("cursor")));

        // A client that gives up first sees a timeout; the server carries on.
        GD_VERIFY(m_server.setFault(QStringLiteral("stall"), 1, QStringLiteral("/v1/sync/pull"), 1, 2.0));
        const HttpReply gaveUp
            = m_server.request("GET", QStringLiteral("/v1/sync/pull"), {}, m_wangfang, {}, 300);
        QCOMPARE(gaveUp.status, 0);
        QVERIFY(gaveUp.error == QNetworkReply::OperationCanceledError
                || gaveUp.error == QNetworkReply::TimeoutError);
        QVERIFY(gaveUp.elapsedMs < 1500);
        QCOMPARE(pull(m_wangfang).status, 200);
    }

    void serverRestartedMidPushKeepsWhatItApplied()
    {
        const QString recordId = uuid();
        const QJsonObject create = op(uuid(), recordId, 0, QStringLiteral("服务器重启前推送的公文"));
        GD_VERIFY(m_server.setFault(QStringLiteral("drop"), 5, QStringLiteral("/v1/sync/push")));
        QVERIFY(push(m_wangfang, {create}).error != QNetworkReply::NoError);
        m_server.kill(); // as a power cut right after the commit
        GD_VERIFY(m_server.start());
        // Same port and data directory; tokens and op ids survived.
        const QJsonObject resent = firstResult(push(m_wangfang, {create}));
        QCOMPARE(resent.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(pullAll(m_wangfang).value(recordId).value(QStringLiteral("revision")).toInt(), 1);
    }

    void rateLimitAnswers429()
    {
        QCOMPARE(m_server.stop(), 0);
        GD_VERIFY(m_server.start({QStringLiteral("--rate-per-minute"), QStringLiteral("5")}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(pull(m_limin).status, 200);
        const HttpReply limited = pull(m_limin);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(limited.header("Retry-After"), QByteArray("12"));
        QCOMPARE(pull(m_chenjing).status, 200); // per token: others are not held up
        QCOMPARE(m_server.stop(), 0);
        GD_VERIFY(m_server.start());
    }

    void stopsGracefullyOnSigterm()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(m_server.log().contains("shutting down"));
        QVERIFY(m_server.log().contains("govdesk.syncd: stopped"));
        GD_VERIFY(m_server.start());
        QCOMPARE(pull(m_wangfang).status, 200);
    }

    // With --drain-seconds, SIGTERM first turns /readyz to 503 while the server still answers
    // everything else, then it stops.
    void drainsBeforeStopping()
    {
        QCOMPARE(m_server.stop(), 0);
        GD_VERIFY(m_server.start({QStringLiteral("--drain-seconds"), QStringLiteral("3")}));
        QCOMPARE(m_server.request("GET", QStringLiteral("/readyz")).status, 200);
        QVERIFY(::kill(static_cast<pid_t>(m_server.processId()), SIGTERM) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/readyz")).status, 503, 2000);
        QCOMPARE(m_server.request("GET", QStringLiteral("/healthz")).status, 200);
        QCOMPARE(pull(m_wangfang).status, 200); // requests are still answered while draining
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.isRunning(), 10000);
        QVERIFY(m_server.log().contains("draining for 3000 ms"));
        GD_VERIFY(m_server.start());
    }

    void pinIsCurlsPublicKeyPin()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        QVERIFY(m_server.pin().startsWith(QStringLiteral("sha256//")));
        const auto run = [&](const QString &pin) {
            QProcess process;
            process.start(curl,
                          {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("--cacert"), m_server.caFile(), QStringLiteral("--pinnedpubkey"),
                           pin, m_server.url(QStringLiteral("/v1/info")).toString()});
            process.waitForFinished(10000);
            return process.exitCode();
        };
        QCOMPARE(run(m_server.pin()), 0);
        QCOMPARE(run(m_server.pin(SyncServerFixture::ServerCertificate::Expired)),
                 90); // CURLE_SSL_PINNEDPUBKEYNOTMATCH
    }

    void largeCurlUploadsDoNotWaitForContinue()
    {
        // libcurl sends "Expect: 100-continue" with bodies over 1 MiB and waits a second for the
        // interim answer, which Qt HttpServer alone never gives.
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        QByteArray bytes(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(bytes);
        file.flush();
        QProcess process;
        process.start(
            curl,
            {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
             QStringLiteral("%{http_code} %{time_total}"), QStringLiteral("--cacert"), m_server.caFile(),
             QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("--data-binary"),
             QLatin1Char('@') + file.fileName(), QStringLiteral("-H"),
             QStringLiteral("Authorization: Bearer ") + m_wangfang,
             m_server
                 .url(QStringLiteral("/v1/blobs/%1?offset=0&size=%2").arg(sha256(bytes)).arg(bytes.size()))
                 .toString()});
        QVERIFY(process.waitForFinished(20000));
        const QStringList result
            = QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char(' '));
        QCOMPARE(result.value(0), QStringLiteral("200"));
        QVERIFY2(result.value(1).toDouble() < 0.8, qPrintable(result.value(1)));
    }

    void fixtureCertificatesFailAsIntended()
    {
        const auto tryWith = [&](const QString &caFile) {
            QNetworkAccessManager network;
            QNetworkRequest request(m_server.url(QStringLiteral("/v1/info")));
            QSslConfiguration tls = m_server.sslConfiguration();
            tls.setCaCertificates(QSslCertificate::fromPath(caFile));
            request.setSslConfiguration(tls);
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return reply->error();
        };
        QCOMPARE(tryWith(m_server.caFile()), QNetworkReply::NoError);
        QCOMPARE(tryWith(m_server.otherCaFile()), QNetworkReply::SslHandshakeFailedError);
        for (const auto certificate : {SyncServerFixture::ServerCertificate::Expired,
                                       SyncServerFixture::ServerCertificate::WrongHost}) {
            QCOMPARE(m_server.stop(), 0);
            GD_VERIFY(m_server.start({}, certificate));
            QCOMPARE(tryWith(m_server.caFile()), QNetworkReply::SslHandshakeFailedError);
        }
        QCOMPARE(m_server.stop(), 0);
        GD_VERIFY(m_server.start());
        QCOMPARE(tryWith(m_server.caFile()), QNetworkReply::NoError);
    }
};

QTEST_GUILESS_MAIN(TestSyncdHttp)
#include "tst_syncd_http.moc"
