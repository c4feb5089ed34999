// Tests 门户预览 under offscreen with the real WebEngine host: an item, published or draft, is shown
// as the portal's templates render it — title, 索引号 (or 待编号) and body in the page, the portal's
// own stylesheet applied — the web engine starts only when the preview is shown, and the 信息公开
// page opens the preview of the item it shows. Saves docs/screenshots/disclosure-portal-preview.png
// into GOVDESK_SCREENSHOT_DIR when it is set (in Chinese with GOVDESK_SCREENSHOT_QM).
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureItem.h"
#include "DisclosurePage.h"
#include "DisclosureRecords.h"
#include "HolidayCalendar.h"
#include "HtmlView.h"
#include "LazyHtmlView.h"
#include "PortalPreviewDialog.h"
#include "PortalRecords.h"
#include "WebHost.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "sync/RecordStore.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QWebEnginePage>

using namespace GovDesk::Disclosure;
using GovDesk::Ui::HtmlView;
using GovDesk::Ui::LazyHtmlView;
using GovDesk::Ui::WebHost;

namespace {

DisclosureItem sampleItem()
{
    DisclosureItem item;
    item.category = DisclosureCategory::Plans;
    item.title = QStringLiteral("柳州市2026年城市建设计划");
    item.publisher = QStringLiteral("柳州市人民政府办公室");
    item.writtenOn = item.changedOn = QDate(2026, 3, 2);
    item.keywords = {QStringLiteral("城乡建设"), QStringLiteral("计划")};
    item.body = QStringLiteral("一、总体要求\n坚持以人民为中心，统筹城市建设与管理。\n二、主要任务");
    return item;
}

DisclosureItem publishedItem()
{
    DisclosureItem item = sampleItem();
    item.indexNumber = QStringLiteral("11450200MB0000000X-03-2026-0007");
    item.publishedOn = QDate(2026, 3, 10);
    item.status = ItemStatus::Published;
    return item;
}

PortalItem portalItem(const DisclosureItem &item)
{
    return PortalItem::fromPayload(QStringLiteral("item-1"), item.toPayload());
}

// The page's value of `script`, synchronously.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

QWebEnginePage *pageOf(const LazyHtmlView *view)
{
    const auto *html = qobject_cast<HtmlView *>(view->view());
    return html ? html->host()->page() : nullptr;
}

// Shows `dialog` and waits until its page is drawn.
bool showRendered(PortalPreviewDialog &dialog)
{
    QSignalSpy rendered(dialog.view(), &LazyHtmlView::rendered);
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) && (!rendered.isEmpty() || rendered.wait(60000));
}

const QString BodyText = QStringLiteral("document.body.innerText");
} // namespace

class TestPortalPreviewDialog : public QObject
{
    Q_OBJECT

    QTranslator m_release;

private slots:
    void initTestCase()
    {
        if (const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
            !qm.isEmpty() && m_release.load(qm)) {
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            QCoreApplication::installTranslator(&m_release);
        }
    }

    // First: afterwards the process has a web engine. (Whether the library is mapped is for
    // tst_shell_no_webengine: this test links govdesk-web to read the page.)
    void showsAPublishedItemAsThePortalDoes()
    {
        PortalPreviewDialog dialog(QStringLiteral("柳州市人民政府"), portalItem(publishedItem()));
        dialog.resize(1000, 760);
        QVERIFY(!dialog.view()->view());
        QVERIFY2(!WebHost::engineCreated(), "the web engine started before the preview was shown");
        QVERIFY(showRendered(dialog));
        QVERIFY(WebHost::engineCreated());
        QWebEnginePage *page = pageOf(dialog.view());
        QVERIFY(page);

        const QString text = evaluate(page, BodyText).toString();
        for (const QString &expected :
             {QStringLiteral("柳州市2026年城市建设计划"), QStringLiteral("11450200MB0000000X-03-2026-0007"),
              QStringLiteral("索引号"), QStringLiteral("坚持以人民为中心，统筹城市建设与管理。"),
              QStringLiteral("二、主要任务"), QStringLiteral("柳州市人民政府"), QStringLiteral("2026-03-10")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        QCOMPARE(
            evaluate(page, QStringLiteral("document.querySelector('h1.item-title').textContent")).toString(),
            QStringLiteral("柳州市2026年城市建设计划"));
        // The portal's style.css, from qrc:, applies: the red masthead, the site's 15 px type.
        QCOMPARE(dialog.view()->summary().value(QStringLiteral("stylesheets")).toInt(), 1);
        QCOMPARE(dialog.view()->summary().value(QStringLiteral("removed")).toInt(), 0);
        QCOMPARE(evaluate(page, QStringLiteral(
                                    "getComputedStyle(document.querySelector('.masthead')).backgroundColor"))
                     .toString(),
                 QStringLiteral("rgb(181, 18, 27)"));
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.body).fontSize")).toString(),
                 QStringLiteral("15px"));

        if (const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QTest::qWait(300); // the last frame onto the widget
            const QImage shot = dialog.grab().toImage();
            // Not a blank grab: the masthead's red is in the picture.
            const QPoint masthead = dialog.view()->mapTo(&dialog, QPoint(40, 20)) * shot.devicePixelRatio();
            QCOMPARE(shot.pixelColor(masthead), QColor(0xb5, 0x12, 0x1b));
            const QString path = QDir(dir).filePath(QStringLiteral("disclosure-portal-preview.png"));
            QVERIFY2(shot.save(path), qPrintable(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }

    void showsADraftWithoutItsNumber()
    {
        DisclosureItem draft = sampleItem();
        draft.title = QStringLiteral("关于<b>加强</b>城市管理的通知");
        PortalPreviewDialog dialog(QString(), portalItem(draft));
        QVERIFY(showRendered(dialog));
        QWebEnginePage *page = pageOf(dialog.view());
        QVERIFY(page);
        const QString text = evaluate(page, BodyText).toString();
        // Escaped by the templates: the title's markup is text, not a bold element.
        QVERIFY2(text.contains(QStringLiteral("关于<b>加强</b>城市管理的通知")), qPrintable(text));
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('main b').length")).toInt(), 0);
        QVERIFY2(text.contains(QStringLiteral("待编号")), qPrintable(text));
        // Without an organisation, the publisher's name heads the page.
        QCOMPARE(
            evaluate(page, QStringLiteral("document.querySelector('.site-name').textContent")).toString(),
            QStringLiteral("柳州市人民政府办公室"));
        QVERIFY(dialog.windowTitle().contains(draft.title));
    }

    void thePageOpensThePreviewOfTheShownItem()
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
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        GD_VERIFY(DisclosureRecords::saveItem(context, id, sampleItem()));
        GD_VERIFY(context.projections().catchUp());

        DisclosurePage page(context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("portalPreviewButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible()); // nothing shown yet
        page.showItem(id);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = page.findChild<PortalPreviewDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy rendered(dialog->view(), &LazyHtmlView::rendered);
        QVERIFY(!rendered.isEmpty() || rendered.wait(60000));
        QVERIFY(evaluate(pageOf(dialog->view()), BodyText).toString().contains(sampleItem().title));
        dialog->close(); // deletes itself
        QTRY_VERIFY(!page.findChild<PortalPreviewDialog *>());
    }
};

int main(int argc, char **argv)
{
    // As app/shell/main.cpp: no Qt::AA_ShareOpenGLContexts, LazyHtmlView arranges what WebEngine needs.
    QApplication app(argc, argv);
    TestPortalPreviewDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_portalpreviewdialog.moc"
