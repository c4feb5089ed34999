// The 公文 exchange end to end over real HTTPS, with the real govdesk-syncd and real encrypted
// profiles of three organisations that run the documents module's core side: A (柳州市人民政府办公室)
// drafts, a signer signs, 登记 takes the number from the server, and 分发 sends to B (林业局, 主送)
// and C (鹿寨县, 抄送), picked from the directory of organisations; B signs for it, C returns it,
// and A sees both per recipient, by name. Again with B offline until later. A classified document
// is refused by the client at 分发 and by the server when pushed directly.
#include "DocumentHandling.h"
#include "DocumentsModuleSetup.h"
#include "DocumentsList.h"
#include "DocumentsRecords.h"
#include "OrganisationNames.h"
#include "RedHeaderSelection.h"
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"
#include "module/ModuleMetadata.h"
#include "module/ObjectPool.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Luzhai = QStringLiteral("gx-lz-luzhai");

QList<SyncServerFixture::User> users()
{
    QList<SyncServerFixture::User> all = SyncServerFixture::defaultUsers();
    all.append({QStringLiteral("zhangwei"),
                QStringLiteral("张伟"),
                Gov,
                {QStringLiteral("signer")},
                QString::fromUtf8(SyncServerFixture::DefaultPassword)});
    return all;
}

// An office: a synced profile with the documents module's core side, as its plugin sets it up.
struct Office
{
    std::unique_ptr<SyncedProfile> profile;
    ObjectPool pool;
    std::unique_ptr<ModuleContext> context;

    [[nodiscard]] bool sync()
    {
        auto summary = profile->sync();
        if (!summary || !summary->completed()) {
            qWarning() << "sync:" << (summary ? describe(*summary) : summary.error().fullText());
            return false;
        }
        // Every step of the exchange is accepted: a refused op would be a silent loss on the server.
        if (summary->rejected > 0) {
            qWarning() << "sync: rejected" << summary->rejections;
            return false;
        }
        DocumentHandling::settle(*context);
        return true;
    }
    [[nodiscard]] LoadedDocument load(const QString &id)
    {
        auto loaded = DocumentHandling::load(*context, id);
        if (!loaded)
            qFatal("load: %s", qPrintable(loaded.error().fullText()));
        return *loaded;
    }
    [[nodiscard]] Result<> complete(const QString &id)
    {
        return DocumentHandling::completeDispatch(*context, load(id), {}, QDateTime::currentDateTimeUtc());
    }
};

} // namespace

class TestSyncDocumentsExchange : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Office> m_clerk;    // A: wangfang (clerk, reviewer)
    std::unique_ptr<Office> m_signer;   // A: zhangwei (signer)
    std::unique_ptr<Office> m_forestry; // B: chenjing
    std::unique_ptr<Office> m_luzhai;   // C: limin

    std::unique_ptr<Office> office(const QString &user)
    {
        auto office = std::make_unique<Office>();
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("公文交换-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        office->profile = std::move(*profile);
        office->profile->session().reloadAccount();
        auto context = openDocumentsModule(office->profile->session(), office->pool);
        if (!context)
            qFatal("documents module set-up failed: %s", qPrintable(context.error().fullText()));
        office->context = std::move(*context);
        return office;
    }

    // A 通知 of A, addressed through the directory: 主送 林业局, 抄送 鹿寨县 and one 机关 outside it.
    OfficialDocument notice(const QString &title)
    {
        const OrganisationNames names = OrganisationNames::of(*m_clerk->context);
        OfficialDocument document;
        document.issuerMark = QStringLiteral("柳州市人民政府办公室文件");
        document.type = DocumentType::Notice;
        document.title = title;
        document.mainRecipients = {names.nameOf(Forestry)};
        document.mainRecipientIds = {Forestry};
        document.body = QStringLiteral("各有关单位要压实森林防火责任，加强野外火源管控。");
        document.issuerName = QStringLiteral("柳州市人民政府办公室");
        document.issuedOn = QDate(2026, 3, 2);
        document.copyTo = {names.nameOf(Luzhai), QStringLiteral("市应急管理局")};
        document.copyToIds = {Luzhai};
        document.printedBy = QStringLiteral("柳州市人民政府办公室");
        document.printedOn = QDate(2026, 3, 2);
        return document;
    }

    static bool done(const Result<> &step, const char *name)
    {
        if (!step)
            qWarning().noquote() << name << "refused:" << step.error().fullText();
        return step.has_value();
    }

    // 拟稿 → … → 用印 done, ready for 分发: the signer signs, 登记 takes the number at the next sync,
    // the signer seals.
    QString draftSignAndRegister(const OfficialDocument &document)
    {
        const QString id = RecordStore::newRecordId();
        if (!DocumentsRecords::saveDocument(*m_clerk->context, id, document, DispatchState{}))
            qFatal("save");
        if (!done(m_clerk->complete(id), "拟稿"))
            return {};
        if (!done(m_clerk->complete(id), "核稿"))
            return {};
        if (!m_clerk->sync() || !m_signer->sync())
            return {};
        if (!done(m_signer->complete(id), "签发"))
            return {};
        if (!m_signer->sync() || !m_clerk->sync())
            return {};
        if (!done(m_clerk->complete(id), "复核"))
            return {};
        if (!done(DocumentHandling::registerDispatch(*m_clerk->context, m_clerk->load(id),
                                                     QStringLiteral("柳政办发"),
                                                     QDateTime::currentDateTimeUtc()),
                  "登记"))
            return {};
        if (!m_clerk->sync()) // the number comes with this run
            return {};
        if (m_clerk->load(id).document.isPendingNumber())
            return {};
        // 用印 is the signer's: only a signatory's profile holds the organisation's seal. The number
        // written by the last run travels with the next one.
        if (!m_clerk->sync() || !m_signer->sync())
            return {};
        if (!done(m_signer->complete(id), "用印"))
            return {};
        if (!m_signer->sync() || !m_clerk->sync())
            return {};
        return id;
    }

    static QHash<QString, RecipientDelivery> deliveriesOf(Office &office, const QString &id)
    {
        auto deliveries = DocumentHandling::deliveries(*office.context, office.load(id));
        QHash<QString, RecipientDelivery> byOrganisation;
        for (const RecipientDelivery &delivery : deliveries.value_or(QList<RecipientDelivery>{}))
            byOrganisation.insert(delivery.organisation, delivery);
        return byOrganisation;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp(SyncServerFixture::defaultOrganisations(), users()));
        GD_VERIFY(m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), Gov}));
        GD_VERIFY(m_server.admin({QStringLiteral("template"), QStringLiteral("set"), Gov, QStringLiteral("letter"),
                                  QStringLiteral("--colour"), QStringLiteral("#C00000")}));
        m_clerk = office(QStringLiteral("wangfang"));
        m_signer = office(QStringLiteral("zhangwei"));
        m_forestry = office(QStringLiteral("chenjing"));
        m_luzhai = office(QStringLiteral("limin"));
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_signer.reset();
        m_forestry.reset();
        m_luzhai.reset();
    }

    void theDirectoryComesWithTheFirstSync()
    {
        QVERIFY(m_clerk->context->organisations().value_or(QList<OrganisationEntry>{}).isEmpty());
        QVERIFY(m_clerk->sync());
        const auto directory = m_clerk->context->organisations().value_or(QList<OrganisationEntry>{});
        QCOMPARE(directory.size(), 3);
        QCOMPARE(OrganisationNames(directory).nameOf(Forestry), QStringLiteral("柳州市林业和园林局"));
        QCOMPARE(OrganisationNames(directory).idOf(QStringLiteral("鹿寨县人民政府")), Luzhai);
        // With the office's 套红 template, which lays its 函 out; its 通知 keep their own mark.
        const auto office = std::ranges::find(directory, Gov, &OrganisationEntry::id);
        QVERIFY(office != directory.end());
        QCOMPARE(office->redHeaders.size(), 1);
        LoadedDocument letter;
        letter.owner = Gov;
        letter.document = notice(QStringLiteral("柳州市人民政府办公室关于商请协助开展水质监测的函"));
        letter.document.type = DocumentType::Letter;
        const auto header = RedHeaderSelection::forDocument(*m_clerk->context, letter);
        QVERIFY(header);
        QCOMPARE(header->format, GovDesk::Core::DocumentFormat::Letter);
        QCOMPARE(header->colour, QStringLiteral("#C00000"));
        QCOMPARE(header->markText, QStringLiteral("柳州市人民政府办公室"));
        letter.document.type = DocumentType::Notice;
        QCOMPARE(RedHeaderSelection::forDocument(*m_clerk->context, letter), RedHeaderSelection::fallback(letter.document));
    }

    void sentSignedForAndReturned()
    {
        const QString id = draftSignAndRegister(
            notice(QStringLiteral("柳州市人民政府办公室关于做好春季森林防火工作的通知")));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_clerk->load(id).document.documentNumber, QStringLiteral("柳政办发〔2026〕1号"));
        GD_VERIFY(m_clerk->complete(id)); // 分发
        LoadedDocument sent = m_clerk->load(id);
        QCOMPARE(sent.dispatch.stage, DispatchStage::Distributed);
        QCOMPARE(sent.recipients, (QStringList{Forestry, Luzhai})); // not 市应急管理局: no id
        QCOMPARE(deliveriesOf(*m_clerk, id).value(Forestry).state, DeliveryState::Pending);
        QVERIFY(m_clerk->sync());
        QHash<QString, RecipientDelivery> deliveries = deliveriesOf(*m_clerk, id);
        QCOMPARE(deliveries.value(Forestry).state, DeliveryState::Delivered);
        QCOMPARE(deliveries.value(Forestry).organisationName, QStringLiteral("柳州市林业和园林局"));
        QCOMPARE(deliveries.value(Luzhai).state, DeliveryState::Delivered);

        // B: the arrival waits at 待签收; 签收 sends the 回执.
        QVERIFY(m_forestry->sync());
        LoadedDocument arrival = m_forestry->load(id);
        QVERIFY(arrival.isReceived());
        QCOMPARE(arrival.receipt->stage, ReceiptStage::SigningFor);
        QCOMPARE(arrival.document.documentNumber, QStringLiteral("柳政办发〔2026〕1号"));
        QVERIFY(arrival.document.seal.sealed);
        GD_VERIFY(DocumentHandling::actOnArrival(
            *m_forestry->context, arrival,
            {WorkflowEntry::Action::SignFor, ReceiptStage::SigningFor, ReceiptStage::Registering}, {},
            QDateTime::currentDateTimeUtc()));
        QCOMPARE(m_forestry->load(id).receipt->stage, ReceiptStage::Registering);
        QVERIFY(m_forestry->sync());

        // C: returns it with a reason.
        QVERIFY(m_luzhai->sync());
        LoadedDocument copy = m_luzhai->load(id);
        QVERIFY(copy.isReceived());
        GD_VERIFY(DocumentHandling::actOnArrival(
            *m_luzhai->context, copy,
            {WorkflowEntry::Action::SendBack, ReceiptStage::SigningFor, ReceiptStage::SentBack},
            QStringLiteral("非本单位主管事项，请核实抄送范围"), QDateTime::currentDateTimeUtc()));
        QVERIFY(m_luzhai->sync());

        // A: both outcomes, per recipient.
        QVERIFY(m_clerk->sync());
        deliveries = deliveriesOf(*m_clerk, id);
        QCOMPARE(deliveries.value(Forestry).state, DeliveryState::SignedFor);
        QCOMPARE(deliveries.value(Forestry).person, QStringLiteral("陈静"));
        QVERIFY(deliveries.value(Forestry).at.isValid());
        QCOMPARE(deliveries.value(Luzhai).state, DeliveryState::SentBack);
        QCOMPARE(deliveries.value(Luzhai).reason, QStringLiteral("非本单位主管事项，请核实抄送范围"));
        QCOMPARE(deliveries.value(Luzhai).organisationName, QStringLiteral("鹿寨县人民政府"));
    }

    void aRecipientOfflineUntilLaterLosesNothing()
    {
        const QString id = draftSignAndRegister(
            notice(QStringLiteral("柳州市人民政府办公室关于开展林区防火隐患排查的通知")));
        QVERIFY(!id.isEmpty());
        // 分发 while the line is down: nothing leaves, nothing is lost.
        m_server.stop();
        GD_VERIFY(m_clerk->complete(id));
        auto offline = m_clerk->profile->sync();
        GD_VERIFY(offline);
        QVERIFY(!offline->completed());
        QCOMPARE(deliveriesOf(*m_clerk, id).value(Forestry).state, DeliveryState::Pending);
        GD_VERIFY(m_server.start());
        QVERIFY(m_clerk->sync());

        // C answers at once; B stays away for a while.
        QVERIFY(m_luzhai->sync());
        GD_VERIFY(DocumentHandling::actOnArrival(
            *m_luzhai->context, m_luzhai->load(id),
            {WorkflowEntry::Action::SignFor, ReceiptStage::SigningFor, ReceiptStage::Registering}, {},
            QDateTime::currentDateTimeUtc()));
        QVERIFY(m_luzhai->sync());
        QVERIFY(m_clerk->sync());
        QHash<QString, RecipientDelivery> deliveries = deliveriesOf(*m_clerk, id);
        QCOMPARE(deliveries.value(Luzhai).state, DeliveryState::SignedFor);
        QCOMPARE(deliveries.value(Forestry).state, DeliveryState::Delivered);

        // B signs for it offline; its 回执 waits in the outbox until the server is back.
        QVERIFY(m_forestry->sync());
        m_server.stop();
        GD_VERIFY(DocumentHandling::actOnArrival(
            *m_forestry->context, m_forestry->load(id),
            {WorkflowEntry::Action::SignFor, ReceiptStage::SigningFor, ReceiptStage::Registering}, {},
            QDateTime::currentDateTimeUtc()));
        auto away = m_forestry->profile->sync();
        GD_VERIFY(away);
        QVERIFY(!away->completed());
        GD_VERIFY(m_server.start());
        QVERIFY(m_forestry->sync());
        QVERIFY(m_clerk->sync());
        deliveries = deliveriesOf(*m_clerk, id);
        QCOMPARE(deliveries.value(Forestry).state, DeliveryState::SignedFor);
        QCOMPARE(deliveries.value(Forestry).person, QStringLiteral("陈静"));
    }

    void aClassifiedDocumentNeverTravels()
    {
        // Marked 秘密 after 用印 (the server never takes a classified document, so it cannot get
        // there through the signer's profile): what a clerk might do at the last moment.
        const QString id
            = draftSignAndRegister(notice(QStringLiteral("柳州市人民政府办公室关于林区重点目标防护的通知")));
        QVERIFY(!id.isEmpty());
        LoadedDocument marked = m_clerk->load(id);
        marked.document.classification = SecurityLevel::Secret;
        marked.document.copyNumber = QStringLiteral("000001");
        GD_VERIFY(DocumentsRecords::saveDocument(*m_clerk->context, id, marked.document, marked.dispatch,
                                                 marked.recipients));
        // The client refuses 分发, naming the rule.
        auto refused = m_clerk->complete(id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("秘密")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_clerk->load(id).dispatch.stage, DispatchStage::Distributing);
        QVERIFY(m_clerk->load(id).recipients.isEmpty());

        // govdesk-syncd refuses the same document pushed directly, addressed to B.
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        QJsonObject payload
            = DocumentsRecords::documentPayload(m_clerk->load(id).document, m_clerk->load(id).dispatch);
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("collection"), QStringLiteral("documents.document")},
                             {QStringLiteral("recordId"), RecordStore::newRecordId()},
                             {QStringLiteral("baseRevision"), 0},
                             {QStringLiteral("recipients"), QJsonArray{Forestry}},
                             {QStringLiteral("payload"), payload}};
        const HttpReply reply
            = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                               QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(),
                               grant->value(QStringLiteral("accessToken")).toString());
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(QJsonDocument(result).toJson().contains("不得在非涉密网络传输"));
    }
};

QTEST_GUILESS_MAIN(TestSyncDocumentsExchange)
#include "tst_sync_documents_exchange.moc"
