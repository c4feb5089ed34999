// Tests 用印 in the workflow on a real encrypted profile: completing the Sealing step seals the
// document with the profile's seal in the step's transaction, the view verifies it at every open
// (有效; 已被篡改 naming 正文 after one changed character; 证书无效 under another CA), a profile
// without a seal is refused with what to do, and the demo gets its own seals.
#include "InterfaceFont.h"
#include "DemoSeals.h"
#include "DocumentHandling.h"
#include "DocumentListModel.h"
#include "DocumentSamples.h"
#include "DocumentView.h"
#include "DocumentsChinese.h"
#include "DocumentsDemoData.h"
#include "DocumentsUiFixture.h"
#include "SealSamples.h"
#include "SealStatusLabel.h"
#include "SealVerifier.h"
#include "audit/AuditLog.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleRecords.h"
#include "module/ObjectPool.h"
#include "module/ProjectionRunner.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include "DocumentPreview.h"
#include <QTranslator>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {
const QString Id = QStringLiteral("doc-seal-1");
const QDateTime SealedAt = SealCaStart.addDays(57).addSecs(9 * 3600 + 30 * 60);
} // namespace

class TestDocumentSeal : public QObject
{
    Q_OBJECT

    DocumentsUiFixture m_fixture;
    DocumentsChineseTranslator m_chinese;
    QTranslator m_release; // the real zh_CN .qm for the screenshot, when GOVDESK_SCREENSHOT_QM names one
    Sm2Credential m_authority;
    SealKeyMaterial m_seal;

    void writeAt(DispatchStage stage, const OfficialDocument &document = fireNotice())
    {
        DispatchState state;
        state.stage = stage;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), Id, document, state));
    }

    [[nodiscard]] LoadedDocument load()
    {
        auto loaded = DocumentHandling::load(m_fixture.context(), Id);
        return loaded ? *loaded : LoadedDocument{};
    }

    void sealAsClerk()
    {
        GD_VERIFY(SealKeyStore::store(m_fixture.context().database(), m_seal));
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeAt(DispatchStage::Sealing);
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), load(), {}, SealedAt));
    }

    [[nodiscard]] DocumentListRow listRow()
    {
        auto rows
            = DocumentsListQuery(m_fixture.context().database()).page({.list = DocumentList::Pending}, 0, 50);
        if (!rows)
            return {};
        for (const DocumentListRow &row : *rows) {
            if (row.recordId == Id)
                return row;
        }
        return {};
    }

    static SealStatusLabel *sealLabel(DocumentView &view)
    {
        return view.findChild<SealStatusLabel *>(QStringLiteral("documentSealStatus"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        QCoreApplication::installTranslator(&m_chinese);
        const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
        m_authority = sealAuthority();
        m_seal = officeSeal(m_authority);
        QVERIFY(!m_seal.privateKeyPem.isEmpty());
    }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void theSealingStepSealsTheDocumentInItsTransaction()
    {
        sealAsClerk();
        const LoadedDocument after = load();
        QCOMPARE(after.dispatch.stage, DispatchStage::Distributing);
        QVERIFY(after.document.seal.sealed);
        QCOMPARE(after.document.seal.sealId, m_seal.sealId);
        QVERIFY(after.document.seal.signature.contains(QStringLiteral("signature")));
        auto verification
            = SealVerifier::verify(after.document, m_authority.certificatePem, m_seal.organisationId);
        GD_VERIFY(verification);
        QCOMPARE(verification->status, SealStatus::Valid);
        QCOMPARE(verification->record.signerName, QStringLiteral("王芳"));
        QCOMPARE(verification->record.signedAt, SealedAt);
        // The step, the seal and its audit entry went in together.
        auto entries = m_fixture.context().audit().entries();
        GD_VERIFY(entries);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [](const AuditEntry &entry) {
            return entry.event == QStringLiteral("documents.seal") && entry.subject == Id;
        }));
    }

    void withoutASealTheStepIsRefusedAndSaysWhatToDo()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeAt(DispatchStage::Sealing);
        auto refused = DocumentHandling::completeDispatch(m_fixture.context(), load(), {}, SealedAt);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("本机没有本单位的电子印章")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("签发人")));
        QVERIFY(refused.error().message.contains(QStringLiteral("同步")));
        const LoadedDocument after = load();
        QCOMPARE(after.dispatch.stage, DispatchStage::Sealing); // nothing written
        QVERIFY(after.document.seal.signature.isEmpty());

        // Through the view: the real button, and the refusal in the banner.
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(Id));
        QPushButton *seal = view.findChild<QPushButton *>(QStringLiteral("stepComplete"));
        QVERIFY(seal);
        seal->click();
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Sealing);
        const QList<QLabel *> labels = view.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisibleTo(label->window())
                   && label->text().contains(QStringLiteral("本机没有本单位的电子印章"));
        }));
    }

    void anotherOrganisationsSealIsRefused()
    {
        SealKeyMaterial foreign = m_seal;
        foreign.organisationId = QStringLiteral("gx-lz-water");
        foreign.sealName = QStringLiteral("柳州市水利局");
        GD_VERIFY(SealKeyStore::store(m_fixture.context().database(), foreign));
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeAt(DispatchStage::Sealing);
        auto refused = DocumentHandling::completeDispatch(m_fixture.context(), load(), {}, SealedAt);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("柳州市水利局")));
    }

    void theViewShowsAValidSealInGreen()
    {
        sealAsClerk();
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(Id));
        SealStatusLabel *label = sealLabel(view);
        QVERIFY(label && !label->isHidden());
        QCOMPARE(label->status(), SealStatus::Valid);
        QVERIFY2(label->text().startsWith(QStringLiteral("电子印章有效：柳州市人民政府办公室，王芳于")),
                 qPrintable(label->text()));
        QVERIFY(label->styleSheet().contains(QStringLiteral("#1e6b34")));
        // The seal is pressed over the signature block of the page on screen, as on paper.
        const auto *preview = view.findChild<DocumentPreview *>(QStringLiteral("documentPreview"));
        QVERIFY(preview);
        bool sealed = false;
        for (const Page::ComposedPage &page : preview->pages()) {
            for (const Page::PlacedSeal &seal : page.seals)
                sealed = sealed || seal.organisation == QStringLiteral("柳州市人民政府办公室");
        }
        QVERIFY(sealed);
    }

    void oneChangedCharacterInTheBodyShowsAsTampered()
    {
        sealAsClerk();
        OfficialDocument changed = load().document;
        changed.body.replace(QStringLiteral("春季"), QStringLiteral("秋季")); // one character
        writeAt(DispatchStage::Distributing, changed);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(Id));
        SealStatusLabel *label = sealLabel(view);
        QCOMPARE(label->status(), SealStatus::Tampered);
        QVERIFY2(label->text().contains(QStringLiteral("已被篡改")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("正文")));
        QVERIFY(!label->text().contains(QStringLiteral("标题")));
        QVERIFY(label->styleSheet().contains(QStringLiteral("#b3261e")));

        // Flagged in the list too (待办: the document waits at 分发).
        GD_VERIFY(m_fixture.context().projections().catchUp());
        QVERIFY(listRow().sealChanged);
        DocumentListModel model(m_fixture.context());
        model.setFilter({.list = DocumentList::Pending});
        const int row = model.rowOf(Id);
        QVERIFY(row >= 0);
        const QModelIndex title = model.index(row, DocumentListModel::TitleColumn);
        QVERIFY2(model.data(title).toString().startsWith(QStringLiteral("【已被篡改】")),
                 qPrintable(model.data(title).toString()));
        QVERIFY(model.data(title, Qt::ForegroundRole).isValid());
    }

    void anUntouchedSealedDocumentIsNotFlaggedInTheList()
    {
        sealAsClerk();
        GD_VERIFY(m_fixture.context().projections().catchUp());
        QVERIFY(!listRow().recordId.isEmpty());
        QVERIFY(!listRow().sealChanged);
    }

    void aSealUnderAnotherAuthorityShowsACertificateProblem()
    {
        sealAsClerk();
        GD_VERIFY(
            SealKeyStore::storeAuthority(m_fixture.context().database(), sealAuthority().certificatePem));
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(Id));
        SealStatusLabel *label = sealLabel(view);
        QCOMPARE(label->status(), SealStatus::CertificateInvalid);
        QVERIFY2(label->text().contains(QStringLiteral("证书无效")), qPrintable(label->text()));
    }

    void anUnsealedDocumentShowsNoSealStatus()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeAt(DispatchStage::Registering);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(Id));
        QVERIFY(sealLabel(view)->isHidden());
    }

    void aDemoProfileWithoutASealGetsOneAtTheSealingStep()
    {
        // A demo profile from before demo seals: no seal, no sync; 用印 still works.
        QTemporaryDir dir;
        ProfileRepository profiles(dir.path());
        auto demo = profiles.ensureDemo();
        GD_VERIFY(demo);
        Session session(profiles);
        GD_VERIFY(session.unlock(demo->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase)));
        ObjectPool pool;
        ModuleMetadata metadata;
        metadata.id = QStringLiteral("documents");
        ModuleContext context(metadata, session, pool);
        QVERIFY(context.isDemo());
        GD_VERIFY(context.migrate(DocumentsListTable::migrations()));
        GD_VERIFY(DocumentsRecords::declare(context));
        DispatchState state;
        state.stage = DispatchStage::Sealing;
        GD_VERIFY(DocumentsRecords::saveDocument(context, Id, fireNotice(), state));
        auto loaded = DocumentHandling::load(context, Id);
        GD_VERIFY(loaded);
        GD_VERIFY(DocumentHandling::completeDispatch(context, *loaded, {}, QDateTime::currentDateTimeUtc()));
        auto after = DocumentHandling::load(context, Id);
        GD_VERIFY(after);
        QVERIFY(DemoSeals::isDemoSeal(after->document.seal.sealId));
        auto authority = SealKeyStore::authority(context.database());
        GD_VERIFY(authority);
        auto verification = SealVerifier::verify(after->document, *authority);
        GD_VERIFY(verification);
        QCOMPARE(verification->status, SealStatus::Valid);
    }

    void theDemoHasItsOwnSealsAndSealsItsDocuments()
    {
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), QDateTime::currentDateTime()));
        auto key = SealKeyStore::load(m_fixture.context().database());
        GD_VERIFY(key);
        QVERIFY(key->has_value());
        QVERIFY(DemoSeals::isDemoSeal((*key)->sealId));
        QCOMPARE((*key)->sealName, QStringLiteral("柳州市人民政府办公室"));
        auto records = m_fixture.context().records().query(
            {.collection = QString::fromLatin1(DocumentCollection), .limit = 100});
        GD_VERIFY(records);
        int valid = 0;
        for (const SyncRecord &record : *records) {
            const OfficialDocument document = OfficialDocument::fromPayload(record.payload);
            if (!document.seal.sealed)
                continue;
            auto verification = SealVerifier::verify(document, (*key)->authorityCertificatePem);
            GD_VERIFY(verification);
            QCOMPARE(verification->status, SealStatus::Valid);
            ++valid;
        }
        QVERIFY2(valid >= 10, qPrintable(QString::number(valid)));

        // A trainer seals a demo document at 用印; the view says it is a demo seal.
        const QString waiting = QStringLiteral("demo-doc-18"); // 做好强降雨天气防范应对工作, at 用印
        auto loaded = DocumentHandling::load(m_fixture.context(), waiting);
        GD_VERIFY(loaded);
        QCOMPARE(loaded->dispatch.stage, DispatchStage::Sealing);
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), *loaded, {},
                                                     QDateTime::currentDateTimeUtc()));
        DocumentView view(m_fixture.context());
        view.resize(1400, 900);
        QVERIFY(view.showDocument(waiting));
        SealStatusLabel *label = sealLabel(view);
        QCOMPARE(label->status(), SealStatus::Valid);
        QVERIFY2(label->text().contains(QStringLiteral("演示印章")), qPrintable(label->text()));

        // The screenshot of the user guide (GOVDESK_SCREENSHOT_DIR, as tst_documentspage).
        const QString directory = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!directory.isEmpty()) {
            QVERIFY(QDir().mkpath(directory));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::processEvents();
            // Down to the signature block, where the seal is.
            auto *preview = view.findChild<DocumentPreview *>(QStringLiteral("documentPreview"));
            preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            const QString path = QDir(directory).filePath(QStringLiteral("documents-sealed.png"));
            QVERIFY2(view.grab().save(path), qPrintable(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestDocumentSeal)
#include "tst_documentseal.moc"
