// Tests request validation: JsonReader's strictness (unknown fields, types, presence), how a push
// request is parsed before anything is applied, and query parameters.
#include "FaultInjector.h"
#include "JsonReader.h"
#include "SyncApi.h"

#include <QJsonDocument>
#include <QTest>

using namespace GovDesk::Server;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject validOp()
{
    return {{QStringLiteral("opId"), QStringLiteral("5b0c6c0e-2a51-4a54-9b54-0c2c0d9b6d11")},
            {QStringLiteral("collection"), QStringLiteral("documents.document")},
            {QStringLiteral("recordId"), QStringLiteral("9f3e2f4a-7a57-4f43-8f55-2f1d2b0c8e01")},
            {QStringLiteral("baseRevision"), 0},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("title"), QStringLiteral("关于做好森林防火工作的通知")}}},
            {QStringLiteral("recipients"), QJsonArray{QStringLiteral("gx-lz-forestry")}}};
}

QByteArray pushOf(const QJsonArray &ops)
{
    return json({{QStringLiteral("ops"), ops}});
}

} // namespace

class TestJsonValidation : public QObject
{
    Q_OBJECT

private slots:
    void readerReportsUnknownFieldsFirst()
    {
        // "titel" explains the missing "title": the unknown field is the more useful message.
        JsonReader reader({{QStringLiteral("titel"), QStringLiteral("通知")}}, QStringLiteral("the request"));
        (void)reader.requiredString(QStringLiteral("title"));
        const auto finished = reader.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error().status, 400);
        QCOMPARE(finished.error().code, QStringLiteral("unknown_field"));
        QVERIFY(finished.error().message.contains(QStringLiteral("\"titel\"")));
    }

    void readerChecksPresenceAndTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray("{\"deleted\":true}") << QStringLiteral("missing_field");
        QTest::newRow("null counts as missing") << QByteArray("{\"name\":null}") << QStringLiteral("missing_field");
        QTest::newRow("number for string") << QByteArray("{\"name\":12}") << QStringLiteral("bad_value");
        QTest::newRow("fraction for integer") << QByteArray("{\"name\":\"a\",\"count\":1.5}") << QStringLiteral("bad_value");
        QTest::newRow("string for integer") << QByteArray("{\"name\":\"a\",\"count\":\"1\"}") << QStringLiteral("bad_value");
        QTest::newRow("huge integer") << QByteArray("{\"name\":\"a\",\"count\":1e300}") << QStringLiteral("bad_value");
        QTest::newRow("string for bool") << QByteArray("{\"name\":\"a\",\"deleted\":\"false\"}") << QStringLiteral("bad_value");
        QTest::newRow("mixed list") << QByteArray("{\"name\":\"a\",\"tags\":[\"a\",1]}") << QStringLiteral("bad_value");
    }

    void readerChecksPresenceAndTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        auto object = parseJsonObject(body);
        QVERIFY(object);
        JsonReader reader(*object, QStringLiteral("the request"));
        (void)reader.requiredString(QStringLiteral("name"));
        (void)reader.optionalInteger(QStringLiteral("count"));
        (void)reader.optionalBool(QStringLiteral("deleted"), false);
        (void)reader.optionalStringList(QStringLiteral("tags"));
        const auto finished = reader.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error().code, code);
    }

    void readerAcceptsAWellFormedObject()
    {
        auto object = parseJsonObject("{\"name\":\"王芳\",\"count\":3,\"deleted\":true,\"tags\":[\"clerk\",\"reviewer\"]}");
        QVERIFY(object);
        JsonReader reader(*object, QStringLiteral("the request"));
        QCOMPARE(reader.requiredString(QStringLiteral("name")), QStringLiteral("王芳"));
        QCOMPARE(reader.optionalInteger(QStringLiteral("count")), std::optional<qint64>(3));
        QCOMPARE(reader.optionalBool(QStringLiteral("deleted"), false), true);
        QCOMPARE(reader.optionalStringList(QStringLiteral("tags")), std::optional(QStringList{QStringLiteral("clerk"), QStringLiteral("reviewer")}));
        QVERIFY(reader.finish());
    }

    void bodyMustBeOneJsonObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << QByteArray("{\"ops\":[");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray("\"ops\"");
        QTest::newRow("trailing garbage") << QByteArray("{\"ops\":[]} x");
        QTest::newRow("not UTF-8 JSON") << QByteArray("\xff\xfe{");
    }

    void bodyMustBeOneJsonObject()
    {
        QFETCH(QByteArray, body);
        const auto parsed = parseJsonObject(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("bad_json"));
        QCOMPARE(parsed.error().status, 400);
        QVERIFY(!parsed.error().retryable());
    }

    void parsesAValidPush()
    {
        QJsonObject deletion = validOp();
        deletion.insert(QStringLiteral("opId"), QStringLiteral("op-2"));
        deletion.insert(QStringLiteral("deleted"), true);
        deletion.remove(QStringLiteral("payload"));
        deletion.remove(QStringLiteral("recipients"));
        auto ops = SyncApi::parsePush(pushOf({validOp(), deletion}), ServerLimits{});
        QVERIFY(ops);
        QCOMPARE(ops->size(), 2);
        QCOMPARE(ops->at(0).payload.value(QStringLiteral("title")).toString(), QStringLiteral("关于做好森林防火工作的通知"));
        QCOMPARE(ops->at(0).recipients, std::optional(QStringList{QStringLiteral("gx-lz-forestry")}));
        QVERIFY(ops->at(1).deleted);
        QVERIFY(!ops->at(1).recipients);
        QVERIFY(ops->at(1).payload.isEmpty());
    }

    void refusesMalformedPushes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        QJsonObject typo = validOp();
        typo.insert(QStringLiteral("baseRevison"), 0);
        QJsonObject noPayload = validOp();
        noPayload.remove(QStringLiteral("payload"));
        QJsonObject emptyOpId = validOp();
        emptyOpId.insert(QStringLiteral("opId"), QString());
        QJsonObject stringRevision = validOp();
        stringRevision.insert(QStringLiteral("baseRevision"), QStringLiteral("0"));
        QJsonObject arrayPayload = validOp();
        arrayPayload.insert(QStringLiteral("payload"), QJsonArray{1, 2});

        QTest::newRow("unknown top-level field") << json({{QStringLiteral("ops"), QJsonArray()}, {QStringLiteral("cursor"), 1}})
                                                 << 400 << QStringLiteral("unknown_field") << QStringLiteral("\"cursor\"");
        QTest::newRow("unknown op field") << pushOf({validOp(), typo}) << 400 << QStringLiteral("unknown_field")
                                          << QStringLiteral("ops[1]");
        QTest::newRow("no ops") << json({}) << 400 << QStringLiteral("missing_field") << QStringLiteral("\"ops\"");
        QTest::newRow("ops not an array") << json({{QStringLiteral("ops"), QJsonObject()}}) << 400
                                          << QStringLiteral("bad_value") << QStringLiteral("\"ops\"");
        QTest::newRow("op not an object") << pushOf({validOp(), 42}) << 400 << QStringLiteral("bad_value")
                                          << QStringLiteral("ops[1]");
        QTest::newRow("missing payload") << pushOf({noPayload}) << 400 << QStringLiteral("missing_field")
                                         << QStringLiteral("\"payload\"");
        QTest::newRow("empty opId") << pushOf({emptyOpId}) << 400 << QStringLiteral("bad_value") << QStringLiteral("\"opId\"");
        QTest::newRow("baseRevision as text") << pushOf({stringRevision}) << 400 << QStringLiteral("bad_value")
                                              << QStringLiteral("\"baseRevision\"");
        QTest::newRow("payload not an object") << pushOf({arrayPayload}) << 400 << QStringLiteral("bad_value")
                                               << QStringLiteral("\"payload\"");
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(validOp());
        QTest::newRow("501 ops") << pushOf(tooMany) << 413 << QStringLiteral("too_large") << QStringLiteral("500");
    }

    void refusesMalformedPushes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto ops = SyncApi::parsePush(body, ServerLimits{});
        QVERIFY(!ops);
        QCOMPARE(ops.error().status, status);
        QCOMPARE(ops.error().code, code);
        QVERIFY2(ops.error().message.contains(mentions), qPrintable(ops.error().message));
        const QJsonObject error = ops.error().toJson().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(error.value(QStringLiteral("retryable")).toBool(), false);
    }

    void queryParametersAreStrictToo()
    {
        QVERIFY(checkQueryKeys(QUrlQuery(QStringLiteral("cursor=12&limit=3")),
                               {QStringLiteral("cursor"), QStringLiteral("limit")}));
        const auto unknown = checkQueryKeys(QUrlQuery(QStringLiteral("cursor=12&limt=3")),
                                            {QStringLiteral("cursor"), QStringLiteral("limit")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("unknown_field"));
        const auto negative = queryInteger(QUrlQuery(QStringLiteral("offset=-1")), QStringLiteral("offset"));
        QVERIFY(!negative);
        QCOMPARE(negative.error().code, QStringLiteral("bad_value"));
        QCOMPARE(queryInteger(QUrlQuery(QStringLiteral("offset=65536")), QStringLiteral("offset"))->value_or(0), 65536);
    }

    void faultRequestsAreValidated()
    {
        FaultInjector faults;
        ApiRequest request;
        request.body = "{\"mode\":\"explode\"}";
        QCOMPARE(faults.configure(request).error().code, QStringLiteral("bad_value"));
        request.body = "{\"mode\":\"drop\",\"cout\":2}";
        QCOMPARE(faults.configure(request).error().code, QStringLiteral("unknown_field"));
        request.body = "{\"mode\":\"stall\",\"stallSeconds\":0.25,\"count\":2,\"path\":\"/v1/sync/push\"}";
        QVERIFY(faults.configure(request));
        QVERIFY(!faults.take(QStringLiteral("/v1/sync/pull")));
        QVERIFY(!faults.take(QStringLiteral("/v1/test/faults")));
        QCOMPARE(faults.take(QStringLiteral("/v1/sync/push"))->stallSeconds, 0.25);
        QVERIFY(faults.take(QStringLiteral("/v1/sync/push")));
        QVERIFY(!faults.take(QStringLiteral("/v1/sync/push"))); // count used up
    }
};

QTEST_GUILESS_MAIN(TestJsonValidation)
#include "tst_jsonvalidation.moc"
