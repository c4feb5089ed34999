// Tests the directory of organisations through the fake transport seam: the sync engine fetches
// GET /v1/organisations each run into the profile, replacing what was kept; an answer other than
// a lost connection leaves the kept directory and lets the records sync; a lost connection stops
// the run. And ModuleContext-independent reads of the stored table.
#include "FakeSyncServer.h"
#include "FakeTransport.h"
#include "TestProfile.h"
#include "store/Database.h"
#include "sync/OrganisationDirectory.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Password = QStringLiteral("森林防火-2014");

const QList<OrganisationEntry> Directory{
    {QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")},
    {QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")},
    {QStringLiteral("gx-lz-luzhai"), QStringLiteral("鹿寨县人民政府")}};

} // namespace

class TestOrganisationDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_uiDb;
    std::unique_ptr<Database> m_workerDb;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QDateTime m_now{QDate(2026, 11, 26), QTime(8, 30), Qt::UTC};
    std::atomic_bool m_cancel{false};

    [[nodiscard]] SyncSummary runSync()
    {
        auto summary = m_engine->run(m_cancel);
        if (!summary) {
            qWarning() << summary.error().fullText();
            return {};
        }
        return *summary;
    }

    [[nodiscard]] QList<OrganisationEntry> kept() const
    {
        return OrganisationDirectory(*m_uiDb).organisations().value_or(QList<OrganisationEntry>{});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("profile.gddb"));
        auto db = openWithSchema(path, RecordStore::MigrationOwner, RecordStore::migrations(), true);
        GD_VERIFY(db);
        m_uiDb = std::move(*db);
        auto worker = Database::open(path, testKey(), {.lockProfile = false});
        GD_VERIFY(worker);
        m_workerDb = std::move(*worker);
        m_store = std::make_unique<RecordStore>(*m_uiDb, nullptr, [this] { return m_now; });
        m_server = std::make_unique<FakeSyncServer>([this] { return m_now; });
        m_server->addUser(QStringLiteral("wangfang"), Password, QStringLiteral("gx-lz-gov"),
                          QStringLiteral("王芳"));
        m_transport = std::make_unique<FakeTransport>();
        m_transport->setHandler(m_server->handler());
        SyncEngine::Seams seams;
        seams.clock = [this] {
            return m_now;
        };
        seams.sleep = [this](std::chrono::milliseconds duration, const std::atomic_bool &cancel) {
            m_now = m_now.addMSecs(duration.count());
            return !cancel;
        };
        seams.random = [](qint64 bound) {
            return bound;
        };
        m_engine = std::make_unique<SyncEngine>(*m_workerDb, *m_transport,
                                                QUrl(QStringLiteral("https://sync.gx-lz.gov.cn")), seams);
        GD_VERIFY(m_engine->signIn(QStringLiteral("wangfang"), Password));
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_workerDb.reset();
        m_uiDb.reset();
    }

    void theDirectoryIsFetchedEachRunAndReplacesTheKeptOne()
    {
        QVERIFY(kept().isEmpty());
        m_server->setOrganisations(Directory);
        SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(summary.organisationsFetched, 3);
        QVERIFY(summary.directoryUnavailable.isEmpty());
        QCOMPARE(kept(), Directory);

        // Renamed and removed organisations are gone from the profile after the next run.
        const QList<OrganisationEntry> changed{
            {QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府")}};
        m_server->setOrganisations(changed);
        summary = runSync();
        QVERIFY(summary.completed());
        QCOMPARE(kept(), changed);
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1/organisations")), 2);
    }

    void aServerWithoutTheDirectoryStillSyncsTheRecords()
    {
        GD_VERIFY(OrganisationDirectory(*m_uiDb).replace(Directory));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, {{QStringLiteral("title"), QStringLiteral("通知")}}));
        m_server->setOrganisations(std::nullopt); // the server answers 404
        const SyncSummary summary = runSync();
        QVERIFY2(summary.completed(), qPrintable(summary.error ? summary.error->fullText() : QString()));
        QCOMPARE(summary.pushed, 1);
        QVERIFY(!summary.directoryUnavailable.isEmpty());
        QCOMPARE(summary.organisationsFetched, 0);
        QCOMPARE(kept(), Directory); // the kept one stays in use
    }

    void aRefusalOrABadAnswerIsNotFatalButALostConnectionIs()
    {
        m_server->setOrganisations(Directory);
        m_server->injectFault(FakeSyncServer::Fault::BadRequest, 1, QStringLiteral("/v1/organisations"));
        SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(!summary.directoryUnavailable.isEmpty());
        QVERIFY(kept().isEmpty());

        m_server->injectFault(FakeSyncServer::Fault::Timeout, 100, QStringLiteral("/v1/organisations"));
        summary = runSync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind, SyncError::Kind::Timeout);
        QVERIFY(kept().isEmpty());
        QVERIFY(!SyncState(*m_uiDb).lastSuccessfulSync().value_or(QDateTime()).isValid()
                || SyncState(*m_uiDb).lastSuccessfulSync().value_or(QDateTime()) < m_now);
    }

    void theTemplatesAreKeptWithTheDirectory()
    {
        QList<OrganisationEntry> directory = Directory;
        RedHeaderTemplate bulletin = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室通报"));
        bulletin.documentTypes = {QStringLiteral("通报")};
        bulletin.colour = QStringLiteral("#C00000");
        directory[1].redHeaders = {RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件")),
                                   RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室")),
                                   bulletin};
        m_server->setOrganisations(directory);
        QVERIFY(runSync().completed());
        QCOMPARE(kept(), directory);
        QCOMPARE(kept().at(1).redHeaders.at(2).colour, QStringLiteral("#C00000"));

        // The next answer replaces them: an organisation's templates taken away are gone.
        directory[1].redHeaders.removeLast();
        m_server->setOrganisations(directory);
        QVERIFY(runSync().completed());
        QCOMPARE(kept().at(1).redHeaders.size(), 2);
    }

    void aTemplateThatDoesNotReadIsLeftOutNotTheOrganisation()
    {
        // A newer server: a field this version does not know is skipped; a template whose values
        // are out of range, or of a format this version lacks, is left out; the rest is kept.
        QJsonObject newer = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室")).toJson();
        newer.insert(QStringLiteral("markFamily"), QStringLiteral("方正小标宋简体"));
        QJsonObject outOfRange = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件")).toJson();
        outOfRange.insert(QStringLiteral("markTop"), 900);
        const QJsonObject unknownFormat{{QStringLiteral("format"), QStringLiteral("telegram")},
                                        {QStringLiteral("markText"), QStringLiteral("柳州市人民政府办公室")}};
        m_server->setOrganisationsJson(
            {QJsonObject{{QStringLiteral("id"), QStringLiteral("gx-lz-gov")},
                         {QStringLiteral("name"), QStringLiteral("柳州市人民政府办公室")},
                         {QStringLiteral("redHeaders"), QJsonArray{outOfRange, newer, unknownFormat}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("gx-lz-luzhai")},
                         {QStringLiteral("name"), QStringLiteral("鹿寨县人民政府")}}});
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(summary.directoryUnavailable.isEmpty());
        const QList<OrganisationEntry> directory = kept();
        QCOMPARE(directory.size(), 2);
        QCOMPARE(directory.first().redHeaders.size(), 1);
        QCOMPARE(directory.first().redHeaders.first(),
                 RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室")));
        QVERIFY(directory.at(1).redHeaders.isEmpty());

        // redHeaders that is no list at all is a wrong answer: the kept directory stays.
        m_server->setOrganisationsJson({QJsonObject{{QStringLiteral("id"), QStringLiteral("gx-lz-gov")},
                                                    {QStringLiteral("name"), QStringLiteral("柳州市人民政府办公室")},
                                                    {QStringLiteral("redHeaders"), QStringLiteral("letter")}}});
        QVERIFY(runSync().completed());
        QCOMPARE(kept(), directory);
    }

    void theDemoDirectoryHasTemplatesForEveryOrganisation()
    {
        const QList<OrganisationEntry> demo = OrganisationDirectory::demoDirectory();
        GD_VERIFY(OrganisationDirectory(*m_uiDb).replace(demo));
        QCOMPARE(kept(), demo);
        for (const OrganisationEntry &organisation : demo) {
            GD_VERIFY(RedHeaderTemplates::validateSet(organisation.redHeaders));
            for (const RedHeaderTemplate &header : organisation.redHeaders)
                GD_VERIFY(header.validate());
            // Every organisation prints 通知 (文件格式), 函 (信函格式) and 纪要 on its own header.
            for (const char16_t *type : {u"通知", u"函", u"纪要"})
                QVERIFY2(RedHeaderTemplates::select(organisation.redHeaders, type), qPrintable(organisation.id));
            QCOMPARE(RedHeaderTemplates::select(organisation.redHeaders, u"函")->markText, organisation.name);
        }
    }

    void anAnswerOfTheWrongShapeKeepsTheDirectory()
    {
        GD_VERIFY(OrganisationDirectory(*m_uiDb).replace(Directory));
        m_server->setOrganisations(QList<OrganisationEntry>{{QString(), QStringLiteral("无名机关")}});
        const SyncSummary summary = runSync();
        QVERIFY(summary.completed());
        QVERIFY(!summary.directoryUnavailable.isEmpty());
        QCOMPARE(kept(), Directory);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationDirectory)
#include "tst_organisationdirectory.moc"
