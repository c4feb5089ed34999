// Tests roles and permissions end to end: the admin CLI sets roles, collection permissions and
// actions; the real govdesk-syncd over HTTPS keeps a collection's records and their blobs from
// users without its read role, rejects pushes without the write role or an action's role as
// `forbidden`, and hands a newly readable collection over whole.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using GovDesk::Test::HttpReply;
using GovDesk::Test::SyncServerFixture;

namespace {

const QString Court = QStringLiteral("gx-lz-court");
const QString Gov = QStringLiteral("gx-lz-gov");
const QString Cases = QStringLiteral("courts.case");
const QString Documents = QStringLiteral("documents.document");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject op(const QString &collection, const QString &recordId, qint64 baseRevision,
               const QJsonObject &payload)
{
    return {{QStringLiteral("opId"), uuid()},
            {QStringLiteral("collection"), collection},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("baseRevision"), baseRevision},
            {QStringLiteral("payload"), payload}};
}

QJsonObject document(const QString &status,
                     const QString &title = QStringLiteral("关于做好2026年防汛工作的通知"))
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕15号")},
            {QStringLiteral("status"), status}};
}

QList<SyncServerFixture::User> users()
{
    const QString password = QString::fromUtf8(SyncServerFixture::DefaultPassword);
    return {
        {QStringLiteral("zhaolei"), QStringLiteral("赵磊"), Court, {QStringLiteral("court-staff")}, password},
        {QStringLiteral("sunli"), QStringLiteral("孙丽"), Court, {QStringLiteral("clerk")}, password},
        {QStringLiteral("wangfang"), QStringLiteral("王芳"), Gov, {QStringLiteral("clerk")}, password},
        {QStringLiteral("zhangwei"),
         QStringLiteral("张伟"),
         Gov,
         {QStringLiteral("leader"), QStringLiteral("signer")},
         password}};
}

} // namespace

class TestSyncdRoles : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

    QString signIn(const QString &user)
    {
        auto grant = m_server.signIn(user);
        return grant ? grant->value(QStringLiteral("accessToken")).toString() : QString();
    }

    QJsonObject pushOne(const QString &token, const QJsonObject &operation)
    {
        const HttpReply reply
            = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                               json({{QStringLiteral("ops"), QJsonArray{operation}}}), token);
        return reply.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    }

    // Every page from `cursor` on; the record ids per collection, and the last cursor.
    QMultiHash<QString, QString> pullAll(const QString &token, QString *cursor)
    {
        QMultiHash<QString, QString> ids;
        for (int page = 0; page < 20; ++page) {
            const QJsonObject answer
                = m_server
                      .request("GET", QStringLiteral("/v1/sync/pull?limit=2&cursor=") + *cursor, {}, token)
                      .json();
            for (const QJsonValue &change : answer.value(QStringLiteral("changes")).toArray())
                ids.insert(change[QStringLiteral("collection")].toString(),
                           change[QStringLiteral("recordId")].toString());
            *cursor = answer.value(QStringLiteral("cursor")).toString();
            if (!answer.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        return ids;
    }

    static QString reasonCode(const QJsonObject &result)
    {
        return result[QStringLiteral("reason")][QStringLiteral("code")].toString();
    }

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_server.setUp(
            {{Court, QStringLiteral("柳州市中级人民法院")}, {Gov, QStringLiteral("柳州市人民政府办公室")}},
            users()));
        // While the server runs: the admin CLI never needs it stopped.
        GD_VERIFY(m_server.admin({QStringLiteral("collection"), QStringLiteral("set"), Cases,
                                  QStringLiteral("--read"), QStringLiteral("court-staff"),
                                  QStringLiteral("--write"), QStringLiteral("court-staff")}));
        GD_VERIFY(m_server.admin({QStringLiteral("action"), QStringLiteral("set"), Documents,
                                  QStringLiteral("status=签发"), QStringLiteral("--roles"),
                                  QStringLiteral("signer")}));
    }

    void adminCliSetsAndListsRolesAndPermissions()
    {
        auto collections = m_server.admin({QStringLiteral("collection"), QStringLiteral("list")});
        GD_VERIFY(collections);
        QCOMPARE(*collections, QStringLiteral("courts.case\tread court-staff\twrite court-staff\n"));
        auto actions = m_server.admin({QStringLiteral("action"), QStringLiteral("list")});
        GD_VERIFY(actions);
        // Every server refuses classified documents (schema 4), beside the rule set above.
        QVERIFY2(actions->contains(QStringLiteral("documents.document\tstatus=签发\troles signer\n")),
                 qPrintable(*actions));
        for (const QString &level : {QStringLiteral("秘密"), QStringLiteral("机密"), QStringLiteral("绝密")})
            QVERIFY2(actions->contains(QStringLiteral("documents.document\tclassification=%1\trefused: "
                                                      "密级为「%1」的公文不得在非涉密网络传输")
                                           .arg(level)),
                     qPrintable(*actions));

        // Leaving --read out keeps the read roles; "" is everyone.
        GD_VERIFY(m_server.admin({QStringLiteral("collection"), QStringLiteral("set"),
                                  QStringLiteral("water.reading"), QStringLiteral("--write"),
                                  QStringLiteral("hydrology")}));
        GD_VERIFY(m_server.admin({QStringLiteral("collection"), QStringLiteral("set"),
                                  QStringLiteral("water.reading"), QStringLiteral("--read"), QString()}));
        collections = m_server.admin({QStringLiteral("collection"), QStringLiteral("list")});
        GD_VERIFY(collections);
        QVERIFY2(collections->contains(QStringLiteral("water.reading\tread (everyone)\twrite hydrology\n")),
                 qPrintable(*collections));
        GD_VERIFY(m_server.admin(
            {QStringLiteral("collection"), QStringLiteral("clear"), QStringLiteral("water.reading")}));
        collections = m_server.admin({QStringLiteral("collection"), QStringLiteral("list")});
        QVERIFY(collections && !collections->contains(QStringLiteral("water.reading")));

        // Wrong input is refused and changes nothing.
        QVERIFY(!m_server.admin({QStringLiteral("collection"), QStringLiteral("set"),
                                 QStringLiteral("Courts Case"), QStringLiteral("--read"),
                                 QStringLiteral("court-staff")}));
        QVERIFY(!m_server.admin({QStringLiteral("collection"), QStringLiteral("set"), Cases,
                                 QStringLiteral("--read"), QStringLiteral("法官")}));
        QVERIFY(
            !m_server.admin({QStringLiteral("action"), QStringLiteral("set"), Documents,
                             QStringLiteral("status"), QStringLiteral("--roles"), QStringLiteral("signer")}));
        QVERIFY(!m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("nobody"),
                                 QStringLiteral("clerk")}));

        // Roles set by the CLI are the ones stored, listed and answered at sign-in.
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("wangfang"),
                                  QStringLiteral("clerk,reviewer")}));
        auto listed = m_server.admin({QStringLiteral("user"), QStringLiteral("list")});
        GD_VERIFY(listed);
        QVERIFY2(listed->contains(QStringLiteral("wangfang\t王芳\tgx-lz-gov\tclerk,reviewer\n")),
                 qPrintable(*listed));
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        QCOMPARE(grant->value(QStringLiteral("user"))[QStringLiteral("roles")].toArray(),
                 QJsonArray({QStringLiteral("clerk"), QStringLiteral("reviewer")}));
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("wangfang"),
                                  QStringLiteral("clerk")}));
    }

    void pushWithoutTheWriteRoleIsForbidden()
    {
        const QString zhaolei = signIn(QStringLiteral("zhaolei"));
        const QString sunli = signIn(QStringLiteral("sunli"));
        const QString caseId = uuid();
        const QJsonObject payload{{QStringLiteral("caseNumber"), QStringLiteral("（2026）桂02民初88号")},
                                  {QStringLiteral("title"), QStringLiteral("买卖合同纠纷")}};
        QCOMPARE(pushOne(zhaolei, op(Cases, caseId, 0, payload))[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));

        // The same answer whether the record exists or not: the refusal is about the collection.
        const QJsonObject onExisting = pushOne(sunli, op(Cases, caseId, 1, payload));
        const QJsonObject onNew = pushOne(sunli, op(Cases, uuid(), 0, payload));
        for (const QJsonObject &result : {onExisting, onNew}) {
            QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
            QCOMPARE(reasonCode(result), QStringLiteral("forbidden"));
        }
        QCOMPARE(onExisting[QStringLiteral("reason")].toObject(), onNew[QStringLiteral("reason")].toObject());
        // A delete is a write too.
        QJsonObject remove = op(Cases, caseId, 1, {});
        remove.insert(QStringLiteral("deleted"), true);
        QCOMPARE(reasonCode(pushOne(sunli, remove)), QStringLiteral("forbidden"));
    }

    void readerWithoutTheReadRoleNeverPullsTheRecordsNorTheirBlobs()
    {
        const QString zhaolei = signIn(QStringLiteral("zhaolei"));
        QString sunli = signIn(QStringLiteral("sunli"));
        const QByteArray bytes = QStringLiteral("庭审笔录（2026）桂02民初123号\n").repeated(200).toUtf8();
        const QString blob
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_server
                     .request("PUT",
                              QStringLiteral("/v1/blobs/%1?offset=0&size=%2").arg(blob).arg(bytes.size()),
                              bytes, zhaolei, {{"Content-Type", "application/octet-stream"}})
                     .status,
                 200);
        const QString caseId = uuid();
        const QJsonObject payload{
            {QStringLiteral("caseNumber"), QStringLiteral("（2026）桂02民初123号")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), blob},
                                    {QStringLiteral("name"), QStringLiteral("庭审笔录.txt")},
                                    {QStringLiteral("size"), bytes.size()}}}}};
        QCOMPARE(pushOne(zhaolei, op(Cases, caseId, 0, payload))[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        // Something the whole court reads, after the case in the change sequence.
        const QString noticeId = uuid();
        QCOMPARE(pushOne(zhaolei, op(QStringLiteral("courts.notice"), noticeId, 0,
                                     {{QStringLiteral("title"),
                                       QStringLiteral("关于调整立案时间的通知")}}))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("applied"));

        QString staffCursor;
        const auto staff = pullAll(zhaolei, &staffCursor);
        QVERIFY(staff.contains(Cases, caseId));
        QVERIFY(!staffCursor.contains(QLatin1Char('-'))); // nothing hidden: a plain cursor, as before

        QString cursor;
        const auto clerk = pullAll(sunli, &cursor);
        QVERIFY(!clerk.contains(Cases));
        QVERIFY(clerk.contains(QStringLiteral("courts.notice"), noticeId));
        // The case's attachment is not hers either: the 404 of a blob the server does not have.
        for (const QString &suffix : {QStringLiteral("/status"), QString()})
            QCOMPARE(m_server.request("GET", QStringLiteral("/v1/blobs/") + blob + suffix, {}, sunli).status,
                     404);

        // Given the role, her next pull (same session, same cursor) brings the case whole.
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("sunli"),
                                  QStringLiteral("clerk,court-staff")}));
        const auto granted = pullAll(sunli, &cursor);
        QVERIFY(granted.contains(Cases, caseId));
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/blobs/") + blob, {}, sunli).body, bytes);
        QVERIFY(pullAll(sunli, &cursor).isEmpty()); // and then nothing again

        // Taken away again: nothing more of the collection, and the blob is gone for her.
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("sunli"),
                                  QStringLiteral("clerk")}));
        QCOMPARE(pushOne(zhaolei, op(Cases, caseId, 1, payload))[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        QVERIFY(!pullAll(sunli, &cursor).contains(Cases));
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/blobs/") + blob, {}, sunli).status, 404);
    }

    void actionWithoutItsRoleIsRejected()
    {
        const QString wangfang = signIn(QStringLiteral("wangfang")); // clerk
        const QString zhangwei = signIn(QStringLiteral("zhangwei")); // signer
        const QString id = uuid();
        QCOMPARE(pushOne(wangfang,
                         op(Documents, id, 0, document(QStringLiteral("审核"))))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("applied"));

        // A clerk may not sign, neither an existing draft nor a new document.
        const QJsonObject sign = pushOne(wangfang, op(Documents, id, 1, document(QStringLiteral("签发"))));
        QCOMPARE(sign[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(reasonCode(sign), QStringLiteral("forbidden"));
        QCOMPARE(reasonCode(pushOne(wangfang, op(Documents, uuid(), 0, document(QStringLiteral("签发"))))),
                 QStringLiteral("forbidden"));

        // The signer of the same office may.
        const QJsonObject signed_ = pushOne(zhangwei, op(Documents, id, 1, document(QStringLiteral("签发"))));
        QCOMPARE(signed_[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(signed_[QStringLiteral("revision")].toInt(), 2);

        // Other edits of a signed document need only the write permission; undoing the signature
        // (or deleting the document) needs the role again.
        QCOMPARE(
            pushOne(wangfang, op(Documents, id, 2,
                                 document(QStringLiteral("签发"),
                                          QStringLiteral(
                                              "关于做好2026年防汛抗旱工作的通知"))))[QStringLiteral("status")]
                .toString(),
            QStringLiteral("applied"));
        QCOMPARE(reasonCode(pushOne(wangfang, op(Documents, id, 3, document(QStringLiteral("审核"))))),
                 QStringLiteral("forbidden"));
        QJsonObject remove = op(Documents, id, 3, {});
        remove.insert(QStringLiteral("deleted"), true);
        QCOMPARE(reasonCode(pushOne(wangfang, remove)), QStringLiteral("forbidden"));

        // Cleared, the action is an ordinary write again.
        GD_VERIFY(m_server.admin(
            {QStringLiteral("action"), QStringLiteral("clear"), Documents, QStringLiteral("status=签发")}));
        QCOMPARE(pushOne(wangfang,
                         op(Documents, id, 3, document(QStringLiteral("审核"))))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("applied"));
        GD_VERIFY(m_server.admin({QStringLiteral("action"), QStringLiteral("set"), Documents,
                                  QStringLiteral("status=签发"), QStringLiteral("--roles"),
                                  QStringLiteral("signer")}));
    }

    void classifiedDocumentsAreRefusedForEveryone()
    {
        const QString zhangwei = signIn(QStringLiteral("zhangwei")); // signer: roles do not matter
        for (const QString &level :
             {QStringLiteral("秘密"), QStringLiteral("机密"), QStringLiteral("绝密")}) {
            QJsonObject classified = document(QStringLiteral("签发"));
            classified.insert(QStringLiteral("classification"), level);
            const QJsonObject refused = pushOne(zhangwei, op(Documents, uuid(), 0, classified));
            QCOMPARE(refused[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
            QCOMPARE(reasonCode(refused), QStringLiteral("forbidden"));
            QVERIFY2(refused[QStringLiteral("reason")][QStringLiteral("message")].toString().contains(
                         QStringLiteral("不得在非涉密网络传输")),
                     qPrintable(QJsonDocument(refused).toJson()));
        }

        // Unclassified and 内部 documents travel; one cannot be made classified afterwards, and
        // a document declassified (the value taken away) is an ordinary write.
        const QString id = uuid();
        QJsonObject internal = document(QStringLiteral("签发"));
        internal.insert(QStringLiteral("classification"), QStringLiteral("内部"));
        QCOMPARE(pushOne(zhangwei, op(Documents, id, 0, internal))[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        QJsonObject secret = internal;
        secret.insert(QStringLiteral("classification"), QStringLiteral("机密"));
        QCOMPARE(reasonCode(pushOne(zhangwei, op(Documents, id, 1, secret))), QStringLiteral("forbidden"));

        // The admin CLI adds and clears such rules for any field.
        GD_VERIFY(m_server.admin({QStringLiteral("action"), QStringLiteral("refuse"), Documents,
                                  QStringLiteral("type=命令"), QStringLiteral("--reason"),
                                  QStringLiteral("命令（令） is issued on paper only.")}));
        QJsonObject order = document(QStringLiteral("审核"));
        order.insert(QStringLiteral("type"), QStringLiteral("命令"));
        const QJsonObject refused = pushOne(zhangwei, op(Documents, uuid(), 0, order));
        QCOMPARE(refused[QStringLiteral("reason")][QStringLiteral("message")].toString(),
                 QStringLiteral("命令（令） is issued on paper only."));
        QVERIFY(!m_server.admin({QStringLiteral("action"), QStringLiteral("refuse"), Documents,
                                 QStringLiteral("type=命令")})); // no reason
        GD_VERIFY(m_server.admin(
            {QStringLiteral("action"), QStringLiteral("clear"), Documents, QStringLiteral("type=命令")}));
        QCOMPARE(pushOne(zhangwei, op(Documents, uuid(), 0, order))[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
    }

    void demoSeedsRolesAndPermissions()
    {
        SyncServerFixture demo;
        GD_VERIFY(demo.setUp({}, {}));
        QCOMPARE(demo.stop(), 0);
        GD_VERIFY(demo.start({QStringLiteral("--demo"), QStringLiteral("--portal")}));
        auto collections = demo.admin({QStringLiteral("collection"), QStringLiteral("list")});
        GD_VERIFY(collections);
        QVERIFY2(collections->contains(QStringLiteral("courts.case\tread court-staff\twrite court-staff")),
                 qPrintable(*collections));
        auto actions = demo.admin({QStringLiteral("action"), QStringLiteral("list")});
        GD_VERIFY(actions);
        QVERIFY2(
            actions->contains(QStringLiteral("disclosure.item\tstatus=published\troles disclosure_leader")),
            qPrintable(*actions));
        const auto pulled = [&demo](const QString &user) {
            auto grant = demo.signIn(user, QStringLiteral("govdesk-demo"));
            QStringList seen;
            if (!grant)
                return seen;
            const QString token = grant->value(QStringLiteral("accessToken")).toString();
            for (const QJsonValue &change : demo.request("GET", QStringLiteral("/v1/sync/pull"), {}, token)
                                                .json()
                                                .value(QStringLiteral("changes"))
                                                .toArray())
                seen << change[QStringLiteral("collection")].toString();
            return seen;
        };
        QVERIFY(pulled(QStringLiteral("zhaolei")).contains(Cases));
        GD_VERIFY(demo.signIn(QStringLiteral("sunli"), QStringLiteral("govdesk-demo")));
        QVERIFY(!pulled(QStringLiteral("sunli")).contains(Cases));

        // 信息公开: 张伟 published the demo's item with the series' first 索引号, and it is on the
        // portal; 王芳, who drafts, may not publish.
        const auto token = [&demo](const QString &user) {
            auto grant = demo.signIn(user, QStringLiteral("govdesk-demo"));
            return grant ? grant->value(QStringLiteral("accessToken")).toString() : QString();
        };
        const QString zhangwei = token(QStringLiteral("zhangwei"));
        QJsonObject item;
        QString itemId;
        for (const QJsonValue &change : demo.request("GET", QStringLiteral("/v1/sync/pull"), {}, zhangwei)
                                            .json()
                                            .value(QStringLiteral("changes"))
                                            .toArray()) {
            if (change[QStringLiteral("collection")].toString() == QStringLiteral("disclosure.item")) {
                item = change[QStringLiteral("payload")].toObject();
                itemId = change[QStringLiteral("recordId")].toString();
            }
        }
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(item.value(QStringLiteral("indexNumber")).toString(),
                 QStringLiteral("11450200MB0000000T-03-2026-0001"));
        const HttpReply page = demo.request("GET", QStringLiteral("/portal/gx-lz-gov/item/") + itemId);
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("柳州市2026年为民办实事项目清单")));
        // The series goes on from there.
        const QJsonObject next
            = demo.request("POST", QStringLiteral("/v1/numbers"),
                           json({{QStringLiteral("opId"), uuid()},
                                 {QStringLiteral("series"), QStringLiteral("信息公开")},
                                 {QStringLiteral("year"), 2026},
                                 {QStringLiteral("collection"), QStringLiteral("disclosure.item")},
                                 {QStringLiteral("recordId"), itemId}}),
                           zhangwei)
                  .json();
        QCOMPARE(next.value(QStringLiteral("number")).toInteger(), 1); // the item's own number, again

        const auto push = [&demo, &token](const QJsonObject &payload) {
            return demo
                .request("POST", QStringLiteral("/v1/sync/push"),
                         json({{QStringLiteral("ops"),
                                QJsonArray{op(QStringLiteral("disclosure.item"), uuid(), 0, payload)}}}),
                         token(QStringLiteral("wangfang")))
                .json()
                .value(QStringLiteral("results"))
                .toArray()
                .at(0)
                .toObject();
        };
        QJsonObject draft = item;
        draft.insert(QStringLiteral("title"), QStringLiteral("柳州市2026年城市建设计划"));
        const QJsonObject byEditor = push(draft);
        QCOMPARE(byEditor.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(byEditor[QStringLiteral("reason")][QStringLiteral("code")].toString(),
                 QStringLiteral("forbidden"));
        draft.insert(QStringLiteral("status"), QStringLiteral("draft"));
        QCOMPARE(push(draft).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TestSyncdRoles)
#include "tst_syncd_roles.moc"
