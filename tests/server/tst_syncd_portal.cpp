// Tests the public portal of govdesk-syncd (serve --portal) over HTTPS: a published item on its
// column, item page, feed and items.json; items in every other state, withdrawn and deleted ones
// nowhere, with the same 404 as an unknown id; attachments only of published items; escaping,
// paging, HEAD and ETag revalidation; and no portal at all without --portal.
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

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject item(const QString &title, const QString &status, const QString &category = QStringLiteral("03"),
                 const QJsonArray &attachments = {})
{
    return {{QStringLiteral("schema"), 1},
            {QStringLiteral("indexNumber"),
             QStringLiteral("11450200MB0000000X-%1-2026-%2").arg(category, uuid().left(4))},
            {QStringLiteral("category"), category},
            {QStringLiteral("title"), title},
            {QStringLiteral("publisher"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("writtenOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("changedOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("publishedOn"), QStringLiteral("2026-03-10")},
            {QStringLiteral("keywords"), QJsonArray{QStringLiteral("城乡建设")}},
            {QStringLiteral("body"), title + QStringLiteral("的正文。")},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("classification"), QString()},
            {QStringLiteral("status"), status}};
}

} // namespace

class TestSyncdPortal : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QString m_token; // wangfang of gx-lz-gov
    QHash<QString, qint64> m_revisions;

    // Creates or updates a disclosure.item of gx-lz-gov; true when applied.
    bool push(const QString &recordId, const QJsonObject &payload, bool deleted = false)
    {
        QJsonObject op{{QStringLiteral("opId"), uuid()},
                       {QStringLiteral("collection"), QStringLiteral("disclosure.item")},
                       {QStringLiteral("recordId"), recordId},
                       {QStringLiteral("baseRevision"), m_revisions.value(recordId)},
                       {QStringLiteral("deleted"), deleted}};
        if (!deleted)
            op.insert(QStringLiteral("payload"), payload);
        const HttpReply reply
            = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                               QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}})
                                   .toJson(QJsonDocument::Compact),
                               m_token);
        const QJsonObject result = reply.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        m_revisions.insert(recordId, result.value(QStringLiteral("revision")).toInteger());
        return result.value(QStringLiteral("status")).toString() == QStringLiteral("applied");
    }

    HttpReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_server.request("GET", path, {}, {}, headers);
    }

    // Every public place an item could be named.
    QString everything()
    {
        QString text;
        for (const QString &path :
             {QStringLiteral("/portal/"), QStringLiteral("/portal/gx-lz-gov/"),
              QStringLiteral("/portal/gx-lz-gov/column/plans/"),
              QStringLiteral("/portal/gx-lz-gov/column/policies/"),
              QStringLiteral("/portal/gx-lz-gov/feed.atom"), QStringLiteral("/portal/gx-lz-gov/items.json")})
            text += QString::fromUtf8(get(path).body);
        return text;
    }

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_server.setUp());
        // No portal unless asked for: the path is unknown like any other.
        const HttpReply none = get(QStringLiteral("/portal/"));
        QCOMPARE(none.status, 404);
        QCOMPARE(none.errorCode(), QStringLiteral("not_found"));
        m_server.stop();
        GD_VERIFY(m_server.start({QStringLiteral("--portal")}));
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        m_token = grant->value(QStringLiteral("accessToken")).toString();
    }

    void onlyPublishedItemsAreVisible()
    {
        // Nothing published yet: the organisation has no portal.
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/")).status, 404);

        const QString published = uuid();
        QVERIFY(
            push(published, item(QStringLiteral("柳州市2026年城市建设计划"), QStringLiteral("published"))));
        QHash<QString, QString> hidden;
        for (const QString &status : {QStringLiteral("draft"), QStringLiteral("secrecy_review"),
                                      QStringLiteral("leader_review"), QStringLiteral("withdrawn")}) {
            const QString id = uuid();
            QVERIFY(push(id, item(QStringLiteral("未公开事项-") + status, status)));
            hidden.insert(id, QStringLiteral("未公开事项-") + status);
        }
        QJsonObject classified = item(QStringLiteral("未公开事项-涉密"), QStringLiteral("published"));
        classified.insert(QStringLiteral("classification"), QStringLiteral("秘密"));
        const QString classifiedId = uuid();
        if (push(classifiedId,
                 classified)) // the server may refuse it by an action; either way it stays hidden
            hidden.insert(classifiedId, QStringLiteral("未公开事项-涉密"));

        // Published offline, its 索引号 still 「待编号」: the number follows at the desk's next sync.
        QJsonObject unnumbered = item(QStringLiteral("未公开事项-待编号"), QStringLiteral("published"));
        unnumbered.insert(QStringLiteral("indexNumber"), QString());
        const QString unnumberedId = uuid();
        QVERIFY(push(unnumberedId, unnumbered));
        hidden.insert(unnumberedId, QStringLiteral("未公开事项-待编号"));

        const HttpReply column = get(QStringLiteral("/portal/gx-lz-gov/column/plans/"));
        QCOMPARE(column.status, 200);
        QVERIFY(column.header("content-type").startsWith("text/html"));
        QVERIFY(QString::fromUtf8(column.body).contains(QStringLiteral("柳州市2026年城市建设计划")));
        const HttpReply page = get(QStringLiteral("/portal/gx-lz-gov/item/") + published);
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("柳州市2026年城市建设计划的正文。")));
        QCOMPARE(page.header("content-security-policy").left(19), QByteArray("default-src 'self';"));
        QCOMPARE(page.header("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(everything().contains(QStringLiteral("柳州市2026年城市建设计划")));

        const QString all = everything();
        QVERIFY(!all.contains(QStringLiteral("未公开事项")));
        const HttpReply unknown = get(QStringLiteral("/portal/gx-lz-gov/item/") + uuid());
        QCOMPARE(unknown.status, 404);
        for (auto it = hidden.cbegin(); it != hidden.cend(); ++it) {
            QVERIFY2(!all.contains(it.key()), qPrintable(it.value()));
            const HttpReply reply = get(QStringLiteral("/portal/gx-lz-gov/item/") + it.key());
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.body, unknown.body);
        }
        // Another organisation's path does not show it either.
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-forestry/item/") + published).status, 404);
    }

    void withdrawnAndDeletedItemsDisappear()
    {
        const QString id = uuid();
        QJsonObject payload
            = item(QStringLiteral("将撤回的通知"), QStringLiteral("published"), QStringLiteral("01"));
        QVERIFY(push(id, payload));
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/item/") + id).status, 200);
        payload.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
        payload.insert(QStringLiteral("withdrawal"),
                       QJsonObject{{QStringLiteral("reason"), QStringLiteral("政策已废止")},
                                   {QStringLiteral("on"), QStringLiteral("2026-05-01")}});
        QVERIFY(push(id, payload));
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/item/") + id).status, 404);
        QVERIFY(!everything().contains(QStringLiteral("将撤回的通知")));

        const QString deleted = uuid();
        QVERIFY(push(deleted, item(QStringLiteral("将删除的通知"), QStringLiteral("published"))));
        QVERIFY(everything().contains(QStringLiteral("将删除的通知")));
        QVERIFY(push(deleted, {}, true));
        QVERIFY(!everything().contains(QStringLiteral("将删除的通知")));
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/item/") + deleted).status, 404);
    }

    void attachmentsOnlyOfPublishedItems()
    {
        const QByteArray bytes = QStringLiteral("附件内容：柳州市2026年预算表\n").repeated(200).toUtf8();
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const HttpReply upload = m_server.request(
            "PUT", QStringLiteral("/v1/blobs/%1?offset=0&size=%2").arg(sha).arg(bytes.size()), bytes, m_token,
            {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(upload.status, 200);
        const QJsonArray attachments{QJsonObject{{QStringLiteral("sha256"), sha},
                                                 {QStringLiteral("name"), QStringLiteral("附件1 预算表.pdf")},
                                                 {QStringLiteral("size"), bytes.size()}}};
        const QString draft = uuid();
        QVERIFY(push(draft, item(QStringLiteral("预算草稿"), QStringLiteral("draft"), QStringLiteral("07"),
                                 attachments)));
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/item/%1/files/%2").arg(draft, sha)).status, 404);

        const QString published = uuid();
        QVERIFY(push(published, item(QStringLiteral("2026年部门预算"), QStringLiteral("published"),
                                     QStringLiteral("07"), attachments)));
        const HttpReply file = get(QStringLiteral("/portal/gx-lz-gov/item/%1/files/%2").arg(published, sha));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, bytes);
        QCOMPARE(file.header("content-type"), QByteArray("application/pdf"));
        QVERIFY(file.header("content-disposition").contains("filename*=UTF-8''%E9%99%84%E4%BB%B61%20"));
        // A blob the item does not name is not served through it.
        const QString other = QString(64, QLatin1Char('b'));
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/item/%1/files/%2").arg(published, other)).status, 404);
    }

    void titlesAreEscaped()
    {
        const QString id = uuid();
        QVERIFY(
            push(id, item(QStringLiteral("<script>alert('x')</script>通知"), QStringLiteral("published"))));
        for (const QString &path : {QStringLiteral("/portal/gx-lz-gov/item/") + id,
                                    QStringLiteral("/portal/gx-lz-gov/column/plans/"),
                                    QStringLiteral("/portal/gx-lz-gov/feed.atom")}) {
            const QString body = QString::fromUtf8(get(path).body);
            QVERIFY2(!body.contains(QStringLiteral("<script>")), qPrintable(path));
            QVERIFY2(body.contains(QStringLiteral("&lt;script&gt;")), qPrintable(path));
        }
    }

    void columnsAndJsonArePaged()
    {
        for (int i = 0; i < 22; ++i)
            QVERIFY(push(uuid(), item(QStringLiteral("人事任免第%1号").arg(i), QStringLiteral("published"),
                                      QStringLiteral("17"))));
        const HttpReply first = get(QStringLiteral("/portal/gx-lz-gov/column/personnel/"));
        const HttpReply second = get(QStringLiteral("/portal/gx-lz-gov/column/personnel/?page=2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(QString::fromUtf8(first.body).count(QStringLiteral("人事任免第")), 20);
        QCOMPARE(QString::fromUtf8(second.body).count(QStringLiteral("人事任免第")), 2);
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/column/personnel/?page=3")).status, 404);
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/column/personnel/?page=x")).status, 404);

        const QJsonObject json
            = QJsonDocument::fromJson(get(QStringLiteral("/portal/gx-lz-gov/items.json")).body).object();
        QVERIFY(json.value(QStringLiteral("total")).toInt() >= 22);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 20);
        QVERIFY(json.value(QStringLiteral("next")).toString().startsWith(QStringLiteral("https://")));
    }

    void headAndRevalidation()
    {
        const HttpReply page = get(QStringLiteral("/portal/gx-lz-gov/"));
        QCOMPARE(page.status, 200);
        const QByteArray tag = page.header("etag");
        QVERIFY(!tag.isEmpty());
        QCOMPARE(get(QStringLiteral("/portal/gx-lz-gov/"), {{"If-None-Match", tag}}).status, 304);
        const HttpReply head = m_server.request("HEAD", QStringLiteral("/portal/gx-lz-gov/"));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length").toLongLong(), page.body.size());
        QCOMPARE(m_server.request("POST", QStringLiteral("/portal/gx-lz-gov/"), "x").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSyncdPortal)
#include "tst_syncd_portal.moc"
