// Tests GlobalSearchDialog on a real encrypted profile: typing, grouping, keyboard, locking.
#include "DialogTestSupport.h"
#include "GlobalSearchDialog.h"
#include "TestProfile.h"
#include "search/SearchService.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents");
const QString Water = QStringLiteral("water");
const QString Court = QStringLiteral("court");

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(QStringLiteral("春风又绿江南岸-2026"));
}

QString moduleName(const QString &moduleId)
{
    if (moduleId == Documents)
        return QStringLiteral("公文");
    if (moduleId == Water)
        return QStringLiteral("水利");
    return {}; // e.g. a module that is not loaded: the dialog shows its id
}

QString groupText(const QString &name, int count)
{
    return QCoreApplication::translate("GovDesk::Shell::GlobalSearchDialog", "%1 (%2)",
                                       "module name, number of hits")
        .arg(name)
        .arg(count);
}

QList<SearchDocument> sampleDocuments()
{
    // Oldest first, as modules index them.
    return {
        {Documents, QStringLiteral("incoming"), QStringLiteral("doc-2002-76"),
         QStringLiteral("关于印发《电子政务标准化指南》的通知"),
         QStringLiteral(
             "国标委工一〔2002〕76号\n各有关单位：现将《电子政务标准化指南》印发给你们，请认真贯彻执行。"),
         QDateTime(QDate(2002, 11, 5), QTime(10, 30), Qt::UTC)},
        {Documents, QStringLiteral("outgoing"), QStringLiteral("doc-2014-12"),
         QStringLiteral("关于做好2014年森林防火工作的通知"),
         QStringLiteral(
             "桂政发〔2014〕12号\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n"
             "为切实做好2014年森林防火工作，有效预防和扑救森林火灾，保护森林资源和人民群众生命财产安全，"
             "现就有关事项通知如下：\n一、提高认识，落实森林防火责任制。"),
         QDateTime(QDate(2014, 2, 20), QTime(9, 0), Qt::UTC)},
        {Documents, QStringLiteral("incoming"), QStringLiteral("doc-2014-minutes"),
         QStringLiteral("全省森林防火工作会议纪要"),
         QStringLiteral(
             "3月5日，自治区林业厅在南宁召开全省森林防火工作会议，总结2013年工作，部署2014年任务。"),
         QDateTime(QDate(2014, 3, 6), QTime(8, 0), Qt::UTC)},
        {Water, QStringLiteral("report"), QStringLiteral("wr-2014-07"),
         QStringLiteral("关于报送2014年主汛期水情的报告"),
         QStringLiteral("7月以来，西江干流水位持续上涨，龙滩水库水位超过汛限水位1.2米。"
                        "据林业部门通报，降雨后森林防火形势趋缓。"),
         QDateTime(QDate(2014, 7, 18), QTime(16, 0), Qt::UTC)},
        {Court, QStringLiteral("case"), QStringLiteral("case-2014-12"),
         QStringLiteral("（2014）桂民一终字第12号民事判决书"),
         QStringLiteral("上诉人因林地承包合同纠纷一案，不服南宁市中级人民法院一审民事判决，向本院提起上诉。"),
         QDateTime(QDate(2014, 9, 1), QTime(14, 0), Qt::UTC)},
    };
}

// Chinese arrives through an input method, which commits a whole word after the pinyin is
// composed (QTest::keyClicks only types Latin-1).
void typeChinese(QWidget *widget, const QString &pinyin, const QString &word)
{
    QInputMethodEvent composing(pinyin, {});
    QApplication::sendEvent(widget, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(word);
    QApplication::sendEvent(widget, &commit);
}

QStringList childRecordIds(const QTreeWidgetItem *group)
{
    QStringList ids;
    for (int i = 0; i < group->childCount(); ++i)
        ids << group->child(i)->data(0, GlobalSearchDialog::RecordIdRole).toString();
    return ids;
}

} // namespace

class TestGlobalSearchDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<GlobalSearchDialog> m_dialog;
    QLineEdit *m_edit = nullptr;
    QTreeWidget *m_results = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_message = nullptr;

    void createDialog()
    {
        m_dialog = std::make_unique<GlobalSearchDialog>(*m_session, moduleName);
        m_edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        m_results = m_dialog->findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        m_message = m_dialog->findChild<QWidget *>(QStringLiteral("searchMessage"));
        m_pages = m_dialog->findChild<QStackedWidget *>();
        QVERIFY(m_edit && m_results && m_message && m_pages);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    [[nodiscard]] QString messageText() const
    {
        QStringList texts;
        for (const QLabel *label : m_message->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { useChineseForScreenshots(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto created = m_profiles->create({.displayName = QStringLiteral("李明"),
                                           .organisation = QStringLiteral("广西壮族自治区人民政府办公厅")},
                                          passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(created->id, passphrase()));
        SearchService &search = m_session->search();
        GD_VERIFY(search.registerType({Documents, QStringLiteral("incoming"), QStringLiteral("收文")}));
        GD_VERIFY(search.registerType({Documents, QStringLiteral("outgoing"), QStringLiteral("发文")}));
        GD_VERIFY(search.registerType({Water, QStringLiteral("report"), QStringLiteral("水情报告")}));
        GD_VERIFY(search.registerType({Court, QStringLiteral("case"), QStringLiteral("案件")}));
        GD_VERIFY(search.index(sampleDocuments()));
        createDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void opensEmptyWithPlaceholder()
    {
        QCOMPARE(m_edit->placeholderText(),
                 QCoreApplication::translate("GovDesk::Shell::GlobalSearchDialog",
                                             "Search documents, requests, reports… (Ctrl+K)"));
        QVERIFY(m_edit->hasFocus());
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QCOMPARE(m_pages->currentWidget(), m_results);
    }

    void hitsOfModulesTheAccountMayNotOpenAreNeverShown()
    {
        // What MainWindow passes for an account without the court's role.
        m_dialog = std::make_unique<GlobalSearchDialog>(*m_session, moduleName, QStringList{Court});
        m_results = m_dialog->findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        m_pages = m_dialog->findChild<QStackedWidget *>();
        m_message = m_dialog->findChild<QWidget *>(QStringLiteral("searchMessage"));
        m_dialog->setQuery(QStringLiteral("南宁")); // in the meeting minutes and in the judgment
        QCOMPARE(m_results->topLevelItemCount(), 1);
        QCOMPARE(m_results->topLevelItem(0)->data(0, GlobalSearchDialog::ModuleRole).toString(), Documents);
        QCOMPARE(childRecordIds(m_results->topLevelItem(0)), QStringList{QStringLiteral("doc-2014-minutes")});
        // A query only the hidden module answers finds nothing at all.
        m_dialog->setQuery(QStringLiteral("民事判决书"));
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QCOMPARE(m_pages->currentWidget(), m_message);
    }

    void typingSearchesAfterAPauseGroupedByModule()
    {
        typeChinese(m_edit, QStringLiteral("senlinfanghuo"), QStringLiteral("森林防火"));
        QCOMPARE(m_edit->text(), QStringLiteral("森林防火"));
        // Not on every keystroke: nothing until the typing pause has passed.
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QTRY_COMPARE(m_results->topLevelItemCount(), 2);

        // The module of the best hit (a title match) first; each heading counts its hits.
        const QTreeWidgetItem *documents = m_results->topLevelItem(0);
        const QTreeWidgetItem *water = m_results->topLevelItem(1);
        QCOMPARE(documents->text(0), groupText(QStringLiteral("公文"), 2));
        QCOMPARE(water->text(0), groupText(QStringLiteral("水利"), 1));
        QStringList documentIds = childRecordIds(documents);
        documentIds.sort(); // their order is the service's ranking, tested there
        QCOMPARE(documentIds,
                 (QStringList{QStringLiteral("doc-2014-12"), QStringLiteral("doc-2014-minutes")}));
        QCOMPARE(childRecordIds(water), QStringList{QStringLiteral("wr-2014-07")});
        QCOMPARE(water->child(0)->text(0), QStringLiteral("关于报送2014年主汛期水情的报告"));
        QVERIFY(!(documents->flags() & Qt::ItemIsSelectable)); // headings are never the current hit
        QCOMPARE(m_results->currentItem(), documents->child(0));
        QVERIFY(m_edit->hasFocus()); // typing goes on in the box
    }

    void matchesAreHighlighted()
    {
        m_dialog->setQuery(QStringLiteral("汛限水位"));
        QCOMPARE(m_results->topLevelItemCount(), 1);
        const QTreeWidgetItem *hit = m_results->topLevelItem(0)->child(0);
        // What the delegate paints: the service's highlighting of the snippet.
        const QString snippet = hit->data(0, GlobalSearchDialog::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<mark>汛限水位</mark>")), qPrintable(snippet));
        QCOMPARE(hit->text(0), QStringLiteral("关于报送2014年主汛期水情的报告"));
    }

    void downAndEnterOpenTheHitInItsModule()
    {
        QSignalSpy activated(m_dialog.get(), &GlobalSearchDialog::hitActivated);
        typeChinese(m_edit, QStringLiteral("senlinfanghuo"), QStringLiteral("森林防火"));
        QTRY_COMPARE(m_results->topLevelItemCount(), 2);

        QTest::keyClick(m_edit, Qt::Key_Up); // already on the first hit: stays
        QCOMPARE(m_results->currentItem(), m_results->topLevelItem(0)->child(0));
        QTest::keyClick(m_edit, Qt::Key_Down);
        QCOMPARE(m_results->currentItem(), m_results->topLevelItem(0)->child(1));
        QTest::keyClick(m_edit, Qt::Key_Down); // over the 水利 heading onto its hit
        QCOMPARE(m_results->currentItem(), m_results->topLevelItem(1)->child(0));
        QTest::keyClick(m_edit, Qt::Key_Down); // last hit: stays
        QCOMPARE(m_results->currentItem(), m_results->topLevelItem(1)->child(0));
        QVERIFY(m_edit->hasFocus());
        QCOMPARE(activated.count(), 0);

        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), Water);
        QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("wr-2014-07"));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
    }

    void enterRightAfterTypingOpensTheBestHit()
    {
        QSignalSpy activated(m_dialog.get(), &GlobalSearchDialog::hitActivated);
        typeChinese(m_edit, QStringLiteral("dianzizhengwu"), QStringLiteral("电子政务"));
        QTest::keyClick(m_edit, Qt::Key_Enter); // before the typing pause is over
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), Documents);
        QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("doc-2002-76"));
    }

    void digitsAreTypedAsKeys()
    {
        QTest::keyClicks(m_edit, QStringLiteral("2002"));
        QTRY_COMPARE(m_results->topLevelItemCount(), 1);
        QCOMPARE(childRecordIds(m_results->topLevelItem(0)), QStringList{QStringLiteral("doc-2002-76")});
    }

    void unknownModuleIsShownByItsId()
    {
        m_dialog->setQuery(QStringLiteral("民事判决"));
        QCOMPARE(m_results->topLevelItemCount(), 1);
        QCOMPARE(m_results->topLevelItem(0)->text(0), groupText(Court, 1));
    }

    void noResultsSaysSo()
    {
        QSignalSpy activated(m_dialog.get(), &GlobalSearchDialog::hitActivated);
        typeChinese(m_edit, QStringLiteral("hedianzhan"), QStringLiteral("核电站"));
        QTRY_COMPARE(m_pages->currentWidget(), m_message);
        const QString expected
            = QCoreApplication::translate("GovDesk::Shell::GlobalSearchDialog", "No results for \"%1\"")
                  .arg(QStringLiteral("核电站"));
        QVERIFY2(messageText().contains(expected), qPrintable(messageText()));
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QTest::keyClick(m_edit, Qt::Key_Return); // nothing to open: stays open
        QCOMPARE(activated.count(), 0);
        QVERIFY(m_dialog->isVisible());

        // Typing on brings the list back.
        QTest::keyClick(m_edit, Qt::Key_A, Qt::ControlModifier);
        typeChinese(m_edit, QStringLiteral("huiyijiyao"), QStringLiteral("会议纪要"));
        QTRY_COMPARE(m_pages->currentWidget(), m_results);
        QCOMPARE(m_results->topLevelItemCount(), 1);
    }

    void clearingTheBoxClearsTheList()
    {
        m_dialog->setQuery(QStringLiteral("森林防火"));
        QCOMPARE(m_results->topLevelItemCount(), 2);
        QTest::keyClick(m_edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_edit, Qt::Key_Backspace);
        QTRY_COMPARE(m_results->topLevelItemCount(), 0);
        QCOMPARE(m_pages->currentWidget(), m_results); // empty, not "no results"
    }

    void escapeCloses()
    {
        QSignalSpy activated(m_dialog.get(), &GlobalSearchDialog::hitActivated);
        m_dialog->setQuery(QStringLiteral("森林防火"));
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(activated.count(), 0);
    }

    void reopeningKeepsTheLastQuerySelected()
    {
        m_dialog->setQuery(QStringLiteral("森林防火"));
        m_dialog->hide();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QCOMPARE(m_dialog->query(), QStringLiteral("森林防火"));
        QCOMPARE(m_edit->selectedText(), QStringLiteral("森林防火")); // typing replaces it
        QCOMPARE(m_results->topLevelItemCount(), 2);
    }

    void lockingClosesAndForgetsTheHits()
    {
        m_dialog->setQuery(QStringLiteral("森林防火"));
        QCOMPARE(m_results->topLevelItemCount(), 2);
        m_session->lock();
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QVERIFY(!m_dialog->isVisible());
    }

    void lockedSessionShowsNothing()
    {
        m_session->lock();
        createDialog();
        QSignalSpy activated(m_dialog.get(), &GlobalSearchDialog::hitActivated);
        typeChinese(m_edit, QStringLiteral("senlinfanghuo"), QStringLiteral("森林防火"));
        QTest::qWait(3 * GlobalSearchDialog::DebounceMilliseconds);
        QCOMPARE(m_results->topLevelItemCount(), 0);
        QCOMPARE(m_pages->currentWidget(), m_results);
        QTest::keyClick(m_edit, Qt::Key_Down);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
        m_dialog->setQuery(QStringLiteral("水位"));
        QCOMPARE(m_results->topLevelItemCount(), 0);
    }

    void screenshot()
    {
        if (!screenshotsWanted())
            QSKIP("GOVDESK_SCREENSHOT_DIR is not set");
        typeChinese(m_edit, QStringLiteral("senlinfanghuo"), QStringLiteral("森林防火"));
        QTRY_COMPARE(m_results->topLevelItemCount(), 2);
        QTest::keyClick(m_edit, Qt::Key_Down);
        QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("search")));
    }
};

QTEST_MAIN(TestGlobalSearchDialog)
#include "tst_globalsearchdialog.moc"
