// Tests DocumentView on a real encrypted profile: exactly the steps the account's roles allow,
// the reason or opinion asked where the step needs one, and the history it leaves.
#include "DocumentPreview.h"
#include "DocumentSamples.h"
#include "DocumentView.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "module/ModuleRecords.h"
#include "sync/OrganisationDirectory.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;

class TestDocumentView : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;
    QList<PromptRequest> m_asked;

    // A document of the office waiting at `stage`.
    void writeAt(const QString &id, DispatchStage stage)
    {
        DispatchState state;
        state.stage = stage;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), id, GovDesk::Test::fireNotice(), state));
    }

    void writeArrivalAt(const QString &id, ReceiptStage stage)
    {
        DispatchState sent;
        sent.stage = DispatchStage::Distributed;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), id, GovDesk::Test::fireNotice(), sent));
        ReceiptState state;
        state.stage = stage;
        GD_VERIFY(DocumentsRecords::saveIncoming(m_fixture.context(), id, state));
    }

    static QStringList buttonNames(const DocumentView &view)
    {
        QStringList names;
        for (const QPushButton *button : view.stepButtons())
            names.append(button->objectName());
        return names;
    }

    static QPushButton *button(const DocumentView &view, const QString &name)
    {
        for (QPushButton *each : view.stepButtons()) {
            if (each->objectName() == name)
                return each;
        }
        return nullptr;
    }

    void answer(DocumentView &view, const QString &text)
    {
        view.setPrompt([this, text](QWidget *, const PromptRequest &request) -> std::optional<QString> {
            m_asked.append(request);
            return text;
        });
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init()
    {
        m_fixture.open();
        m_asked.clear();
    }
    void cleanup() { m_fixture.close(); }

    void theDeliveryTableNamesTheRecipients()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        GD_VERIFY(OrganisationDirectory(m_fixture.session().database())
                      .replace({{QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")}}));
        DispatchState sent;
        sent.stage = DispatchStage::Distributed;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("doc-1"), GovDesk::Test::fireNotice(),
                                                 sent, {QStringLiteral("gx-lz-forestry"), QStringLiteral("gx-lz-water")}));
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        auto *deliveries = view.findChild<QTreeWidget *>(QStringLiteral("documentDeliveries"));
        QVERIFY(deliveries);
        QCOMPARE(deliveries->topLevelItemCount(), 2);
        QCOMPARE(deliveries->topLevelItem(0)->text(0), QStringLiteral("柳州市林业和园林局"));
        // Not (or no longer) in the directory: the id, never a blank.
        QCOMPARE(deliveries->topLevelItem(1)->text(0), QStringLiteral("gx-lz-water"));
    }

    void aClerkWithoutTheSigningRoleGetsNoSignButton()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeAt(QStringLiteral("doc-1"), DispatchStage::Signing);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        QVERIFY(!buttonNames(view).contains(QStringLiteral("stepComplete")));
        // Returning is everyone's: the returns are offered, with the earlier steps.
        QPushButton *returns = button(view, QStringLiteral("stepReturn"));
        QVERIFY(returns && returns->menu());
        QCOMPARE(returns->menu()->actions().size(), 2); // 拟稿, 核稿
    }

    void aSignatorySignsWithAnOpinion()
    {
        m_fixture.signIn(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {QStringLiteral("signer")});
        writeAt(QStringLiteral("doc-1"), DispatchStage::Signing);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        QPushButton *sign = button(view, QStringLiteral("stepComplete"));
        QVERIFY(sign);
        answer(view, QStringLiteral("同意印发。"));
        QTest::mouseClick(sign, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().required);
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Checking);
        QVERIFY(view.loaded().dispatch.signedOff);
        QCOMPARE(view.loaded().dispatch.history.constLast().opinion, QStringLiteral("同意印发。"));
        QCOMPARE(view.loaded().dispatch.history.constLast().name, QStringLiteral("张伟"));
        auto *history = view.findChild<QTreeWidget *>(QStringLiteral("documentHistory"));
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("同意印发。"));
    }

    void registeringAsksForTheSeriesAndQueuesTheNumber()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        OfficialDocument pending = GovDesk::Test::fireNotice();
        pending.documentNumber.clear();
        DispatchState state;
        state.stage = DispatchStage::Registering;
        state.signedOff = true;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("doc-1"), pending, state));
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        QPushButton *registerButton = button(view, QStringLiteral("stepComplete"));
        QVERIFY(registerButton);
        answer(view, QStringLiteral("柳政办发"));
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().label.contains(QStringLiteral("柳政办发")));
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Sealing);
        QVERIFY(view.loaded().document.isPendingNumber()); // 「待编号」 until the next sync
        auto request = m_fixture.context().records().numberRequest(QStringLiteral("documents.document"),
                                                                   QStringLiteral("doc-1"));
        GD_VERIFY(request);
        QVERIFY(request->has_value());
        QCOMPARE((*request)->series, QStringLiteral("柳政办发"));
    }

    void returningAsksForTheReason()
    {
        m_fixture.signIn(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {QStringLiteral("signer")});
        writeAt(QStringLiteral("doc-1"), DispatchStage::Reviewing);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        QAction *toDraft = view.findChild<QAction *>(QStringLiteral("stepReturn-拟稿"));
        QVERIFY(toDraft);
        // Cancelled: nothing happens.
        view.setPrompt([](QWidget *, const PromptRequest &) { return std::optional<QString>(); });
        toDraft->trigger();
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Reviewing);
        answer(view, QStringLiteral("附件说明与附件不一致。"));
        view.findChild<QAction *>(QStringLiteral("stepReturn-拟稿"))->trigger();
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Drafting);
        QCOMPARE(view.loaded().dispatch.history.constLast().reason, QStringLiteral("附件说明与附件不一致。"));
        QVERIFY(buttonNames(view).contains(QStringLiteral("stepEdit")));
    }

    void anArrivalIsSignedForOrSentBack()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeArrivalAt(QStringLiteral("in-1"), ReceiptStage::SigningFor);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("in-1")));
        QCOMPARE(buttonNames(view), (QStringList{QStringLiteral("stepSignFor"), QStringLiteral("stepSendBack")}));
        QTest::mouseClick(button(view, QStringLiteral("stepSignFor")), Qt::LeftButton);
        QCOMPARE(view.loaded().receipt->stage, ReceiptStage::Registering);
        QCOMPARE(view.loaded().receipt->receivedBy, QStringLiteral("王芳"));
        // The 回执 goes back to the sender.
        auto receipts = m_fixture.context().records().query({.collection = QStringLiteral("documents.receipt")});
        GD_VERIFY(receipts);
        QCOMPARE(receipts->size(), 1);
        QCOMPARE(receipts->first().payload.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    }

    void onlyALeaderInstructs()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        writeArrivalAt(QStringLiteral("in-1"), ReceiptStage::Instructing);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("in-1")));
        QVERIFY(!buttonNames(view).contains(QStringLiteral("stepComplete")));
        QVERIFY(buttonNames(view).contains(QStringLiteral("stepCirculate")));

        m_fixture.signIn(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {QStringLiteral("leader")});
        QVERIFY(view.showDocument(QStringLiteral("in-1")));
        QPushButton *instruct = button(view, QStringLiteral("stepComplete"));
        QVERIFY(instruct);
        answer(view, QStringLiteral("请市水利局牵头办理。"));
        QTest::mouseClick(instruct, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(view.loaded().receipt->stage, ReceiptStage::Handling);
        QCOMPARE(view.loaded().receipt->history.constLast().opinion, QStringLiteral("请市水利局牵头办理。"));
    }

    void thePreviewShowsTheRedHeader()
    {
        writeAt(QStringLiteral("doc-1"), DispatchStage::Distributing);
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("doc-1")));
        const auto *preview = view.findChild<DocumentPreview *>(QStringLiteral("documentPreview"));
        QVERIFY(preview && !preview->pages().isEmpty());
        QStringList texts;
        for (const Page::ComposedPage &page : preview->pages()) {
            for (const Page::PlacedText &text : page.texts)
                texts << text.text;
        }
        QVERIFY(texts.contains(QStringLiteral("柳州市人民政府办公室文件")));
        QVERIFY(texts.contains(QStringLiteral("柳政办发〔2026〕12号")));
        QVERIFY(texts.contains(QStringLiteral("2026年2月27日")));
        QVERIFY(texts.contains(QStringLiteral("附件：")));
        QVERIFY(texts.contains(QStringLiteral("柳州市春季森林防火值班表")));
        for (const Page::PlacedText &text : preview->pages().first().texts) {
            if (text.text == QStringLiteral("柳州市人民政府办公室文件"))
                QCOMPARE(text.color, Page::Red);
        }
    }

    void thePreviewTakesTheOrganisationsTemplateForTheType()
    {
        // Signed in at the office, whose directory entry has a letter template in dark red and
        // none for 通知: a 函 is laid out on the template, a 通知 on its own mark.
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        RedHeaderTemplate letter = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室"));
        letter.colour = QStringLiteral("#A00000");
        GD_VERIFY(OrganisationDirectory(m_fixture.session().database())
                      .replace({{m_fixture.context().account().organisationId, QStringLiteral("柳州市人民政府办公室"),
                                 {letter}}}));
        OfficialDocument document = GovDesk::Test::waterLetter();
        document.issuerMark = QStringLiteral("旧的发文机关标志");
        DispatchState state;
        state.stage = DispatchStage::Drafting;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("letter-1"), document, state));
        DocumentView view(m_fixture.context());
        QVERIFY(view.showDocument(QStringLiteral("letter-1")));
        const auto *preview = view.findChild<DocumentPreview *>(QStringLiteral("documentPreview"));
        const Page::ComposedPage &first = preview->pages().first();
        QCOMPARE(first.number, 0);
        QCOMPARE(first.rules.size(), 4); // the two red double lines of the 信函格式
        QCOMPARE(first.rules.first().color, QColor(QStringLiteral("#A00000")));
        QStringList texts;
        for (const Page::PlacedText &text : first.texts)
            texts << text.text;
        QVERIFY(texts.contains(QStringLiteral("柳州市人民政府办公室")));
        QVERIFY(!texts.contains(QStringLiteral("旧的发文机关标志")));

        document.type = DocumentType::Notice;
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("notice-1"), document, state));
        QVERIFY(view.showDocument(QStringLiteral("notice-1")));
        texts.clear();
        for (const Page::PlacedText &text : preview->pages().first().texts)
            texts << text.text;
        QVERIFY(texts.contains(QStringLiteral("旧的发文机关标志")));
    }
};

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
