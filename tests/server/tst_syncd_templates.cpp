// Tests 套红 templates on the real govdesk-syncd over HTTPS: the admin CLI sets, lists, shows and
// removes them (bad input refused with the field named, nothing stored), GET /v1/organisations
// delivers each organisation's to every signed-in user, and --demo gives every demo organisation
// the templates the client's demo profile shows.
#include "SyncServerFixture.h"
#include "TestProfile.h"
#include "sync/OrganisationDirectory.h"
#include "sync/RedHeaderTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncdTemplates : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_files;

    // govdesk-syncd on the fixture's data directory, whatever its exit code.
    Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(SyncServerFixture::syncdPath(),
                      QStringList{QStringLiteral("--data"), m_server.dataDirectory()} + m_server.databaseArguments()
                          + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString token(SyncServerFixture &server, const QString &user, const QString &password)
    {
        auto grant = server.signIn(user, password);
        if (!grant)
            qFatal("sign-in failed: %s", qPrintable(grant.error().fullText()));
        return grant->value(QStringLiteral("accessToken")).toString();
    }

    // The templates GET /v1/organisations gives for `organisation`, read as the client reads them.
    QList<RedHeaderTemplate>
    delivered(SyncServerFixture &server, const QString &organisation, const QString &user,
              const QString &password = QString::fromUtf8(SyncServerFixture::DefaultPassword))
    {
        const HttpReply reply
            = server.request("GET", QStringLiteral("/v1/organisations"), {}, token(server, user, password));
        if (reply.status != 200)
            qFatal("GET /v1/organisations: %d", reply.status);
        for (const QJsonValue &item : reply.json().value(QStringLiteral("organisations")).toArray()) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("id")).toString() != organisation)
                continue;
            auto templates = RedHeaderTemplates::fromJson(entry.value(QStringLiteral("redHeaders")).toArray(),
                                                          RedHeaderTemplate::Reading::Strict);
            if (!templates)
                qFatal("templates do not read: %s", qPrintable(templates.error().fullText()));
            return *templates;
        }
        qFatal("organisation %s not in the directory", qPrintable(organisation));
    }

    QString writeJson(const QString &name, const QByteArray &json)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        GD_VERIFY(m_server.setUp());
    }

    void anOrganisationWithoutTemplatesHasAnEmptyList()
    {
        QVERIFY(delivered(m_server, QStringLiteral("gx-lz-forestry"), QStringLiteral("chenjing")).isEmpty());
    }

    void setStartsFromTheStandardsFiguresAndReachesEveryUser()
    {
        const Run set = admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("gx-lz-gov"),
                               QStringLiteral("letter")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(
                     QStringLiteral("set template letter of gx-lz-gov\t柳州市人民政府办公室\t信函格式")),
                 qPrintable(set.out));
        // The running server answers with it at once, to users of every organisation.
        for (const QString &user : {QStringLiteral("wangfang"), QStringLiteral("limin")}) {
            const QList<RedHeaderTemplate> templates = delivered(m_server, QStringLiteral("gx-lz-gov"), user);
            QCOMPARE(templates.size(), 1);
            const RedHeaderTemplate &letter = templates.first();
            QCOMPARE(letter.format, DocumentFormat::Letter);
            QCOMPARE(letter.markText, QStringLiteral("柳州市人民政府办公室"));
            QCOMPARE(letter.markTop, 30.0); // GB/T 9704 10.1: 30 mm under the page's top edge
            QCOMPARE(letter.separator.style, RedHeaderRule::Style::ThickThin);
            QCOMPARE(letter.separator.length, 170.0);
            QCOMPARE(letter.separatorGap, 4.0);
            QCOMPARE(letter.footerRule.style, RedHeaderRule::Style::ThinThick);
            QCOMPARE(letter.footerRuleBottom, 20.0);
            QCOMPARE(letter, RedHeaderTemplate::standard(DocumentFormat::Letter,
                                                         QStringLiteral("柳州市人民政府办公室")));
        }
    }

    void optionsAndJsonChangeATemplateAndTypesOverrideTheFormat()
    {
        const QString json
            = writeJson(QStringLiteral("bulletin.json"),
                        R"({"markTop": 70, "separator": {"style": "single", "thickness": 0.8}})");
        const Run set
            = admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("gx-lz-gov"),
                     QStringLiteral("file"), QStringLiteral("--types"), QStringLiteral("通报"),
                     QStringLiteral("--mark"), QStringLiteral("柳州市人民政府办公室通报"),
                     QStringLiteral("--colour"), QStringLiteral("#c00000"), QStringLiteral("--mark-size"),
                     QStringLiteral("36"), QStringLiteral("--json"), json});
        QCOMPARE(set.exitCode, 0);
        QList<RedHeaderTemplate> templates
            = delivered(m_server, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang"));
        QCOMPARE(templates.size(), 2);
        const RedHeaderTemplate bulletin = templates.at(1);
        QCOMPARE(bulletin.key(), QStringLiteral("file:通报"));
        QCOMPARE(bulletin.markText, QStringLiteral("柳州市人民政府办公室通报"));
        QCOMPARE(bulletin.colour, QStringLiteral("#C00000"));
        QCOMPARE(bulletin.markPointSize, 36.0);
        QCOMPARE(bulletin.markTop, 70.0);
        QCOMPARE(bulletin.separator.thickness, 0.8);
        QCOMPARE(bulletin.separatorGap, 4.0); // not given: the standard's
        // The directory's selection: 通报 takes the override, 函 the letter, 通知 none.
        QCOMPARE(RedHeaderTemplates::select(templates, u"通报")->markText,
                 QStringLiteral("柳州市人民政府办公室通报"));
        QCOMPARE(RedHeaderTemplates::select(templates, u"函")->format, DocumentFormat::Letter);
        QVERIFY(!RedHeaderTemplates::select(templates, u"通知"));

        // Setting the same key again changes it in its place; unchanged fields stay.
        QCOMPARE(admin({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("gx-lz-gov"),
                        QStringLiteral("file"), QStringLiteral("--types"), QStringLiteral("通报"),
                        QStringLiteral("--mark-size"), QStringLiteral("fit")})
                     .exitCode,
                 0);
        templates = delivered(m_server, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang"));
        QCOMPARE(templates.size(), 2);
        QCOMPARE(templates.at(1).markPointSize, 0.0);
        QCOMPARE(templates.at(1).markTop, 70.0);
        QCOMPARE(templates.at(1).colour, QStringLiteral("#C00000"));
    }

    void badInputIsRefusedWithTheFieldNamedAndNothingStored()
    {
        const auto before = delivered(m_server, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang"));
        const QString unknownField = writeJson(QStringLiteral("typo.json"), R"({"markSize": 30})");
        const QString outOfRange = writeJson(QStringLiteral("range.json"), R"({"markTop": 400})");
        const QString wrongStyle
            = writeJson(QStringLiteral("style.json"), R"({"separator": {"style": "double"}})");
        const QString notJson = writeJson(QStringLiteral("broken.json"), "{\"markTop\": ");
        struct Case
        {
            QStringList arguments;
            int exitCode;
            QString message;
        };
        const QList<Case> cases{
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--json"), unknownField},
             1,
             QStringLiteral("Unknown field markSize.")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--json"), outOfRange},
             1,
             QStringLiteral("markTop must be from 5 to 150, not 400.")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--json"), wrongStyle},
             1,
             QStringLiteral(
                 "separator.style must be one of none, single, thick-thin, thin-thick, not double.")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--json"), notJson},
             1,
             QStringLiteral("is not a JSON object")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--colour"),
              QStringLiteral("red")},
             1,
             QStringLiteral("colour must be #RRGGBB")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--mark"),
              QStringLiteral(" ")},
             1,
             QStringLiteral("markText (the 发文机关标志) must not be empty.")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("file"), QStringLiteral("--types"),
              QStringLiteral("通知书")},
             1,
             QStringLiteral("documentTypes: 通知书 is not one of the 15 文种")},
            // 通报 has its template already; a second one naming it would make the choice ambiguous.
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("letter"), QStringLiteral("--types"),
              QStringLiteral("通报,函")},
             1,
             QStringLiteral("通报 has a template already (file:通报); remove that one first.")},
            {{QStringLiteral("gx-lz-nowhere"), QStringLiteral("file")},
             1,
             QStringLiteral("There is no organisation gx-lz-nowhere")},
            {{QStringLiteral("gx-lz-gov"), QStringLiteral("memo")}, 2, QStringLiteral("is not a format")},
        };
        for (const Case &test : cases) {
            const Run run
                = admin(QStringList{QStringLiteral("template"), QStringLiteral("set")} + test.arguments);
            QVERIFY2(run.exitCode == test.exitCode,
                     qPrintable(test.arguments.join(QLatin1Char(' '))
                                + QStringLiteral(": exit %1 ").arg(run.exitCode) + run.err));
            QVERIFY2(run.err.contains(test.message), qPrintable(run.err));
        }
        QCOMPARE(delivered(m_server, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang")), before);
    }

    void listShowAndRemove()
    {
        const Run list = admin({QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out,
                 QStringLiteral("gx-lz-gov\tletter\t信函格式\t柳州市人民政府办公室\t#E60012\n"
                                "gx-lz-gov\tfile:通报\t文件格式\t柳州市人民政府办公室通报\t#C00000\n"));
        QCOMPARE(
            admin({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("gx-lz-luzhai")}).out,
            QString());

        const Run show = admin({QStringLiteral("template"), QStringLiteral("show"),
                                QStringLiteral("gx-lz-gov"), QStringLiteral("file:通报")});
        QCOMPARE(show.exitCode, 0);
        auto shown = RedHeaderTemplate::fromJson(QJsonDocument::fromJson(show.out.toUtf8()).object(),
                                                 RedHeaderTemplate::Reading::Strict);
        GD_VERIFY(shown);
        QCOMPARE(shown->markText, QStringLiteral("柳州市人民政府办公室通报"));

        QCOMPARE(admin({QStringLiteral("template"), QStringLiteral("remove"), QStringLiteral("gx-lz-gov"),
                        QStringLiteral("file:通报")})
                     .exitCode,
                 0);
        const Run again = admin({QStringLiteral("template"), QStringLiteral("remove"),
                                 QStringLiteral("gx-lz-gov"), QStringLiteral("file:通报")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("gx-lz-gov has no template file:通报.")));
        const QList<RedHeaderTemplate> left
            = delivered(m_server, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().format, DocumentFormat::Letter);
    }

    void demoOrganisationsHaveTheClientsDemoTemplates()
    {
        SyncServerFixture demo;
        GD_VERIFY(demo.setUp({}, {}));
        QCOMPARE(demo.stop(), 0);
        GD_VERIFY(demo.start({QStringLiteral("--demo")}));
        const QString password = QStringLiteral("govdesk-demo");
        const QList<OrganisationEntry> expected = OrganisationDirectory::demoDirectory();
        QCOMPARE(expected.size(), 5);
        for (const OrganisationEntry &organisation : expected) {
            QVERIFY(!organisation.redHeaders.isEmpty());
            QCOMPARE(delivered(demo, organisation.id, QStringLiteral("wangfang"), password),
                     organisation.redHeaders);
        }
        // A restart with --demo adds nothing twice.
        QCOMPARE(demo.stop(), 0);
        GD_VERIFY(demo.start({QStringLiteral("--demo")}));
        QCOMPARE(delivered(demo, QStringLiteral("gx-lz-gov"), QStringLiteral("wangfang"), password),
                 expected.at(2).redHeaders);
    }

    void theAnonymousGetNoTemplates()
    {
        QCOMPARE(m_server.request("GET", QStringLiteral("/v1/organisations")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSyncdTemplates)
#include "tst_syncd_templates.moc"
