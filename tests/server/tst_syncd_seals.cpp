// Tests electronic seals on the real govdesk-syncd over HTTPS: `seal issue` (twice keeps the same
// key) and `seal list` in the admin CLI, GET /v1/seal giving the key only to a signer of the
// organisation, GET /v1/seal/authority to everyone signed in, and --demo issuing seals.
#include "SyncServerFixture.h"
#include "TestProfile.h"
#include "crypto/SealCertificate.h"
#include "crypto/Sm2Signature.h"

#include <QTest>

using namespace GovDesk::Core;
using GovDesk::Test::HttpReply;
using GovDesk::Test::SyncServerFixture;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");

QList<SyncServerFixture::User> users()
{
    const QString password = QString::fromUtf8(SyncServerFixture::DefaultPassword);
    return {{QStringLiteral("zhangwei"),
             QStringLiteral("张伟"),
             Gov,
             {QStringLiteral("leader"), QStringLiteral("signer")},
             password},
            {QStringLiteral("wangfang"), QStringLiteral("王芳"), Gov, {QStringLiteral("clerk")}, password},
            {QStringLiteral("huangqiang"),
             QStringLiteral("黄强"),
             Forestry,
             {QStringLiteral("signer")},
             password}};
}

} // namespace

class TestSyncdSeals : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

    QString signIn(const QString &user)
    {
        auto grant = m_server.signIn(user);
        return grant ? grant->value(QStringLiteral("accessToken")).toString() : QString();
    }

    HttpReply get(const QString &path, const QString &user)
    {
        return m_server.request("GET", path, {}, signIn(user));
    }

private Q_SLOTS:
    void initTestCase() { GD_VERIFY(m_server.setUp(SyncServerFixture::defaultOrganisations(), users())); }

    void nothingIssuedYetIsNotFound()
    {
        QCOMPARE(get(QStringLiteral("/v1/seal/authority"), QStringLiteral("wangfang")).status, 404);
        const HttpReply seal = get(QStringLiteral("/v1/seal"), QStringLiteral("zhangwei"));
        QCOMPARE(seal.status, 404);
        QCOMPARE(seal.errorCode(), QStringLiteral("not_found"));
    }

    void issueTwiceKeepsTheSameKey()
    {
        auto first = m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), Gov});
        GD_VERIFY(first);
        QVERIFY2(first->startsWith(QStringLiteral("issued seal seal-")), qPrintable(*first));
        const HttpReply before = get(QStringLiteral("/v1/seal"), QStringLiteral("zhangwei"));
        QCOMPARE(before.status, 200);

        auto second = m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), Gov});
        GD_VERIFY(second);
        QVERIFY2(second->startsWith(QStringLiteral("seal already issued: ")), qPrintable(*second));
        const HttpReply after = get(QStringLiteral("/v1/seal"), QStringLiteral("zhangwei"));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(QStringLiteral("privateKey")),
                 before.json().value(QStringLiteral("privateKey")));
        QCOMPARE(after.json().value(QStringLiteral("certificate")),
                 before.json().value(QStringLiteral("certificate")));
        QCOMPARE(after.json().value(QStringLiteral("sealId")), before.json().value(QStringLiteral("sealId")));

        auto list = m_server.admin({QStringLiteral("seal"), QStringLiteral("list")});
        GD_VERIFY(list);
        QCOMPARE(list->count(QLatin1Char('\n')), 1);
        QVERIFY(list->startsWith(Gov + QStringLiteral("\tseal-")));
        QVERIFY(list->contains(QStringLiteral("柳州市人民政府")));
        QVERIFY(!list->contains(QStringLiteral("PRIVATE")));

        QVERIFY(
            !m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), QStringLiteral("gx-nowhere")}));
    }

    // The key the signer receives signs with SM2, its certificate is valid under the seal CA that
    // every user can fetch, and it names the organisation.
    void signerReceivesAWorkingKey()
    {
        const HttpReply reply = get(QStringLiteral("/v1/seal"), QStringLiteral("zhangwei"));
        QCOMPARE(reply.status, 200);
        const QJsonObject seal = reply.json();
        QCOMPARE(seal.value(QStringLiteral("organisation")).toString(), Gov);
        QCOMPARE(seal.value(QStringLiteral("distinguishingId")).toString(),
                 QStringLiteral("1234567812345678"));
        QCOMPARE(seal.value(QStringLiteral("signatureAlgorithm")).toString(),
                 QStringLiteral("1.2.156.10197.1.501"));
        const QByteArray certificate = seal.value(QStringLiteral("certificate")).toString().toLatin1();
        const QByteArray key = seal.value(QStringLiteral("privateKey")).toString().toLatin1();

        const HttpReply authority = get(QStringLiteral("/v1/seal/authority"), QStringLiteral("wangfang"));
        QCOMPARE(authority.status, 200);
        const QByteArray caPem = authority.json().value(QStringLiteral("certificate")).toString().toLatin1();
        QCOMPARE(caPem, seal.value(QStringLiteral("authorityCertificate")).toString().toLatin1());
        auto check = SealCertificate::check(certificate, caPem, QDateTime::currentDateTimeUtc());
        GD_VERIFY(check);
        QVERIFY2(check->isValid(), qPrintable(check->detail));
        QCOMPARE(SealCertificate::inspect(certificate)->organisation, Gov);
        QCOMPARE(SealCertificate::inspect(certificate)->commonName, QStringLiteral("柳州市人民政府办公室"));

        auto signer = Sm2Signer::fromPrivateKeyPem(key);
        GD_VERIFY(signer);
        auto signature = signer->sign("柳政办发〔2026〕12号");
        GD_VERIFY(signature);
        QCOMPARE(Sm2Verifier::fromCertificatePem(certificate)
                     ->verify("柳政办发〔2026〕12号", *signature)
                     .value_or(false),
                 true);
        QVERIFY(!m_server.log().contains(key.mid(40, 40)));
    }

    void nonSignerIsRefused()
    {
        const HttpReply reply = get(QStringLiteral("/v1/seal"), QStringLiteral("wangfang"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!reply.body.contains("PRIVATE KEY"));
        // Granting the role applies at the next request.
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("wangfang"),
                                  QStringLiteral("clerk,signer")}));
        QCOMPARE(get(QStringLiteral("/v1/seal"), QStringLiteral("wangfang")).status, 200);
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("wangfang"),
                                  QStringLiteral("clerk")}));
        QCOMPARE(get(QStringLiteral("/v1/seal"), QStringLiteral("wangfang")).status, 403);
    }

    void signerOfAnotherOrganisationIsRefused()
    {
        const HttpReply reply
            = get(QStringLiteral("/v1/seal?organisation=gx-lz-gov"), QStringLiteral("huangqiang"));
        QCOMPARE(reply.status, 403);
        QVERIFY(!reply.body.contains("PRIVATE KEY"));
        // Their own organisation has no seal yet; once issued, they get theirs, not 柳州's.
        QCOMPARE(get(QStringLiteral("/v1/seal"), QStringLiteral("huangqiang")).status, 404);
        GD_VERIFY(m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), Forestry}));
        const HttpReply own = get(QStringLiteral("/v1/seal"), QStringLiteral("huangqiang"));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().value(QStringLiteral("organisation")).toString(), Forestry);
        QVERIFY(own.json().value(QStringLiteral("privateKey"))
                != get(QStringLiteral("/v1/seal"), QStringLiteral("zhangwei"))
                       .json()
                       .value(QStringLiteral("privateKey")));
        QCOMPARE(
            get(QStringLiteral("/v1/seal?organisation=gx-lz-forestry"), QStringLiteral("zhangwei")).status,
            403);
    }

    void requestsOutsideTheProtocolAreRefused()
    {
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/seal")).status, 401);
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/seal/authority")).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/seal?verbose=1"), QStringLiteral("zhangwei")).status, 400);
        QCOMPARE(
            m_server.request("POST", QStringLiteral("/v1/seal"), "{}", signIn(QStringLiteral("zhangwei")))
                .status,
            404);
    }

    void demoIssuesSealsForItsOrganisations()
    {
        SyncServerFixture demo;
        GD_VERIFY(demo.setUp({}, {}));
        QCOMPARE(demo.stop(), 0);
        GD_VERIFY(demo.start({QStringLiteral("--demo")}));
        auto list = demo.admin({QStringLiteral("seal"), QStringLiteral("list")});
        GD_VERIFY(list);
        QCOMPARE(list->count(QLatin1Char('\n')), 5);
        for (const char *organisation :
             {"gx-lz-gov", "gx-lz-forestry", "gx-lz-water", "gx-lz-luzhai", "gx-lz-court"})
            QVERIFY2(list->contains(QString::fromLatin1(organisation) + QLatin1Char('\t')), organisation);
        auto grant = demo.signIn(QStringLiteral("limin"), QStringLiteral("govdesk-demo"));
        GD_VERIFY(grant);
        const HttpReply seal = demo.request("GET", QStringLiteral("/v1/seal"), {},
                                            grant->value(QStringLiteral("accessToken")).toString());
        QCOMPARE(seal.status, 200);
        QCOMPARE(seal.json().value(QStringLiteral("sealName")).toString(), QStringLiteral("鹿寨县人民政府"));
    }
};

QTEST_GUILESS_MAIN(TestSyncdSeals)
#include "tst_syncd_seals.moc"
