// Tests the 工作台 page on a real encrypted profile: listing, subtitle, opening items, empty
// state, filter, the plugin's open() and demo data (and a screenshot on request).
#include "EmptyState.h"
#include "ModuleUi.h"
#include "PageHeader.h"
#include "TestProfile.h"
#include "WorkbenchChinese.h"
#include "WorkbenchModel.h"
#include "WorkbenchPage.h"
#include "ModuleUi.h"
#include "module/Module.h"
#include "module/ObjectPool.h"

#include <QPluginLoader>
#include "module/ModuleContext.h"
#include "module/ModuleMetadata.h"
#include "search/SearchService.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "todo/TodoService.h"

#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GovDesk::Core;
using namespace GovDesk::Workbench;

namespace {

// Stands in for the shell: records where the page sends the user.
class FakeNavigator : public GovDesk::Ui::Navigator
{
public:
    void openRecord(const QString &moduleId, const QString &recordId) override
    {
        opened << qMakePair(moduleId, recordId);
    }
    QString moduleName(const QString &moduleId) const override
    {
        return moduleId == QStringLiteral("workbench") ? QStringLiteral("Workbench") : moduleId;
    }
    QList<QPair<QString, QString>> opened;
};

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(QStringLiteral("两岸猿声啼不住-2026"));
}

QDateTime daysFromNow(int days)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(17, 30));
}

QString moduleName(const QString &id)
{
    if (id == QStringLiteral("documents"))
        return QStringLiteral("公文");
    if (id == QStringLiteral("disclosure"))
        return QStringLiteral("信息公开");
    return {};
}

} // namespace

class TestWorkbenchPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Session> m_session;
    GovDesk::Core::ObjectPool m_pool;
    std::unique_ptr<ModuleContext> m_context;
    FakeNavigator m_navigator;
    std::unique_ptr<WorkbenchPage> m_page;

    WorkbenchPage &page()
    {
        if (!m_page)
            m_page = std::make_unique<WorkbenchPage>(*m_context, m_navigator, moduleName);
        return *m_page;
    }

    QTreeView *view() { return page().findChild<QTreeView *>(QStringLiteral("workbenchView")); }
    GovDesk::Ui::EmptyState *emptyState()
    {
        return page().findChild<GovDesk::Ui::EmptyState *>(QStringLiteral("workbenchEmptyState"));
    }

    // What the header shows under the title ("" when the subtitle is hidden).
    QString subtitle()
    {
        const auto labels = page().findChild<GovDesk::Ui::PageHeader *>()->findChildren<QLabel *>();
        if (labels.size() < 2 || !labels.at(1)->isVisibleTo(&page()))
            return {};
        return labels.at(1)->text();
    }

    QString titleAt(int row)
    {
        return view()->model()->index(row, WorkbenchModel::TitleColumn).data().toString();
    }

    Result<> publish(const QString &module, const QString &recordId, const QString &title, Urgency urgency,
                     const QDateTime &dueAt = {}, TodoKind kind = TodoKind::ToDo)
    {
        return m_session->todos().publish({.module = module,
                                           .recordId = recordId,
                                           .kind = kind,
                                           .title = title,
                                           .dueAt = dueAt,
                                           .urgency = urgency});
    }

    // 特急 due tomorrow, 加急 due in two months, 普通 two days overdue; published out of order.
    Result<> publishThree()
    {
        GD_TRY(publish(QStringLiteral("disclosure"), QStringLiteral("annual-2026"),
                       QStringLiteral("关于报送2026年政府信息公开工作年度报告的通知"), Urgency::Urgent,
                       daysFromNow(60)));
        GD_TRY(publish(QStringLiteral("documents"), QStringLiteral("in-2026-0412"),
                       QStringLiteral("关于做好2026年森林防火工作的通知"), Urgency::VeryUrgent,
                       daysFromNow(1)));
        return publish(QStringLiteral("documents"), QStringLiteral("in-2026-0377"),
                       QStringLiteral("关于加强汛期水库安全管理的紧急通知"), Urgency::Normal,
                       daysFromNow(-2));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto profile
            = m_profiles->create({.displayName = QStringLiteral("李明"),
                                  .organisation = QStringLiteral("琼中黎族苗族自治县人民政府办公室")},
                                 passphrase(), KdfParameters::forTests());
        GD_VERIFY(profile);
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(profile->id, passphrase()));

        // The metadata the plugin ships, so the page's title is the module's real name.
        QFile json(QStringLiteral(GOVDESK_WORKBENCH_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto metadata = ModuleMetadata::fromJson(QJsonDocument::fromJson(json.readAll()).object());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("workbench"));
        m_context = std::make_unique<ModuleContext>(*metadata, *m_session, m_pool);
        m_navigator.opened.clear();
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void listsOpenItemsMostPressingFirst()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        QVERIFY(view()->isVisible());
        QVERIFY(!emptyState()->isVisible());
        QCOMPARE(view()->model()->rowCount(), 3);
        QCOMPARE(titleAt(0), QStringLiteral("关于做好2026年森林防火工作的通知"));             // 特急
        QCOMPARE(titleAt(1), QStringLiteral("关于报送2026年政府信息公开工作年度报告的通知")); // 加急
        QCOMPARE(view()->model()->index(0, WorkbenchModel::ModuleColumn).data().toString(),
                 QStringLiteral("公文"));
        QCOMPARE(view()->model()->index(1, WorkbenchModel::ModuleColumn).data().toString(),
                 QStringLiteral("信息公开"));
        QCOMPARE(subtitle(), QStringLiteral("3 open item(s), 1 overdue"));
        // The overdue one is red.
        QCOMPARE(view()
                     ->model()
                     ->index(2, WorkbenchModel::TitleColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 WorkbenchModel::overdueColor());
    }

    void chineseUi()
    {
        GovDesk::Test::WorkbenchChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto restoreLocale
            = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });

        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        QCOMPARE(page().findChild<GovDesk::Ui::PageHeader *>()->findChildren<QLabel *>().first()->text(),
                 QStringLiteral("工作台"));
        QCOMPARE(subtitle(), QString());
        QVERIFY(emptyState()->findChildren<QLabel *>().first()->text() == QStringLiteral("暂无待办事项"));

        GD_VERIFY(publishThree());
        page().findChild<QPushButton *>(QStringLiteral("workbenchRefresh"))->click();
        QCOMPARE(subtitle(), QStringLiteral("共 3 项待办，其中 1 项已逾期"));
        QCOMPARE(page().findChild<QPushButton *>(QStringLiteral("workbenchRefresh"))->text(),
                 QStringLiteral("刷新"));

        GD_VERIFY(m_session->todos().complete(QStringLiteral("documents"), QStringLiteral("in-2026-0377"),
                                              TodoKind::ToDo));
        page().refresh();
        QCOMPARE(subtitle(), QStringLiteral("共 2 项待办"));
    }

    void enterOnARowOpensItsRecord()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        QVERIFY(QTest::qWaitForWindowActive(&page()));
        // Keyboard users start in the list, on the most pressing item, not in the filter box.
        QTreeView *tree = view();
        QCOMPARE(QApplication::focusWidget(), tree);
        QCOMPARE(tree->currentIndex().row(), 0);
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(m_navigator.opened.size(), 1);
        QCOMPARE(m_navigator.opened.first(),
                 qMakePair(QStringLiteral("disclosure"), QStringLiteral("annual-2026")));
    }

    void doubleClickOnARowOpensItsRecord()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        QTreeView *tree = view();
        const QRect rect = tree->visualRect(tree->model()->index(2, WorkbenchModel::TitleColumn));
        QVERIFY(rect.isValid());
        // A double click is a press, release, double-click event and release, as a real mouse sends.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_navigator.opened, (QList<QPair<QString, QString>>{qMakePair(
                                         QStringLiteral("documents"), QStringLiteral("in-2026-0377"))}));
    }

    void emptyStateWhenNothingIsOpen()
    {
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        QVERIFY(emptyState()->isVisible());
        QVERIFY(!view()->isVisible());
        QCOMPARE(emptyState()->findChildren<QLabel *>().first()->text(), QStringLiteral("No to-do items"));
        QCOMPARE(subtitle(), QString());

        // Completing the last open item empties the list again.
        GD_VERIFY(publish(QStringLiteral("documents"), QStringLiteral("in-2026-0412"),
                          QStringLiteral("关于做好2026年森林防火工作的通知"), Urgency::VeryUrgent,
                          daysFromNow(1)));
        page().refresh();
        QVERIFY(view()->isVisible());
        GD_VERIFY(m_session->todos().complete(QStringLiteral("documents"), QStringLiteral("in-2026-0412"),
                                              TodoKind::ToDo));
        page().refresh();
        QVERIFY(emptyState()->isVisible());
    }

    void itemsPublishedWhileHiddenAppearWhenShown()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        page().hide();
        GD_VERIFY(publish(QStringLiteral("disclosure"), QStringLiteral("apply-2026-17"),
                          QStringLiteral("关于公开和平镇土地征收补偿安置方案的申请"), Urgency::Urgent,
                          daysFromNow(4)));
        QCOMPARE(view()->model()->rowCount(), 3);
        page().show();
        QCOMPARE(view()->model()->rowCount(), 4);
        QCOMPARE(subtitle(), QStringLiteral("4 open item(s), 1 overdue"));
    }

    void refreshKeepsTheSelection()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        view()->setCurrentIndex(view()->model()->index(2, 0));
        // A new 特急 item moves the selected one down a row; the selection follows it.
        GD_VERIFY(publish(QStringLiteral("documents"), QStringLiteral("in-2026-0420"),
                          QStringLiteral("关于立即开展森林火灾隐患排查整治的紧急通知"), Urgency::VeryUrgent,
                          daysFromNow(2)));
        page().findChild<QPushButton *>(QStringLiteral("workbenchRefresh"))->click();
        QCOMPARE(view()->model()->rowCount(), 4);
        QCOMPARE(view()->currentIndex().row(), 3);
        QCOMPARE(titleAt(3), QStringLiteral("关于加强汛期水库安全管理的紧急通知"));
    }

    void filterBoxFiltersTitles()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        auto *filter = page().findChild<QLineEdit *>(QStringLiteral("workbenchFilter"));
        QVERIFY(filter->isEnabled());
        // Chinese arrives from the input method as a commit, not as key presses.
        filter->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("森林"));
        QApplication::sendEvent(filter, &commit);
        QCOMPARE(filter->text(), QStringLiteral("森林"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(titleAt(0), QStringLiteral("关于做好2026年森林防火工作的通知"));
        // The subtitle still counts everything that is open.
        QCOMPARE(subtitle(), QStringLiteral("3 open item(s), 1 overdue"));

        filter->setText(QStringLiteral("松材线虫"));
        QVERIFY(emptyState()->isVisible());
        QCOMPARE(emptyState()->findChildren<QLabel *>().first()->text(),
                 QStringLiteral("No item matches the filter"));
        filter->clear();
        QVERIFY(view()->isVisible());
        QCOMPARE(view()->model()->rowCount(), 3);
    }

    void pageSurvivesLockAndUnlock()
    {
        GD_VERIFY(publishThree());
        page().show();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
        const QString profileId = m_session->profile().id;
        m_session->lock();
        GD_VERIFY(m_session->unlock(profileId, passphrase()));
        // New services on the reopened database, reached through the same context.
        GD_VERIFY(publish(QStringLiteral("disclosure"), QStringLiteral("apply-2026-17"),
                          QStringLiteral("关于公开和平镇土地征收补偿安置方案的申请"), Urgency::Urgent,
                          daysFromNow(4)));
        page().refresh();
        QCOMPARE(view()->model()->rowCount(), 4);
    }

    void pluginOpenSelectsTheRecord()
    {
        // The plugins as built, as the shell loads them: the core side, then the page's.
        auto *module = qobject_cast<GovDesk::Core::Module *>(QPluginLoader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN)).instance());
        auto *ui = qobject_cast<GovDesk::Ui::ModuleUi *>(QPluginLoader(QStringLiteral(GOVDESK_WORKBENCH_UI_PLUGIN)).instance());
        QVERIFY(module && ui);
        QString error;
        QVERIFY2(module->initialize(*m_context, &error), qPrintable(error));
        std::unique_ptr<QWidget> widget(ui->createPage(*m_context, m_navigator, nullptr));
        QWidget *workbench = widget.get();
        QVERIFY(workbench);
        auto &plugin = *ui;
        GD_VERIFY(publishThree());
        GD_VERIFY(publish(QStringLiteral("workbench"), QStringLiteral("demo-02"),
                          QStringLiteral("关于加强汛期水库安全管理的紧急通知"), Urgency::VeryUrgent,
                          daysFromNow(-2)));
        workbench->show();
        QVERIFY(QTest::qWaitForWindowExposed(workbench));
        auto *tree = workbench->findChild<QTreeView *>(QStringLiteral("workbenchView"));
        auto *filter = workbench->findChild<QLineEdit *>(QStringLiteral("workbenchFilter"));
        // A filter hiding the record is cleared so that it can be shown.
        filter->setText(QStringLiteral("年度报告"));
        QCOMPARE(tree->model()->rowCount(), 1);

        plugin.open(QStringLiteral("demo-02"));
        QCOMPARE(filter->text(), QString());
        QCOMPARE(tree->model()->rowCount(), 4);
        QCOMPARE(tree->currentIndex().row(), 0); // 特急 with the earliest deadline
        QCOMPARE(tree->currentIndex().siblingAtColumn(WorkbenchModel::ModuleColumn).data().toString(),
                 QStringLiteral("Workbench")); // its own name, in the UI language
        QVERIFY(tree->selectionModel()->isRowSelected(tree->currentIndex().row(), {}));

        // Another module's record of the same id is not the workbench's.
        tree->setCurrentIndex(tree->model()->index(3, 0));
        plugin.open(QStringLiteral("in-2026-0412"));
        QCOMPARE(tree->currentIndex().row(), 3);
        QVERIFY(m_navigator.opened.isEmpty());
    }

    void demoDataIsRealisticAndSearchable()
    {
        GovDesk::Test::WorkbenchChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto restoreLocale
            = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });

        auto *plugin = qobject_cast<GovDesk::Core::Module *>(QPluginLoader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN)).instance());
        QVERIFY(plugin);
        QString error;
        QVERIFY2(plugin->initialize(*m_context, &error), qPrintable(error));
        QVERIFY2(plugin->seedDemoData(*m_context, &error), qPrintable(error));

        auto items = m_session->todos().openItems();
        GD_VERIFY(items);
        QVERIFY2(items->size() >= 8 && items->size() <= 12, qPrintable(QString::number(items->size())));
        int overdue = 0;
        int toRead = 0;
        int withoutDeadline = 0;
        QSet<Urgency> urgencies;
        for (const TodoItem &item : *items) {
            QCOMPARE(item.module, QStringLiteral("workbench"));
            overdue += m_session->todos().isOverdue(item) ? 1 : 0;
            toRead += item.kind == TodoKind::ToRead ? 1 : 0;
            withoutDeadline += item.dueAt.isValid() ? 0 : 1;
            urgencies.insert(item.urgency);
        }
        QVERIFY(overdue >= 1);
        QVERIFY(toRead >= 1);
        QVERIFY(withoutDeadline >= 1);
        QCOMPARE(urgencies.size(), 3);
        QCOMPARE(items->first().title, QStringLiteral("关于加强汛期水库安全管理的紧急通知")); // 特急, overdue

        // Global search finds them, as the workbench's own to-do type.
        auto hits = m_session->search().search({.text = QStringLiteral("森林防火")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().module, QStringLiteral("workbench"));
        QCOMPARE(hits->first().type, QStringLiteral("todo"));
        const QList<SearchType> types = m_session->search().registeredTypes();
        QVERIFY(std::any_of(types.cbegin(), types.cend(), [](const SearchType &t) {
            return t.module == QStringLiteral("workbench") && t.type == QStringLiteral("todo")
                   && t.label == QStringLiteral("待办事项");
        }));

        // Seeding again updates the same items instead of adding copies.
        QVERIFY2(plugin->seedDemoData(*m_context, &error), qPrintable(error));
        QCOMPARE(m_session->todos().openCount().value_or(-1), items->size());
        QCOMPARE(m_session->search().documentCount().value_or(-1), qint64(items->size()));

        auto *ui = qobject_cast<GovDesk::Ui::ModuleUi *>(QPluginLoader(QStringLiteral(GOVDESK_WORKBENCH_UI_PLUGIN)).instance());
        QVERIFY(ui);
        std::unique_ptr<QWidget> widget(ui->createPage(*m_context, m_navigator, nullptr));
        widget->resize(1000, 600);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        auto *tree = widget->findChild<QTreeView *>(QStringLiteral("workbenchView"));
        QCOMPARE(tree->model()->rowCount(), items->size());
        // Every column but the title fits its contents; the title gets what is left.
        for (int c = 0; c < WorkbenchModel::ColumnCount; ++c)
            QVERIFY2(tree->columnWidth(c) > 0, qPrintable(QString::number(c)));
        QVERIFY(tree->columnWidth(WorkbenchModel::TitleColumn) > 300);

        const QString screenshotDir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            QVERIFY(QDir().mkpath(screenshotDir));
            const QString path = QDir(screenshotDir).filePath(QStringLiteral("workbench.png"));
            QVERIFY2(widget->grab().save(path), qPrintable(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestWorkbenchPage)
#include "tst_workbenchpage.moc"
