// Tests DocumentsPage on a real encrypted profile: a whole 发文 walked through the page's own
// form and buttons, the lists' empty states, the unsaved-draft veto, and the demo lists (with
// screenshots on request: GOVDESK_SCREENSHOT_DIR).
#include "InterfaceFont.h"
#include "DocumentListModel.h"
#include "DocumentView.h"
#include "DocumentsChinese.h"
#include "DocumentsDemoData.h"
#include "DocumentsPage.h"
#include "DocumentsUiFixture.h"
#include "DraftForm.h"
#include "EmptyState.h"
#include "SealSamples.h"
#include "audit/AuditLog.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleRecords.h"
#include "session/Session.h"
#include "todo/TodoService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QInputMethodEvent>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;

namespace {
// Chinese reaches a field through the input method, as on a clerk's desktop (keyClicks types ASCII only).
void typeText(QWidget *field, const QString &text)
{
    field->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}
} // namespace

class TestDocumentsPage : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;
    QTranslator m_release; // the real zh_CN .qm for screenshots, when GOVDESK_SCREENSHOT_QM names one

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }

    static QPushButton *stepButton(DocumentView &view)
    {
        for (QPushButton *button : view.stepButtons()) {
            if (button->objectName() == QStringLiteral("stepComplete"))
                return button;
        }
        return nullptr;
    }

    void screenshot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        // Let pending layouts settle: a grab right after show() may catch them half done.
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCoreApplication::processEvents();
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        QCoreApplication::installTranslator(&m_chinese);
        const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
    }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void anEmptyListSaysWhy()
    {
        DocumentsPage page(m_fixture.context());
        page.show();
        auto *empty = child<GovDesk::Ui::EmptyState>(page, "documentsEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(!child<QTreeView>(page, "documentTable")->isVisible());
    }

    void aWholeDispatchThroughThePage()
    {
        m_fixture.signIn(QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                         {QStringLiteral("leader"), QStringLiteral("reviewer"), QStringLiteral("signer")});
        // The organisation's seal, as a signatory's sync brings it: 用印 signs with it.
        GD_VERIFY(SealKeyStore::store(m_fixture.context().database(),
                                      GovDesk::Test::officeSeal(GovDesk::Test::sealAuthority(),
                                                                QDateTime::currentDateTimeUtc().addDays(-1))));
        DocumentsPage page(m_fixture.context());
        page.resize(1280, 860);
        page.show();
        page.newDocument();
        DraftForm &form = *page.draftForm();
        QVERIFY(form.isVisible());
        typeText(child<QLineEdit>(form, "draftIssuerMark"), QStringLiteral("柳州市人民政府办公室文件"));
        typeText(child<QLineEdit>(form, "draftTitle"),
                         QStringLiteral("柳州市人民政府办公室关于做好城市防洪排涝工作的通知"));
        QVERIFY(page.hasUnsavedDraft()); // what canClose() vetoes
        typeText(child<QLineEdit>(form, "draftMainRecipients"), QStringLiteral("各县、区人民政府，市直各有关单位"));
        child<QPlainTextEdit>(form, "draftBody")->setPlainText(
            QStringLiteral("入汛以来，我市降雨偏多。各地要全面排查城区易涝点，落实排涝设备和抢险队伍。"));
        // Prefilled from the account's organisation.
        QCOMPARE(child<QLineEdit>(form, "draftIssuerName")->text(), QStringLiteral("柳州市人民政府办公室"));
        typeText(child<QLineEdit>(form, "draftNumber"), QStringLiteral("柳政办发〔2026〕21号"));
        child<QDateEdit>(form, "draftIssuedOn")->setDate(QDate(2026, 5, 18));
        screenshot(page, "documents-draft.png");

        QTest::mouseClick(child<QPushButton>(form, "draftSubmit"), Qt::LeftButton);
        QVERIFY(!page.hasUnsavedDraft());
        DocumentView &view = *page.documentView();
        QVERIFY(view.isVisible());
        QCOMPARE(view.loaded().dispatch.stage, DispatchStage::Reviewing);
        view.setPrompt([](QWidget *, const PromptRequest &) { return std::optional<QString>(QStringLiteral("同意。")); });

        // 核稿 → 签发 → 复核 → 登记 → 用印 → 分发, each by the page's own button.
        for (DispatchStage expected : {DispatchStage::Signing, DispatchStage::Checking, DispatchStage::Registering,
                                       DispatchStage::Sealing, DispatchStage::Distributing, DispatchStage::Distributed}) {
            QPushButton *next = stepButton(view);
            QVERIFY2(next, qPrintable(dispatchStageName(view.loaded().dispatch.stage)));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(view.loaded().dispatch.stage, expected);
        }
        QVERIFY(view.stepButtons().isEmpty() || !stepButton(view));
        QCOMPARE(view.loaded().dispatch.history.size(), 7);
        QVERIFY(view.loaded().dispatch.signedOff);

        // In 已发, and no longer a to-do; signing and sending are in the audit log.
        page.showList(DocumentList::Sent);
        QCOMPARE(page.listModel()->totalCount(), 1);
        QCOMPARE(page.listModel()->document(0).number, QStringLiteral("柳政办发〔2026〕21号"));
        auto todos = m_fixture.session().todos().openItems({QStringLiteral("documents")});
        GD_VERIFY(todos);
        QVERIFY(todos->isEmpty());
        auto entries = m_fixture.session().audit().entries();
        GD_VERIFY(entries);
        QStringList events;
        for (const AuditEntry &entry : *entries)
            events.append(entry.event);
        QVERIFY2(events.contains(QStringLiteral("documents.sign")), qPrintable(events.join(QLatin1Char(','))));
        QVERIFY(events.contains(QStringLiteral("documents.send")));
        QVERIFY(events.contains(QStringLiteral("documents.seal")));
    }

    void theDemoListsAreFull()
    {
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), QDateTime::currentDateTime()));
        // Seeding again adds nothing.
        GD_VERIFY(seedDemoDocuments(m_fixture.context(), QDateTime::currentDateTime()));
        QCOMPARE(m_fixture.context().records().count({.collection = QStringLiteral("documents.document")}).value_or(0),
                 int(demoDocuments(QDateTime::currentDateTime()).size()));
        DocumentsPage page(m_fixture.context());
        page.resize(1280, 760);
        page.show();
        page.showList(DocumentList::Pending);
        QVERIFY(page.listModel()->totalCount() > 20);
        QVERIFY(page.listModel()->overdueCount() > 0);
        QVERIFY(child<QTreeView>(page, "documentTable")->isVisible());
        // The count beside the list's name.
        QVERIFY(child<QListWidget>(page, "documentLists")->item(0)->text().contains(
            QString::number(page.listModel()->totalCount())));
        screenshot(page, "documents-list.png");

        // A 收文 at 批办 with its history, and a sent one with its recipients.
        QVERIFY(page.openDocument(QStringLiteral("demo-doc-22")));
        screenshot(page, "documents-view.png");
        QVERIFY(page.openDocument(QStringLiteral("demo-doc-36")));
        QCOMPARE(page.documentView()->loaded().receipt->stage, ReceiptStage::Instructing);
        screenshot(page, "documents-view-incoming.png");
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
