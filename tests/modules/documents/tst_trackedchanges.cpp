// Tests 留痕 through DocumentHandling on a real encrypted profile: the draft's text is the
// baseline when it leaves 拟稿; the reviewer's and the signatory's changes are their revisions;
// 复核 cannot finish with undecided changes; a rejected change restores the text; nothing is
// changed after 复核.
#include "DocumentHandling.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "DocumentView.h"
#include "InterfaceFont.h"
#include "RevisionsPanel.h"
#include "sync/RecordStore.h"

#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTranslator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace GovDesk::Documents;

namespace {

const QDateTime At(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestTrackedChanges : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;
    QTranslator m_release; // the real zh_CN .qm for the screenshot, when GOVDESK_SCREENSHOT_QM names one

    LoadedDocument reload(const QString &id)
    {
        auto loaded = DocumentHandling::load(m_fixture.context(), id);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().fullText()));
        return *loaded;
    }

    void as(const QString &user, const QString &name, const QStringList &roles)
    {
        m_fixture.signIn(user, name, roles);
    }

private slots:
    void initTestCase()
    {
        GovDesk::Ui::useInterfaceFont();
        QCoreApplication::installTranslator(&m_chinese);
        const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
    }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void changesAreMarkedPerPersonAndDecidedBeforeRegistration()
    {
        as(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        OfficialDocument draft = GovDesk::Test::fireNotice();
        draft.body = QStringLiteral("各地要加强火源管控。");
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), id, draft, DispatchState{}));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), {}, At)); // 拟稿 → 核稿
        QCOMPARE(reload(id).dispatch.revisions.revisions().size(), 1); // the baseline

        GD_VERIFY(DocumentHandling::reviseBody(m_fixture.context(), reload(id),
                                               QStringLiteral("各地要严格加强火源管控。"), At));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), {}, At)); // 核稿 → 签发
        as(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {QStringLiteral("signer")});
        GD_VERIFY(DocumentHandling::reviseBody(m_fixture.context(), reload(id),
                                               QStringLiteral("各地要严格加强火源管控，落实责任。"), At));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id),
                                                     QStringLiteral("同意。"), At));

        LoadedDocument checking = reload(id);
        QCOMPARE(checking.dispatch.stage, DispatchStage::Checking);
        const QList<BodyRevision> &revisions = checking.dispatch.revisions.revisions();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(1).name, QStringLiteral("王芳"));
        QCOMPARE(revisions.at(2).name, QStringLiteral("张伟"));
        QCOMPARE(checking.document.body, QStringLiteral("各地要严格加强火源管控，落实责任。"));
        // The signatory's change, marked against the reviewer's text.
        const QList<DiffSegment> changes = checking.dispatch.revisions.changesOf(2);
        QVERIFY(std::ranges::any_of(changes, [](const DiffSegment &segment) {
            return segment.kind == DiffSegment::Kind::Inserted
                   && segment.text == QStringLiteral("，落实责任");
        }));

        as(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        auto early = DocumentHandling::completeDispatch(m_fixture.context(), checking, {}, At);
        QVERIFY(!early); // 复核 waits for the decisions
        GD_VERIFY(DocumentHandling::decideRevision(m_fixture.context(), reload(id), 1, true));
        GD_VERIFY(DocumentHandling::decideRevision(m_fixture.context(), reload(id), 2, false));
        const LoadedDocument decided = reload(id);
        QCOMPARE(decided.document.body, QStringLiteral("各地要严格加强火源管控。"));
        QVERIFY(!decided.dispatch.revisions.hasPending());
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), decided, {}, At)); // 复核 → 登记
        // The signed text is frozen from here.
        QVERIFY(!DocumentHandling::reviseBody(m_fixture.context(), reload(id), QStringLiteral("改"), At));
    }

    void thePanelMarksChangesAndDecidesThem()
    {
        as(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        OfficialDocument draft = GovDesk::Test::fireNotice();
        draft.body = QStringLiteral("各地要加强火源管控。");
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), id, draft, DispatchState{}));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), {}, At)); // → 核稿

        RevisionsPanel panel(m_fixture.context());
        QSignalSpy changed(&panel, &RevisionsPanel::documentChanged);
        panel.setBodyEditor([](QWidget *, const QString &) {
            return std::optional<QString>(QStringLiteral("各地要严格加强火源管控。"));
        });
        panel.setDocument(reload(id));
        auto *edit = panel.findChild<QPushButton *>(QStringLiteral("revisionEdit"));
        QVERIFY(edit->isVisibleTo(&panel));
        edit->click();
        QCOMPARE(changed.count(), 1);

        panel.setDocument(reload(id));
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("revisionList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->currentItem(), list->topLevelItem(1)); // the undecided one
        QVERIFY(panel.changesHtml(1).contains(QStringLiteral("text-decoration: underline;\">严格</span>")));
        auto *accept = panel.findChild<QPushButton *>(QStringLiteral("revisionAccept"));
        QVERIFY(accept->isEnabled());
        accept->click();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!reload(id).dispatch.revisions.hasPending());
        panel.setDocument(reload(id));
        QVERIFY(!accept->isEnabled());
    }

    // The view at 复核 with the reviewer's and the signatory's changes waiting for decisions: the
    // 留痕 tab lists them per person and marks the selected one in the text.
    void theViewShowsEachPersonsChanges()
    {
        as(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk"), QStringLiteral("reviewer")});
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        OfficialDocument draft = GovDesk::Test::fireNotice();
        draft.body = QStringLiteral("入冬以来，我市降水偏少，森林火险等级持续偏高。各地要加强火源管控，"
                                    "做好扑火准备。");
        GD_VERIFY(DocumentsRecords::saveDocument(m_fixture.context(), id, draft, DispatchState{}));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), {}, At)); // → 核稿
        GD_VERIFY(DocumentHandling::reviseBody(m_fixture.context(), reload(id),
                                               QStringLiteral("入冬以来，我市降水明显偏少，森林火险等级持续偏高。"
                                                              "各地要严格加强野外火源管控，做好扑火准备。"),
                                               At));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), {}, At)); // → 签发
        as(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {QStringLiteral("signer")});
        GD_VERIFY(DocumentHandling::reviseBody(m_fixture.context(), reload(id),
                                               QStringLiteral("入冬以来，我市降水明显偏少，森林火险等级持续偏高。"
                                                              "各地要严格加强野外火源管控，落实巡山护林责任，"
                                                              "做好扑火准备。"),
                                               At));
        GD_VERIFY(DocumentHandling::completeDispatch(m_fixture.context(), reload(id), QStringLiteral("同意。"), At));
        as(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk"), QStringLiteral("reviewer")});

        DocumentView view(m_fixture.context());
        view.resize(1400, 900);
        view.show();
        QVERIFY(view.showDocument(id));
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("documentTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *list = view.findChild<QTreeWidget *>(QStringLiteral("revisionList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3); // the baseline, 王芳's, 张伟's
        QVERIFY(list->topLevelItem(1)->text(0).contains(QStringLiteral("王芳"))
                || list->topLevelItem(1)->text(1).contains(QStringLiteral("王芳")));
        const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("documents-tracked-changes.png"))));
        }
    }
};

QTEST_MAIN(TestTrackedChanges)
#include "tst_trackedchanges.moc"
