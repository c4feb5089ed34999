// Tests POST /v1/numbers on the real govdesk-syncd over HTTPS: 发文字号 are handed out per
// organisation, series and year without gaps or duplicates, also when clerks of one office ask at
// the same moment; the same op id or the same record gets its number again; nobody numbers a
// record of another organisation.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <numeric>

using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Series = QStringLiteral("柳政办发");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray numberRequest(const QString &opId, const QString &recordId, const QString &series = Series,
                         int year = 2026)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("opId"), opId},
                                     {QStringLiteral("series"), series},
                                     {QStringLiteral("year"), year},
                                     {QStringLiteral("collection"), Documents},
                                     {QStringLiteral("recordId"), recordId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncdNumbers : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QString m_wangfang; // gx-lz-gov
    QString m_chenjing; // gx-lz-forestry

    QString token(const QString &user)
    {
        auto grant = m_server.signIn(user);
        if (!grant)
            qFatal("sign-in failed: %s", qPrintable(grant.error().fullText()));
        return grant->value(QStringLiteral("accessToken")).toString();
    }

    // A draft the user's organisation owns, pushed as a client does before 登记.
    QString pushDraft(const QString &accessToken)
    {
        const QString id = uuid();
        const QJsonObject op{{QStringLiteral("opId"), uuid()},
                             {QStringLiteral("collection"), Documents},
                             {QStringLiteral("recordId"), id},
                             {QStringLiteral("baseRevision"), 0},
                             {QStringLiteral("payload"),
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("关于做好防汛工作的通知")},
                                          {QStringLiteral("documentNumber"), QString()}}}};
        const HttpReply reply = m_server.request(
            "POST", QStringLiteral("/v1/sync/push"),
            QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), accessToken);
        if (reply.status != 200)
            qFatal("push answered %d", reply.status);
        return id;
    }

    HttpReply allocate(const QString &accessToken, const QByteArray &body)
    {
        return m_server.request("POST", QStringLiteral("/v1/numbers"), body, accessToken);
    }

    qint64 number(const QString &accessToken, const QString &recordId, const QString &opId = uuid(),
                  const QString &series = Series, int year = 2026)
    {
        const HttpReply reply = allocate(accessToken, numberRequest(opId, recordId, series, year));
        if (reply.status != 200)
            qFatal("allocation answered %d: %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("number")).toInteger();
    }

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_server.setUp());
        m_wangfang = token(QStringLiteral("wangfang"));
        m_chenjing = token(QStringLiteral("chenjing"));
    }

    void numbersFollowEachOtherPerOrganisationSeriesAndYear()
    {
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang)), 1);
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang)), 2);
        // Another series, another year, another organisation: each starts at 1.
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang), uuid(), QStringLiteral("柳政办函")), 1);
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang), uuid(), Series, 2027), 1);
        QCOMPARE(number(m_chenjing, pushDraft(m_chenjing)), 1);
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang)), 3);
    }

    void theSameOpOrRecordGetsItsNumberAgain()
    {
        const QString record = pushDraft(m_wangfang);
        const QString opId = uuid();
        const qint64 first = number(m_wangfang, record, opId);
        QCOMPARE(number(m_wangfang, record, opId), first);              // the answer was lost: asked again
        QCOMPARE(number(m_wangfang, record), first);                    // a second clerk registers it too
        QCOMPARE(number(m_wangfang, pushDraft(m_wangfang)), first + 1); // nothing was skipped
        // Another user's op id tells nothing.
        const HttpReply reused = allocate(m_chenjing, numberRequest(opId, pushDraft(m_chenjing)));
        QCOMPARE(reused.status, 400);
        QVERIFY(!reused.body.contains(QByteArray::number(first)));
    }

    void clerksAskingAtOnceGetEveryNumberOnce()
    {
        // Two sessions of one office, 40 registrations in flight together on parallel connections.
        const QString otherSession = token(QStringLiteral("wangfang"));
        QStringList records;
        for (int i = 0; i < 40; ++i)
            records << pushDraft(m_wangfang);
        const QString series = QStringLiteral("柳政办电");
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QNetworkRequest request(m_server.url(QStringLiteral("/v1/numbers")));
            request.setSslConfiguration(m_server.sslConfiguration());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + (i % 2 ? m_wangfang : otherSession).toLatin1());
            replies << network.post(request, numberRequest(uuid(), records.at(i), series));
        }
        QList<qint64> numbers;
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            numbers << QJsonDocument::fromJson(reply->readAll())
                           .object()
                           .value(QStringLiteral("number"))
                           .toInteger();
            reply->deleteLater();
        }
        std::ranges::sort(numbers);
        QList<qint64> expected(40);
        std::iota(expected.begin(), expected.end(), 1);
        QCOMPARE(numbers, expected);
    }

    void refusesWhatItMustNotNumber()
    {
        // Another organisation's record looks like no record at all.
        const QString theirs = pushDraft(m_chenjing);
        const HttpReply foreign = allocate(m_wangfang, numberRequest(uuid(), theirs));
        QCOMPARE(foreign.status, 404);
        QCOMPARE(allocate(m_wangfang, numberRequest(uuid(), uuid())).status, 404);
        QCOMPARE(allocate(m_wangfang, numberRequest(uuid(), theirs)).body, foreign.body);

        // The series is the 代字 alone; the year a real one; nothing unknown.
        const QString mine = pushDraft(m_wangfang);
        for (const QString &series : {QStringLiteral("柳政办发〔2026〕"), QStringLiteral("柳政 办发"),
                                      QString(), QStringLiteral("桂政发12")})
            QCOMPARE(allocate(m_wangfang, numberRequest(uuid(), mine, series)).status, 400);
        QCOMPARE(allocate(m_wangfang, numberRequest(uuid(), mine, Series, 12)).status, 400);
        QJsonObject extra = QJsonDocument::fromJson(numberRequest(uuid(), mine)).object();
        extra.insert(QStringLiteral("number"), 7);
        QCOMPARE(allocate(m_wangfang, QJsonDocument(extra).toJson()).status, 400);
        QCOMPARE(allocate({}, numberRequest(uuid(), mine)).status, 401);
        // None of these took a number.
        QCOMPARE(number(m_wangfang, mine, uuid(), QStringLiteral("柳政办通")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncdNumbers)
#include "tst_syncd_numbers.moc"
