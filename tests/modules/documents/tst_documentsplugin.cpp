// Tests the 公文 core plugin as built, on a real encrypted profile: metadata, headless links, its
// collections, and the projection into the core search and the to-do list.
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsRecords.h"
#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"
#include "sync/CollectionPolicy.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using GovDesk::Test::fireNotice;
using GovDesk::Test::luzhaiRequestDraft;

namespace {
const QString Passphrase = QStringLiteral("柳州-公文-2026");
SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(Passphrase);
}
const QDateTime At = QDateTime(QDate(2026, 2, 27), QTime(9, 30), Qt::UTC);
const Actor Signer{.userId = QStringLiteral("zhangwei"),
                   .name = QStringLiteral("张伟"),
                   .roles = {QStringLiteral("signer")}};
} // namespace

class TestDocumentsPlugin : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    ObjectPool m_pool;
    std::unique_ptr<ModuleContext> m_context;
    QString m_profileId;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;

    // The core plugin as built, initialised as ModuleManager does.
    void startModule()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_DOCUMENTS_PLUGIN));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        m_context = std::make_unique<ModuleContext>(*metadata, *m_session, m_pool);
        auto *module = qobject_cast<Module *>(loader.instance());
        QVERIFY2(module, qPrintable(loader.errorString()));
        QString error;
        QVERIFY2(module->initialize(*m_context, &error), qPrintable(error));
    }

    QList<TodoItem> openTodos()
    {
        return m_session->todos().openItems({QStringLiteral("documents")}).value_or(QList<TodoItem>());
    }

    QList<SearchHit> search(const QString &text)
    {
        auto hits = m_session->search().search({.text = text, .modules = {QStringLiteral("documents")}});
        return hits.value_or(QList<SearchHit>());
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto profile = m_profiles->create(
            {.displayName = QStringLiteral("王芳"), .organisation = QStringLiteral("柳州市人民政府办公室")},
            passphrase(), KdfParameters::forTests());
        GD_VERIFY(profile);
        m_profileId = profile->id;
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(m_profileId, passphrase()));
    }

    void cleanup()
    {
        m_context.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void metadataIsReadWithoutLoadingCode()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_DOCUMENTS_PLUGIN));
        QCOMPARE(loader.metaData().value(QStringLiteral("IID")).toString(),
                 QStringLiteral(GovDeskModule_iid));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("documents"));
        QCOMPARE(metadata->nameZh, QStringLiteral("公文"));
        QCOMPARE(metadata->nameEn, QStringLiteral("Documents"));
        QCOMPARE(metadata->apiVersion, ModuleApiVersion);
        QVERIFY(!loader.isLoaded());
    }

    void corePluginIsHeadless()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_DOCUMENTS_PLUGIN));
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QCOMPARE(instance->metaObject()->className(), "GovDesk::Documents::DocumentsModule");
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(GOVDESK_DOCUMENTS_PLUGIN)});
        QVERIFY(ldd.waitForFinished());
        const QString links = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(links.contains(QStringLiteral("libgovdesk-core")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Gui")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Widgets")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libgovdesk-ui")), qPrintable(links));
    }

    void declaresItsCollections()
    {
        startModule();
        CollectionPolicies policies(m_session->database());
        QCOMPARE(policies.policyOf(QString::fromLatin1(DocumentCollection))
                     .value_or(ConflictPolicy::LastWriterWins),
                 ConflictPolicy::AskUser);
        QCOMPARE(policies.policyOf(QString::fromLatin1(IncomingCollection))
                     .value_or(ConflictPolicy::LastWriterWins),
                 ConflictPolicy::AskUser);
        QCOMPARE(policies.policyOf(QString::fromLatin1(ReceiptCollection)).value_or(ConflictPolicy::AskUser),
                 ConflictPolicy::AppendOnly);
        // The schema version is stamped into what is written.
        GD_VERIFY(DocumentsRecords::saveDocument(*m_context, QStringLiteral("doc-1"), fireNotice(), {}));
        auto stored
            = m_session->records().get(QString::fromLatin1(DocumentCollection), QStringLiteral("doc-1"));
        GD_VERIFY(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->payload.value(QStringLiteral("_v")).toInt(), OfficialDocument::SchemaVersion);
    }

    void aDocumentIsFoundByNumberBodyAndOrganisation()
    {
        startModule();
        GD_VERIFY(DocumentsRecords::saveDocument(*m_context, QStringLiteral("fire"), fireNotice(),
                                                 {.stage = DispatchStage::Distributed, .signedOff = true}));
        GD_VERIFY(
            DocumentsRecords::saveDocument(*m_context, QStringLiteral("luzhai"), luzhaiRequestDraft(), {}));

        auto hits = search(QStringLiteral("柳政办发〔2026〕12号"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().recordId, QStringLiteral("fire"));
        QCOMPARE(hits.first().documentNumber, QStringLiteral("柳政办发〔2026〕12号"));
        QVERIFY(hits.first().matchedFields.contains(QString::fromLatin1(SearchHit::DocumentNumberField)));
        // A word of the 正文.
        hits = search(QStringLiteral("火源管控"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().recordId, QStringLiteral("fire"));
        // An organisation it is copied to, and the requested sum of the other one.
        hits = search(QStringLiteral("人大常委会"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().recordId, QStringLiteral("fire"));
        hits = search(QStringLiteral("防治资金"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().recordId, QStringLiteral("luzhai"));

        // Deleted: gone from the search.
        GD_VERIFY(
            m_context->records().remove(QString::fromLatin1(DocumentCollection), QStringLiteral("fire")));
        QVERIFY(search(QStringLiteral("火源管控")).isEmpty());
    }

    void aPendingStepIsAToDoUntilDistributed()
    {
        startModule();
        const OfficialDocument notice = fireNotice();
        DispatchState state;
        GD_VERIFY(DocumentsRecords::saveDocument(*m_context, QStringLiteral("fire"), notice, state));
        QList<TodoItem> todos = openTodos();
        QCOMPARE(todos.size(), 1);
        QCOMPARE(todos.first().recordId, QStringLiteral("fire"));
        QCOMPARE(todos.first().title, QStringLiteral("【待拟稿】") + notice.title);
        QCOMPARE(todos.first().urgency, Urgency::Urgent);

        // Through the workflow, step by step: the to-do follows, and closes when distributed.
        for (int step = 0; step < 7; ++step) {
            auto next = DispatchWorkflow::complete(state, notice, Signer, QString(), At);
            GD_VERIFY(next);
            state = *next;
            GD_VERIFY(DocumentsRecords::saveDocument(*m_context, QStringLiteral("fire"), notice, state));
            todos = openTodos();
            if (state.isDone()) {
                QVERIFY(todos.isEmpty());
            } else {
                QCOMPARE(todos.size(), 1);
                QCOMPARE(todos.first().title,
                         QStringLiteral("【待%1】%2").arg(dispatchStageName(state.stage), notice.title));
            }
        }
        // Deleted: no to-do left.
        GD_VERIFY(
            DocumentsRecords::saveDocument(*m_context, QStringLiteral("draft"), luzhaiRequestDraft(), {}));
        QCOMPARE(openTodos().size(), 1);
        GD_VERIFY(
            m_context->records().remove(QString::fromLatin1(DocumentCollection), QStringLiteral("draft")));
        QVERIFY(openTodos().isEmpty());
    }

    void anArrivalWaitsToBeSignedForThenFollowsItsHandling()
    {
        startModule();
        GD_VERIFY(DocumentsRecords::saveDocument(*m_context, QStringLiteral("arrival"), fireNotice(),
                                                 {.stage = DispatchStage::Distributed, .signedOff = true}));
        QVERIFY(openTodos().isEmpty()); // the sender's own, distributed
        // As a pull delivers it: owned by another organisation. Written behind the module's back,
        // the projection catches up at the next unlock.
        GD_VERIFY(m_session->database().execute(QStringLiteral(
            "UPDATE sync_records SET owner = 'gx-lz-gov', revision = 3 WHERE record_id = 'arrival'")));
        m_context.reset();
        m_session->lock();
        GD_VERIFY(m_session->unlock(m_profileId, passphrase()));
        startModule();
        QList<TodoItem> todos = openTodos();
        QCOMPARE(todos.size(), 1);
        QCOMPARE(todos.first().title, QStringLiteral("【待签收】") + fireNotice().title);

        auto signedFor = ReceiptWorkflow::signFor({}, Signer, At);
        GD_VERIFY(signedFor);
        GD_VERIFY(DocumentsRecords::saveIncoming(*m_context, QStringLiteral("arrival"), *signedFor));
        todos = openTodos();
        QCOMPARE(todos.size(), 1);
        QCOMPARE(todos.first().title, QStringLiteral("【待登记】") + fireNotice().title);

        ReceiptState archived{.stage = ReceiptStage::Archived};
        GD_VERIFY(DocumentsRecords::saveIncoming(*m_context, QStringLiteral("arrival"), archived));
        QVERIFY(openTodos().isEmpty());
        // Still found, received or not.
        QCOMPARE(search(QStringLiteral("柳政办发〔2026〕12号")).size(), 1);
    }

    void theDemoServersDocumentsAreUpgradedOnTheWay()
    {
        startModule();
        // A version-1 payload as govdesk-syncd --demo writes it, written without the module's stamp.
        const QJsonObject v1{
            {QStringLiteral("issuerMark"), QStringLiteral("鹿寨县人民政府")},
            {QStringLiteral("documentNumber"), QStringLiteral("鹿政报〔2026〕9号")},
            {QStringLiteral("title"), QStringLiteral("鹿寨县人民政府关于中渡镇山洪灾害防御工作情况的报告")},
            {QStringLiteral("urgency"), QStringLiteral("加急")},
            {QStringLiteral("mainRecipients"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("signer"), QStringLiteral("李敏")},
            {QStringLiteral("issuedOn"), QStringLiteral("2026-04-10")},
            {QStringLiteral("body"), QStringLiteral("已完成中渡镇12处山洪灾害危险区转移路线复核。")}};
        GD_VERIFY(
            m_session->records().put(QString::fromLatin1(DocumentCollection), QStringLiteral("v1"), v1));
        auto read = m_context->records().get(QString::fromLatin1(DocumentCollection), QStringLiteral("v1"));
        GD_VERIFY(read);
        const OfficialDocument document = OfficialDocument::fromPayload((*read)->payload);
        QCOMPARE(document.signers, QStringList{QStringLiteral("李敏")});
        QCOMPARE(document.type, DocumentType::Report);
        QCOMPARE(search(QStringLiteral("鹿政报〔2026〕9号")).size(), 1);
    }

    void fieldsHaveLabelsForTheConflictDialog()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_DOCUMENTS_PLUGIN));
        auto *module = qobject_cast<Module *>(loader.instance());
        QVERIFY(module);
        const QString collection = QString::fromLatin1(DocumentCollection);
        QCOMPARE(module->fieldLabel(collection, QStringLiteral("documentNumber")),
                 QStringLiteral("发文字号"));
        QCOMPARE(module->fieldLabel(collection, QStringLiteral("mainRecipients")),
                 QStringLiteral("主送机关"));
        QCOMPARE(module->fieldLabel(collection, QStringLiteral("stage")), QStringLiteral("办理环节"));
        QVERIFY(module->fieldLabel(collection, QStringLiteral("unknown")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentsPlugin)
#include "tst_documentsplugin.moc"
