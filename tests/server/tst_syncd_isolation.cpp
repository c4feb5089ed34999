// Tests what govdesk-syncd lets one organisation learn about another's data, end to end over
// HTTPS: blobs readable only where they belong, uploads in progress that belong to their uploader,
// refused pushes that reveal nothing, cursors the server never issued, and sign-in fields that
// cannot forge lines in the server's log.
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

const QString Forestry = QStringLiteral("gx-lz-forestry");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray attachment(const QString &title)
{
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += QStringLiteral("%1 第%2行\n").arg(title).arg(i).toUtf8();
    return bytes;
}

QJsonObject op(const QString &recordId, qint64 baseRevision, const QJsonObject &payload,
               const QStringList &recipients = {})
{
    return {{QStringLiteral("opId"), uuid()},
            {QStringLiteral("collection"), QStringLiteral("documents.document")},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("baseRevision"), baseRevision},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)}};
}

} // namespace

class TestSyncdIsolation : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QString m_wangfang; // gx-lz-gov
    QString m_chenjing; // gx-lz-forestry
    QString m_limin;    // gx-lz-luzhai: the outsider

    QString signIn(const QString &user)
    {
        auto grant = m_server.signIn(user);
        return grant ? grant->value(QStringLiteral("accessToken")).toString() : QString();
    }

    HttpReply put(const QString &token, const QString &id, qint64 offset, qint64 size,
                  const QByteArray &chunk)
    {
        return m_server.request(
            "PUT", QStringLiteral("/v1/blobs/%1?offset=%2&size=%3").arg(id).arg(offset).arg(size), chunk,
            token, {{"Content-Type", "application/octet-stream"}});
    }

    HttpReply get(const QString &token, const QString &path)
    {
        return m_server.request("GET", path, {}, token);
    }

    QJsonObject pushOne(const QString &token, const QJsonObject &operation)
    {
        const HttpReply reply
            = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                               json({{QStringLiteral("ops"), QJsonArray{operation}}}), token);
        return reply.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    }

    // The answer with the blob id replaced: what is left must not depend on whether it exists.
    static QByteArray withoutId(const HttpReply &reply, const QString &id)
    {
        return QByteArray(reply.body).replace(id.toLatin1(), "<id>");
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

    void blobsAreReadableOnlyByUploadersAndReadersOfTheirRecords()
    {
        const QByteArray bytes = attachment(QStringLiteral("附件1：柳州市森林防火检查表"));
        const QString id = sha256(bytes);
        const QString unknown = sha256("附件2：从未上传的文件");
        QCOMPARE(
            put(m_wangfang, id, 0, bytes.size(), bytes).json().value(QStringLiteral("complete")).toBool(),
            true);
        QCOMPARE(get(m_wangfang, QStringLiteral("/v1/blobs/") + id).body, bytes);

        // Nobody else can test for it or fetch it: the answers of a blob that does not exist.
        for (const QString &suffix : {QStringLiteral("/status"), QString()}) {
            const HttpReply theirs = get(m_chenjing, QStringLiteral("/v1/blobs/") + id + suffix);
            const HttpReply none = get(m_chenjing, QStringLiteral("/v1/blobs/") + unknown + suffix);
            QCOMPARE(theirs.status, 404);
            QCOMPARE(theirs.errorCode(), QStringLiteral("not_found"));
            QCOMPARE(withoutId(theirs, id), withoutId(none, unknown));
        }

        // A record naming it makes it readable for the record's readers (owner and recipients).
        const QJsonObject payload{
            {QStringLiteral("title"), QStringLiteral("关于开展森林防火检查的通知")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), id},
                                    {QStringLiteral("name"), QStringLiteral("附件1.pdf")},
                                    {QStringLiteral("size"), bytes.size()}}}}};
        QCOMPARE(pushOne(m_wangfang, op(uuid(), 0, payload, {Forestry}))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const HttpReply recipient = get(m_chenjing, QStringLiteral("/v1/blobs/") + id);
        QCOMPARE(recipient.status, 200);
        QCOMPARE(recipient.body, bytes);
        QCOMPARE(get(m_chenjing, QStringLiteral("/v1/blobs/%1/status").arg(id))
                     .json()
                     .value(QStringLiteral("complete"))
                     .toBool(),
                 true);
        QCOMPARE(get(m_limin, QStringLiteral("/v1/blobs/") + id).status, 404);
        QCOMPARE(get(m_limin, QStringLiteral("/v1/blobs/%1/status").arg(id)).status, 404);

        // Claiming the blob by "uploading" a few bytes does not make it readable either.
        const HttpReply claim = put(m_limin, id, 0, bytes.size(), bytes.left(16));
        QCOMPARE(claim.status, 200);
        QCOMPARE(claim.json().value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(get(m_limin, QStringLiteral("/v1/blobs/") + id).status, 404);
    }

    void uploadsInProgressBelongToTheirUploader()
    {
        const QByteArray bytes = attachment(QStringLiteral("附件：鹿寨县汛期值班表"));
        const QString id = sha256(bytes);
        const qint64 half = bytes.size() / 2;
        QCOMPARE(put(m_wangfang, id, 0, bytes.size(), bytes.left(half)).status, 200);

        // The outsider sees nothing of it...
        const HttpReply status = get(m_limin, QStringLiteral("/v1/blobs/%1/status").arg(id));
        QCOMPARE(status.status, 404);
        // ...and cannot restart it (another size at 0 starts its own upload), nor continue it
        // (its own upload is at 0), nor finish it with other bytes.
        QCOMPARE(put(m_limin, id, 0, 7, QByteArray("garbage")).status, 422);
        const HttpReply resume = put(m_limin, id, half, bytes.size(), bytes.mid(half));
        QCOMPARE(resume.status, 409);
        QCOMPARE(resume.json()[QStringLiteral("error")][QStringLiteral("received")].toInteger(), 0);

        const QJsonObject mine = get(m_wangfang, QStringLiteral("/v1/blobs/%1/status").arg(id)).json();
        QCOMPARE(mine.value(QStringLiteral("received")).toInteger(), half);
        QCOMPARE(mine.value(QStringLiteral("size")).toInteger(), bytes.size());
        const HttpReply last = put(m_wangfang, id, half, bytes.size(), bytes.mid(half));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(get(m_wangfang, QStringLiteral("/v1/blobs/") + id).body, bytes);
    }

    void aRefusedPushRevealsNothingToOutsiders()
    {
        const QString recordId = uuid();
        QCOMPARE(pushOne(m_wangfang, op(recordId, 0, {{QStringLiteral("title"), QStringLiteral("内部通知")}}))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        for (const qint64 base : {1, 2, 7}) {
            QJsonObject theirs
                = pushOne(m_limin, op(recordId, base, {{QStringLiteral("title"), QStringLiteral("改")}}));
            QJsonObject none
                = pushOne(m_limin, op(uuid(), base, {{QStringLiteral("title"), QStringLiteral("改")}}));
            QCOMPARE(theirs.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            theirs.remove(QStringLiteral("opId"));
            none.remove(QStringLiteral("opId"));
            QCOMPARE(theirs, none);
            QVERIFY(!json(theirs).contains("gx-lz-gov"));
        }
    }

    void cursorsTheServerNeverIssuedAreRefused_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("words") << QStringLiteral("abc");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("plus sign") << QStringLiteral("%2B1");
        QTest::newRow("space") << QStringLiteral("%201");
        QTest::newRow("leading zero") << QStringLiteral("01");
        QTest::newRow("exponent") << QStringLiteral("1e3");
        QTest::newRow("hex") << QStringLiteral("0x10");
        QTest::newRow("fraction") << QStringLiteral("1.0");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999999");
        QTest::newRow("past the latest change") << QStringLiteral("1000000");
    }
    void cursorsTheServerNeverIssuedAreRefused()
    {
        QFETCH(QString, cursor);
        const HttpReply reply = get(m_wangfang, QStringLiteral("/v1/sync/pull?cursor=") + cursor);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_value"));
        QCOMPARE(error.value(QStringLiteral("retryable")).toBool(true), false);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void issuedCursorsAreAccepted()
    {
        const HttpReply first = get(m_wangfang, QStringLiteral("/v1/sync/pull?cursor="));
        QCOMPARE(first.status, 200);
        const QString cursor = first.json().value(QStringLiteral("cursor")).toString();
        QCOMPARE(get(m_wangfang, QStringLiteral("/v1/sync/pull?cursor=0")).status, 200);
        const HttpReply next = get(m_wangfang, QStringLiteral("/v1/sync/pull?cursor=") + cursor);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value(QStringLiteral("cursor")).toString(), cursor);
        // Another organisation's cursor is a position in the same sequence: valid, and it shows
        // nothing that organisation could not pull anyway.
        QCOMPARE(get(m_limin, QStringLiteral("/v1/sync/pull?cursor=") + cursor).status, 200);
    }

    void signInFieldsCannotForgeLogLines()
    {
        const QByteArray unknownUser
            = json({{QStringLiteral("user"), QStringLiteral("nobody\n[fake] line\r\n[fake] crlf")},
                    {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(m_server.request("POST", QStringLiteral("/v1/auth/sign-in"), unknownUser).status, 401);
        const QByteArray device = json(
            {{QStringLiteral("user"), QStringLiteral("wangfang")},
             {QStringLiteral("password"), QString::fromUtf8(SyncServerFixture::DefaultPassword)},
             {QStringLiteral("device"), QStringLiteral("GovDesk\u2028[fake] separator\x85[fake] nel")}});
        QCOMPARE(m_server.request("POST", QStringLiteral("/v1/auth/sign-in"), device).status, 200);

        QTRY_VERIFY(m_server.log().contains("[fake] separator"));
        const QString log = QString::fromUtf8(m_server.log());
        QVERIFY(log.contains(QStringLiteral("unknown user nobody\\n[fake] line\\r\\n[fake] crlf")));
        QVERIFY(log.contains(
            QStringLiteral("GovDesk\\u2028[fake] separator"))); // (C1 controls: made spaces by AuthApi)
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.startsWith(QStringLiteral("[fake]")), qPrintable(line));
            QVERIFY2(!line.contains(QChar::LineSeparator) && !line.contains(QChar(0x85))
                         && !line.contains(QLatin1Char('\r')),
                     qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncdIsolation)
#include "tst_syncd_isolation.moc"
