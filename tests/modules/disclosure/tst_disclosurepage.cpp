// Tests the 信息公开 page under offscreen on a real profile with the demo's items: the list with
// its 电子监察 colours, the tabs, an item's preview with history, the steps offered, and 保密审查's
// findings shown. Saves screenshots when GOVDESK_SCREENSHOT_DIR is set (in Chinese with
// GOVDESK_SCREENSHOT_QM naming the zh_CN .qm).
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureDemoData.h"
#include "AttachmentPanel.h"
#include "DisclosurePage.h"
#include "DisclosureRecords.h"
#include "RequestsDemoData.h"
#include "RequestSupervision.h"
#include "RequestsStore.h"
#include "RequestsTab.h"
#include "Screenshots.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "sync/RecordStore.h"

#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace GovDesk::Disclosure;

class TestDisclosurePage : public QObject
{
    Q_OBJECT

    static void screenshot(QWidget &widget, const QString &name)
    {
        QVERIFY(GovDesk::Test::saveScreenshot(widget, name));
    }

    GovDesk::Test::ScreenshotLanguage m_language;

private slots:
    void initTestCase()
    {
        m_language.install();
    }

    void showsTheItemsAndTheirSteps()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        auto &context = profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(context.migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(context));
        auto calendar = HolidayCalendar::shipped();
        GD_VERIFY(calendar);
        GD_VERIFY(context.addProjection(
            DisclosureRecords::projection(context, *calendar, [] { return QDate::currentDate(); })));
        GD_VERIFY(seedDemoItems(context, QDate::currentDate()));
        // One item at 保密审查 with an ID number in its body.
        DisclosureItem item;
        item.category = DisclosureCategory::Other;
        item.title = QStringLiteral("关于张某某来信的处理情况");
        item.publisher = QStringLiteral("柳州市人民政府办公室");
        item.writtenOn = item.changedOn = QDate::currentDate();
        item.body = QStringLiteral("来信人张某某，身份证号码11010519491231002X。");
        item.status = ItemStatus::SecrecyReview;
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        GD_VERIFY(DisclosureRecords::saveItem(context, id, item));
        GD_VERIFY(context.projections().catchUp());

        DisclosurePage page(context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.tabs()->count(), 3); // 主动公开, 依申请公开, 年度报告
        QCOMPARE(page.list()->rowCount(), 61);
        screenshot(page, QStringLiteral("disclosure-items"));

        page.showItem(id);
        QCOMPARE(page.shownItem(), id);
        auto *preview = page.findChild<QTextBrowser *>(QStringLiteral("itemPreview"));
        QVERIFY(preview);
        QVERIFY(preview->toPlainText().contains(item.title));
        auto *findings = page.findChild<QListWidget *>(QStringLiteral("secrecyFindings"));
        QCOMPARE(findings->count(), 1);
        QVERIFY(page.findChild<GovDesk::Ui::AttachmentPanel *>(QStringLiteral("itemAttachments"))->isHidden());
        QVERIFY(findings->item(0)->text().contains(QStringLiteral("110105********002X")));
        QStringList visible;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->isVisible() && button->property("action").isValid())
                visible.append(button->property("action").toString());
        }
        QCOMPARE(visible.size(), 2); // 审查通过 and 退回: every step is offered without an account
        screenshot(page, QStringLiteral("disclosure-item-secrecy"));

        // A new draft as the editor saves it: listed, shown, offered for 送审 and 编辑.
        DisclosureItem draft;
        draft.category = DisclosureCategory::Plans;
        draft.title = QStringLiteral("柳州市2027年城市建设计划");
        draft.publisher = QStringLiteral("柳州市人民政府办公室");
        draft.writtenOn = draft.changedOn = QDate::currentDate();
        draft.body = QStringLiteral("一、总体要求");
        draft.attachments = {{QString(64, QLatin1Char('d')), QStringLiteral("附件：重点项目表.pdf"), 48213}};
        page.saveDraft(QString(), draft);
        GD_VERIFY(context.projections().catchUp());
        page.reload();
        QCOMPARE(page.list()->rowCount(), 62);
        QVERIFY(page.shownItem() != id);
        QVERIFY(preview->toPlainText().contains(draft.title));
        // Its file listed under the preview, to open or save, not to change.
        auto *files = page.findChild<GovDesk::Ui::AttachmentPanel *>(QStringLiteral("itemAttachments"));
        QVERIFY(files && files->isVisible());
        QCOMPARE(files->attachments().size(), 1);
        QCOMPARE(files->attachments().first().name, QStringLiteral("附件：重点项目表.pdf"));
        QVERIFY(files->findChild<QPushButton *>(QStringLiteral("attachmentAdd"))->isHidden());
        auto stored = context.records().get(QString::fromLatin1(ItemCollection), page.shownItem());
        GD_VERIFY(stored);
        QCOMPARE((*stored)->payload.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    }

    // The 依申请公开 tab on the demo's year of requests: every request listed, the open ones first
    // and most pressing first (red before yellow before green), each with its colour and due date.
    void listsTheRequestsMostPressingFirst()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        auto &context = profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(RequestsStore::install(context));
        auto calendar = HolidayCalendar::shipped();
        GD_VERIFY(calendar);
        auto seeded = RequestsDemoData::seed(context, *calendar, QDate::currentDate());
        GD_VERIFY(seeded);
        GD_VERIFY(context.projections().catchUp());

        DisclosurePage page(context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(1);
        auto *tab = page.findChild<RequestsTab *>();
        QVERIFY(tab);
        QTableWidget *list = tab->list();
        QCOMPARE(list->rowCount(), *seeded);
        // Colours descend in urgency down the open rows: red (0xd9…) never after yellow or green.
        auto rank = [](const QColor &c) { return c.red() == 0xd9 ? 2 : c.red() == 0xf5 ? 1 : 0; };
        int previous = 2;
        int open = 0;
        for (int row = 0; row < list->rowCount() && list->item(row, 6) && !list->item(row, 6)->text().isEmpty();
             ++row, ++open) {
            const int current = rank(list->item(row, 0)->data(Qt::DecorationRole).value<QColor>());
            QVERIFY2(current <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = current;
            QVERIFY(!list->item(row, 5)->text().isEmpty()); // the due date
        }
        QVERIFY(open > 0);
        QVERIFY(open < list->rowCount()); // the answered ones follow
        list->selectRow(0);
        auto *detail = tab->findChild<QTextBrowser *>(QStringLiteral("requestDetail"));
        QVERIFY(detail);
        QVERIFY(detail->toPlainText().contains(list->item(0, 0)->text()));
        // Each department's figures this year, as RequestSupervision computes them.
        auto all = RequestsStore::all(context.database());
        GD_VERIFY(all);
        const QDate today = QDate::currentDate();
        auto figures = RequestSupervision(*calendar, RequestsStore::approachingDays(context))
                           .timeliness(all->values(), QDate(today.year(), 1, 1), today);
        GD_VERIFY(figures);
        QTableWidget *departments = tab->departments();
        QCOMPARE(departments->rowCount(), figures->size());
        for (int row = 0; row < departments->rowCount(); ++row) {
            QCOMPARE(departments->item(row, 0)->text(), figures->at(row).department);
            QCOMPARE(departments->item(row, 1)->text().toInt(), figures->at(row).answered);
            QCOMPARE(departments->item(row, 3)->text().toInt(), figures->at(row).overdueOpen);
        }
        screenshot(page, QStringLiteral("disclosure-requests"));
    }
};

QTEST_MAIN(TestDisclosurePage)
#include "tst_disclosurepage.moc"
