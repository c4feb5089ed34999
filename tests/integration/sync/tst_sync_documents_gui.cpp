// A 公文 drafted and sent through the real page — the draft form's fields, the 主送 picked from
// the directory's menu, the view's step buttons — on real encrypted profiles that sync with the
// real govdesk-syncd over HTTPS: 登记 gets its number from the server, 用印 uses the seal key the
// sync brought, 分发 reaches 柳州市林业和园林局, whose clerk signs for it on her own page, and the
// sender's delivery table then shows 已签收 with her name.
#include "InterfaceFont.h"
#include "DocumentHandling.h"
#include "DocumentsModuleSetup.h"
#include "DocumentListModel.h"
#include "DocumentView.h"
#include "DocumentsList.h"
#include "DocumentsPage.h"
#include "DocumentsRecords.h"
#include "DraftForm.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"
#include "module/ModuleMetadata.h"
#include "module/ObjectPool.h"
#include "sync/RecordStore.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Test;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");

// Chinese reaches a field through the input method, as on a clerk's desktop (keyClicks types ASCII only).
void typeText(QWidget *field, const QString &text)
{
    field->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// With GOVDESK_SCREENSHOT_DIR set, the page as the user sees it (docs/screenshots).
void screenshot(QWidget &page, const char *name)
{
    const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    if (!page.grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
}

QPushButton *stepButton(DocumentView &view, const QString &name)
{
    for (QPushButton *button : view.stepButtons()) {
        if (button->objectName() == name)
            return button;
    }
    return nullptr;
}

// An office's desktop: a synced profile and the 公文 page on its module context.
struct Desk
{
    std::unique_ptr<SyncedProfile> profile;
    ObjectPool pool;
    std::unique_ptr<ModuleContext> context;
    std::unique_ptr<DocumentsPage> page;

    // One sync run that completes with nothing refused, then what the module does after a sync.
    [[nodiscard]] bool sync()
    {
        auto summary = profile->sync();
        if (!summary || !summary->completed() || summary->rejected > 0) {
            qWarning() << "sync:" << (summary ? describe(*summary) : summary.error().fullText());
            return false;
        }
        DocumentHandling::settle(*context);
        page->refresh();
        return true;
    }
};

} // namespace

class TestSyncDocumentsGui : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    QTranslator m_release; // the real zh_CN .qm for screenshots, when GOVDESK_SCREENSHOT_QM names one
    std::unique_ptr<Desk> m_director; // 张伟 of 柳州市人民政府办公室 (signer)
    std::unique_ptr<Desk> m_deputy;   // 刘洋 of the same office (signer)
    std::unique_ptr<Desk> m_forestry; // 陈静 of 柳州市林业和园林局 (clerk)

    std::unique_ptr<Desk> desk(const QString &user)
    {
        auto desk = std::make_unique<Desk>();
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("公文界面-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        desk->profile = std::move(*profile);
        desk->profile->session().reloadAccount();
        auto context = openDocumentsModule(desk->profile->session(), desk->pool);
        if (!context)
            qFatal("documents module set-up failed: %s", qPrintable(context.error().fullText()));
        desk->context = std::move(*context);
        desk->page = std::make_unique<DocumentsPage>(*desk->context);
        desk->page->resize(1280, 860);
        desk->page->show();
        return desk;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        // Before the pages exist: their labels are translated when they are made.
        const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
        QVERIFY(m_dir.isValid());
        QList<SyncServerFixture::User> users = SyncServerFixture::defaultUsers();
        // 办公室 directors who draft, review and sign: one desktop walks the whole 发文.
        for (const auto &[id, name] : {std::pair{"zhangwei", "张伟"}, std::pair{"liuyang", "刘洋"}}) {
            users.append({QString::fromLatin1(id),
                          QString::fromUtf8(name),
                          Gov,
                          {QStringLiteral("clerk"), QStringLiteral("reviewer"), QStringLiteral("signer")},
                          QString::fromUtf8(SyncServerFixture::DefaultPassword)});
        }
        GD_VERIFY(m_server.setUp(SyncServerFixture::defaultOrganisations(), users));
        GD_VERIFY(m_server.admin({QStringLiteral("seal"), QStringLiteral("issue"), Gov}));
        m_director = desk(QStringLiteral("zhangwei"));
        m_deputy = desk(QStringLiteral("liuyang"));
        m_forestry = desk(QStringLiteral("chenjing"));
    }

    void draftedSentAndSignedForThroughThePages()
    {
        Desk &sender = *m_director;
        Desk *forestry = m_forestry.get();
        QVERIFY(sender.sync()); // the directory and the organisation's seal key arrive

        // 拟稿 in the form; 主送 picked from the directory's menu.
        DocumentsPage &page = *sender.page;
        page.newDocument();
        DraftForm &form = *page.draftForm();
        QVERIFY(form.isVisible());
        typeText(child<QLineEdit>(form, "draftIssuerMark"), QStringLiteral("柳州市人民政府办公室文件"));
        typeText(child<QLineEdit>(form, "draftTitle"),
                 QStringLiteral("柳州市人民政府办公室关于做好2026年冬季森林防火工作的通知"));
        QMenu *menu = child<QToolButton>(form, "draftMainRecipientsPick")->menu();
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QAction *pick = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("柳州市林业和园林局"))
                pick = action;
        }
        QVERIFY2(pick, "the directory from the server is offered in the 主送 menu");
        pick->trigger();
        child<QPlainTextEdit>(form, "draftBody")
            ->setPlainText(
                QStringLiteral("各单位要压实森林防火责任，加强野外火源管控，确保不发生重大森林火灾。"));
        child<QDateEdit>(form, "draftIssuedOn")->setDate(QDate(2026, 12, 4));
        QTest::mouseClick(child<QPushButton>(form, "draftSubmit"), Qt::LeftButton);
        DocumentView &view = *page.documentView();
        QVERIFY(view.isVisible());
        const QString id = view.loaded().recordId;
        QVERIFY(!id.isEmpty());
        view.setPrompt([](QWidget *, const PromptRequest &request) -> std::optional<QString> {
            return request.label.contains(QStringLiteral("柳政办发")) ? QStringLiteral("柳政办发")
                                                                      : QStringLiteral("同意。");
        });

        // 核稿 → 签发 → 复核 → 登记: the buttons of the view.
        for (DispatchStage expected : {DispatchStage::Signing, DispatchStage::Checking,
                                       DispatchStage::Registering, DispatchStage::Sealing}) {
            QPushButton *next = stepButton(view, QStringLiteral("stepComplete"));
            QVERIFY2(next, qPrintable(dispatchStageName(view.loaded().dispatch.stage)));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(view.loaded().dispatch.stage, expected);
        }
        QVERIFY(view.loaded().document.isPendingNumber()); // 「待编号」 until the server numbers it
        QVERIFY(sender.sync());
        QVERIFY(page.openDocument(id));
        QCOMPARE(view.loaded().document.documentNumber, QStringLiteral("柳政办发〔2026〕1号"));

        // 用印 with the key the sync brought, then 分发.
        for (DispatchStage expected : {DispatchStage::Distributing, DispatchStage::Distributed}) {
            QPushButton *next = stepButton(view, QStringLiteral("stepComplete"));
            QVERIFY2(next, qPrintable(dispatchStageName(view.loaded().dispatch.stage)));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(view.loaded().dispatch.stage, expected);
        }
        QVERIFY(view.loaded().document.seal.sealed);
        QCOMPARE(view.loaded().recipients, QStringList{Forestry});
        QVERIFY(sender.sync());

        // B: the arrival is in 收文 at 待签收; 签收 on her page sends the 回执.
        QVERIFY(forestry->sync());
        forestry->page->showList(DocumentList::Incoming);
        QCOMPARE(forestry->page->listModel()->totalCount(), 1);
        screenshot(*forestry->page, "documents-incoming.png");
        QVERIFY(forestry->page->openDocument(id));
        DocumentView &arrival = *forestry->page->documentView();
        QCOMPARE(arrival.loaded().document.documentNumber, QStringLiteral("柳政办发〔2026〕1号"));
        QPushButton *signFor = stepButton(arrival, QStringLiteral("stepSignFor"));
        QVERIFY(signFor);
        QTest::mouseClick(signFor, Qt::LeftButton);
        QCOMPARE(arrival.loaded().receipt->stage, ReceiptStage::Registering);
        QVERIFY(forestry->sync());

        // A: the delivery table says who signed for it.
        QVERIFY(sender.sync());
        QVERIFY(page.openDocument(id));
        auto *deliveries = view.findChild<QTreeWidget *>(QStringLiteral("documentDeliveries"));
        QVERIFY(deliveries);
        QCOMPARE(deliveries->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = deliveries->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("柳州市林业和园林局"));
        QVERIFY2(row->text(1) == deliveryStateName(DeliveryState::SignedFor), qPrintable(row->text(1)));
        QStringList cells;
        for (int column = 0; column < row->columnCount(); ++column)
            cells << row->text(column);
        QVERIFY2(cells.join(QLatin1Char('|')).contains(QStringLiteral("陈静")),
                 qPrintable(cells.join(QLatin1Char('|'))));
        screenshot(page, "documents-delivery.png");
    }

    void twoSignersAtOnceMakeAVisibleConflict()
    {
        // A 通知 at 签发, seen by both signatories' desktops.
        OfficialDocument notice;
        notice.issuerMark = QStringLiteral("柳州市人民政府办公室文件");
        notice.type = DocumentType::Notice;
        notice.title = QStringLiteral("柳州市人民政府办公室关于开展古树名木普查的通知");
        notice.mainRecipients = {QStringLiteral("各县、区人民政府")};
        notice.body = QStringLiteral("请各地于本月底前完成辖区内古树名木的普查登记。");
        notice.issuerName = QStringLiteral("柳州市人民政府办公室");
        notice.issuedOn = QDate(2026, 12, 4);
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(DocumentsRecords::saveDocument(*m_director->context, id, notice, DispatchState{}));
        for (int step = 0; step < 2; ++step) // 拟稿, 核稿
            GD_VERIFY(DocumentHandling::completeDispatch(*m_director->context,
                                                         *DocumentHandling::load(*m_director->context, id),
                                                         {}, QDateTime::currentDateTimeUtc()));
        QVERIFY(m_director->sync());
        QVERIFY(m_deputy->sync());

        // Both act offline at the same time: 张伟 signs it, 刘洋 returns it to 核稿.
        QVERIFY(m_director->page->openDocument(id));
        DocumentView &signing = *m_director->page->documentView();
        signing.setPrompt([](QWidget *, const PromptRequest &) {
            return std::optional<QString>(QStringLiteral("同意。"));
        });
        QTest::mouseClick(stepButton(signing, QStringLiteral("stepComplete")), Qt::LeftButton);
        QCOMPARE(signing.loaded().dispatch.stage, DispatchStage::Checking);
        QVERIFY(m_deputy->page->openDocument(id));
        DocumentView &returning = *m_deputy->page->documentView();
        const QString reason = QStringLiteral("第二段的时限请与林业局商定后再签。");
        returning.setPrompt(
            [reason](QWidget *, const PromptRequest &) { return std::optional<QString>(reason); });
        QPushButton *returnButton = stepButton(returning, QStringLiteral("stepReturn"));
        QVERIFY(returnButton && returnButton->menu() && !returnButton->menu()->actions().isEmpty());
        returnButton->menu()->actions().first()->trigger();
        QCOMPARE(returning.loaded().dispatch.stage, DispatchStage::Reviewing);

        // 张伟's step reaches the server first; 刘洋's meets it there.
        QVERIFY(m_director->sync());
        auto summary = m_deputy->profile->sync();
        GD_VERIFY(summary);
        QVERIFY(summary->completed());
        QCOMPARE(summary->conflicts, 1);
        DocumentHandling::settle(*m_deputy->context);

        // Visible on his page, no further step offered, and the core refuses one too.
        QVERIFY(m_deputy->page->openDocument(id));
        QVERIFY(returning.findChild<QLabel *>(QStringLiteral("documentConflict"))->isVisible());
        QVERIFY(returning.stepButtons().isEmpty());
        screenshot(*m_deputy->page, "documents-conflict.png");
        auto refused = DocumentHandling::completeDispatch(*m_deputy->context, returning.loaded(), {},
                                                          QDateTime::currentDateTimeUtc());
        QVERIFY(!refused);
        // Nothing is lost: both versions are kept for the choice.
        auto conflicts = m_deputy->profile->records().conflicts();
        GD_VERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(DispatchState::readFrom(conflicts->first().serverPayload).stage, DispatchStage::Checking);
        QCOMPARE(DispatchState::readFrom(conflicts->first().localPayload).stage, DispatchStage::Reviewing);
        QVERIFY(QJsonDocument(conflicts->first().localPayload).toJson().contains(reason.toUtf8()));

        // He takes the signed version: the steps continue from 复核.
        GD_VERIFY(m_deputy->profile->records().resolveTakeServer(conflicts->first().id));
        QVERIFY(m_deputy->page->openDocument(id));
        QVERIFY(!returning.findChild<QLabel *>(QStringLiteral("documentConflict"))->isVisible());
        QCOMPARE(returning.loaded().dispatch.stage, DispatchStage::Checking);
        QVERIFY(stepButton(returning, QStringLiteral("stepComplete")));
    }

    void cleanupTestCase()
    {
        m_director.reset();
        m_deputy.reset();
        m_forestry.reset();
    }
};

QTEST_MAIN(TestSyncDocumentsGui)
#include "tst_sync_documents_gui.moc"
