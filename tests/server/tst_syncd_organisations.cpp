// Tests GET /v1/organisations on the real govdesk-syncd over HTTPS: every signed-in user gets the
// id and name of every organisation (the directory clients address 公文 with); nobody else does.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Test;

class TestSyncdOrganisations : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

    QString token(const QString &user)
    {
        auto grant = m_server.signIn(user);
        if (!grant)
            qFatal("sign-in failed: %s", qPrintable(grant.error().fullText()));
        return grant->value(QStringLiteral("accessToken")).toString();
    }

private slots:
    void initTestCase() { GD_VERIFY(m_server.setUp()); }

    void everySignedInUserGetsEveryOrganisation()
    {
        // Users of two different organisations see the same directory, sorted by id.
        for (const QString &user : {QStringLiteral("wangfang"), QStringLiteral("limin")}) {
            const HttpReply reply
                = m_server.request("GET", QStringLiteral("/v1/organisations"), {}, token(user));
            QCOMPARE(reply.status, 200);
            const QJsonArray items = reply.json().value(QStringLiteral("organisations")).toArray();
            QList<SyncServerFixture::Organisation> expected = SyncServerFixture::defaultOrganisations();
            std::ranges::sort(expected, {}, &SyncServerFixture::Organisation::id);
            QCOMPARE(items.size(), expected.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                QCOMPARE(item.value(QStringLiteral("id")).toString(), expected.at(i).id);
                QCOMPARE(item.value(QStringLiteral("name")).toString(), expected.at(i).name);
            }
        }
    }

    void refusesTheAnonymousAndUnknownParameters()
    {
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/organisations")).status, 401);
        const HttpReply withQuery = m_server.request("GET", QStringLiteral("/v1/organisations?all=1"), {},
                                                     token(QStringLiteral("chenjing")));
        QCOMPARE(withQuery.status, 400);
        QCOMPARE(
            m_server
                .request("POST", QStringLiteral("/v1/organisations"), "{}", token(QStringLiteral("chenjing")))
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestSyncdOrganisations)
#include "tst_syncd_organisations.moc"
