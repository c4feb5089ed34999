// GUI test of HtmlView with the real document.html: a document given as text is shown with its
// qrc: stylesheets, everything in it that would run or fetch is left out (nothing is even asked
// of the network: the host's filter blocks nothing), links go nowhere, a second document replaces
// the first; and LazyHtmlView loads the govdesk-web-html plugin when it is first shown.
#include "HtmlView.h"
#include "LazyHtmlView.h"
#include "WebHost.h"
#include "WebTestSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEngineView>
#include <memory>

using GovDesk::Test::evaluate;
using GovDesk::Ui::HtmlView;
using GovDesk::Ui::LazyHtmlView;
using GovDesk::Ui::WebHost;

namespace {
// Any page error (a failing script, a CSP violation) reaches the log as a govdesk.web warning.
const QRegularExpression PageTrouble(QStringLiteral("page error|Content Security Policy|blocked"));

const QString Styled = QStringLiteral(
    "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>测试文档</title>"
    "<link rel=\"stylesheet\" href=\"qrc:/test/web/document-test.css\"></head>"
    "<body><h1 class=\"marked\">柳州市政府信息公开</h1><p>第一段正文。</p><p>第二段正文。</p></body></html>");

// Remote and active content of every kind; the text around it must survive.
const QString Hostile = QStringLiteral(
    "<html><head><link rel=\"stylesheet\" href=\"https://example.com/remote.css\">"
    "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">"
    "<base href=\"https://example.com/\"><style>p { color: rgb(9, 9, 9); }</style>"
    "<script>window.injected = 'head script';</script></head><body>"
    "<p id=\"text\">保留的正文</p>"
    "<img id=\"remote\" src=\"https://example.com/pixel.png\" alt=\"\">"
    "<img id=\"inline\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">"
    "<img id=\"handler\" src=\"data:,broken\" onerror=\"window.injected = 'onerror'\" alt=\"\">"
    "<script src=\"https://example.com/tracker.js\"></script>"
    "<script>window.injected = 'body script';</script>"
    "<iframe src=\"https://example.com/\"></iframe><object data=\"https://example.com/x.swf\"></object>"
    "<svg><image id=\"svgImage\" href=\"https://example.com/svg.png\"></image>"
    "<script>window.injected = 'svg script';</script></svg>"
    "<div id=\"styled\" style=\"background: url(https://example.com/bg.png)\">背景</div>"
    "<a id=\"scriptLink\" href=\"javascript:window.injected = 'link'\">链接</a>"
    "</body></html>");

const QString Links = QStringLiteral(
    "<html><body><p><a id=\"local\" href=\"qrc:/test/web/probe.html\">站内链接</a></p>"
    "<p><a id=\"remote\" href=\"https://example.com/\" target=\"_blank\">外部链接</a></p></body></html>");

const QString BodyText = QStringLiteral("document.body.innerText");
} // namespace

class TestHtmlView : public QObject
{
    Q_OBJECT

    std::unique_ptr<HtmlView> m_view;

    // A shown view that has rendered `html`.
    bool showRendered(const QString &html)
    {
        m_view = std::make_unique<HtmlView>();
        m_view->resize(800, 600);
        QSignalSpy rendered(m_view.get(), &HtmlView::rendered);
        m_view->setHtml(html);
        m_view->show();
        return QTest::qWaitForWindowExposed(m_view.get()) && rendered.wait(30000);
    }

    [[nodiscard]] QWebEnginePage *page() const { return m_view->host()->page(); }

    // The centre of the element `selector` in the view's pixels.
    QPoint centreOf(const QString &selector)
    {
        const QVariantList box
            = evaluate(page(), QStringLiteral("(function () { const r = document.querySelector("
                                              "'%1').getBoundingClientRect(); return [r.x + "
                                              "r.width / 2, r.y + r.height / 2]; })()")
                                   .arg(selector))
                  .toList();
        return box.size() == 2 ? QPoint(int(box.at(0).toDouble()), int(box.at(1).toDouble())) : QPoint();
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void showsTheDocumentWithItsStylesheet()
    {
        QTest::failOnWarning(PageTrouble);
        QVERIFY(showRendered(Styled));
        const QString text = evaluate(page(), BodyText).toString();
        QVERIFY2(text.contains(QStringLiteral("柳州市政府信息公开")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("第二段正文。")), qPrintable(text));
        QCOMPARE(evaluate(page(), QStringLiteral("document.title")).toString(), QStringLiteral("测试文档"));
        // The qrc: stylesheet applies.
        QCOMPARE(evaluate(page(),
                          QStringLiteral("getComputedStyle(document.querySelector('h1.marked')).marginLeft"))
                     .toString(),
                 QStringLiteral("37px"));
        QCOMPARE(
            evaluate(page(), QStringLiteral("getComputedStyle(document.querySelector('h1.marked')).color"))
                .toString(),
            QStringLiteral("rgb(1, 2, 3)"));
        QCOMPARE(m_view->summary().value(QStringLiteral("stylesheets")).toInt(), 1);
        QCOMPARE(m_view->summary().value(QStringLiteral("removed")).toInt(), 0);
    }

    void leavesOutWhatWouldRunOrFetch()
    {
        const int blockedBefore = WebHost::blockedRequestCount();
        QVERIFY(showRendered(Hostile));
        QTest::qWait(500); // time for anything that would load or run
        QVERIFY(evaluate(page(), BodyText).toString().contains(QStringLiteral("保留的正文")));
        // Nothing was even requested from outside: it never reached the host's filter.
        QCOMPARE(WebHost::blockedRequestCount(), blockedBefore);
        QCOMPARE(evaluate(page(), QStringLiteral("String(window.injected)")).toString(),
                 QStringLiteral("undefined"));
        // Only the page's own scripts, from qrc:.
        const QString scripts
            = evaluate(page(), QStringLiteral("Array.from(document.scripts).map(s => s.src).join(' ')"))
                  .toString();
        QCOMPARE(evaluate(page(), QStringLiteral("document.scripts.length")).toInt(), 3);
        for (const QString &own :
             {QStringLiteral("/qtwebchannel/qwebchannel.js"), QStringLiteral("/govdesk/web/requestbridge.js"),
              QStringLiteral("/govdesk/web/document.js")})
            QVERIFY2(scripts.contains(QStringLiteral("qrc:") + own)
                         || scripts.contains(QStringLiteral("qrc://") + own),
                     qPrintable(scripts));
        QCOMPARE(
            evaluate(page(),
                     QStringLiteral(
                         "document.querySelectorAll('iframe, object, style, base, meta[http-equiv=refresh]')"
                         ".length"))
                .toInt(),
            0);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('link').length")).toInt(), 0);
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('remote').hasAttribute('src')"))
                     .toBool(),
                 false);
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('svgImage').hasAttribute('href')"))
                     .toBool(),
                 false);
        QCOMPARE(
            evaluate(page(), QStringLiteral("document.getElementById('handler').hasAttribute('onerror')"))
                .toBool(),
            false);
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('styled').hasAttribute('style')"))
                     .toBool(),
                 false);
        QCOMPARE(
            evaluate(page(), QStringLiteral("document.getElementById('scriptLink').hasAttribute('href')"))
                .toBool(),
            false);
        // Inline data is the document's own: kept.
        QVERIFY(evaluate(page(), QStringLiteral("document.getElementById('inline').src"))
                    .toString()
                    .startsWith(QStringLiteral("data:image/gif")));
        QCOMPARE(m_view->summary().value(QStringLiteral("removed")).toInt(),
                 10); // of the body: the head is never taken
        QCOMPARE(m_view->summary().value(QStringLiteral("stylesheets")).toInt(), 0);
        // The CSP stands behind the filter: an inline handler added later still does not run.
        evaluate(page(), QStringLiteral(
                             "document.getElementById('text').setAttribute('onclick', "
                             "\"window.injected = 'late'\"); document.getElementById('text').click(); true"));
        QCOMPARE(evaluate(page(), QStringLiteral("String(window.injected)")).toString(),
                 QStringLiteral("undefined"));
    }

    void linksGoNowhere()
    {
        QTest::failOnWarning(PageTrouble);
        QVERIFY(showRendered(Links));
        const QUrl before = page()->url();
        QWidget *input = m_view->host()->view()->focusProxy();
        QVERIFY(input);
        for (const QString &link : {QStringLiteral("#local"), QStringLiteral("#remote")}) {
            // Through the real input path: Qt mouse events into Chromium.
            const QPoint centre = centreOf(link);
            QVERIFY(!centre.isNull());
            QTest::mouseMove(input, centre);
            QTest::mouseClick(input, Qt::LeftButton, {}, centre);
            QTest::mouseClick(input, Qt::MiddleButton, {}, centre);
            evaluate(page(), QStringLiteral("document.querySelector('%1').click(); true").arg(link));
        }
        QTest::qWait(500);
        QCOMPARE(page()->url(), before);
        QCOMPARE(m_view->host()->blockedNavigationCount(), 0); // not refused: never attempted
        QVERIFY(evaluate(page(), BodyText).toString().contains(QStringLiteral("站内链接")));
    }

    void aSecondDocumentReplacesTheFirst()
    {
        QVERIFY(showRendered(Styled));
        QSignalSpy rendered(m_view.get(), &HtmlView::rendered);
        m_view->setHtml(QStringLiteral("<html><body><h1 class=\"marked\">第二份文件</h1></body></html>"));
        QVERIFY(rendered.wait(30000));
        const QString text = evaluate(page(), BodyText).toString();
        QCOMPARE(text.trimmed(), QStringLiteral("第二份文件"));
        // The first document's stylesheet went with it.
        QCOMPARE(evaluate(page(),
                          QStringLiteral("getComputedStyle(document.querySelector('h1.marked')).marginLeft"))
                     .toString(),
                 QStringLiteral("0px"));
        QCOMPARE(m_view->summary().value(QStringLiteral("stylesheets")).toInt(), 0);
    }

    void theLazyViewLoadsThePluginWhenShown()
    {
        LazyHtmlView lazy;
        lazy.resize(800, 600);
        lazy.setHtml(Styled);
        QVERIFY(!lazy.view());
        QSignalSpy rendered(&lazy, &LazyHtmlView::rendered);
        QSignalSpy unavailable(&lazy, &LazyHtmlView::unavailable);
        lazy.show();
        QVERIFY2(unavailable.isEmpty(),
                 qPrintable(unavailable.isEmpty() ? QString() : unavailable.first().first().toString()));
        QVERIFY(rendered.wait(30000));
        auto *view = qobject_cast<HtmlView *>(lazy.view());
        QVERIFY(view);
        QCOMPARE(lazy.summary().value(QStringLiteral("stylesheets")).toInt(), 1);
        QVERIFY(evaluate(view->host()->page(), BodyText).toString().contains(QStringLiteral("第一段正文。")));
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runWebEngineTest<TestHtmlView>(argc, argv);
}
#include "tst_htmlview.moc"
