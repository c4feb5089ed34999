// GUI test of WebHost: the engine starts only when needed, qrc: content loads, and every way out
// of qrc: (navigation, request, window) is refused and counted.
#include "ChartView.h"
#include "WebHost.h"
#include "WebTestSupport.h"

#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEngineView>
#include <memory>

using GovDesk::Test::evaluate;
using GovDesk::Test::waitForValue;
using GovDesk::Ui::ChartView;
using GovDesk::Ui::WebHost;

namespace {
const QUrl ProbeUrl(QStringLiteral("qrc:/test/web/probe.html"));
}

class TestWebHost : public QObject
{
    Q_OBJECT

    std::unique_ptr<WebHost> m_host;

    // A shown host with probe.html loaded.
    void showProbe()
    {
        m_host = std::make_unique<WebHost>();
        m_host->resize(640, 480);
        QSignalSpy loaded(m_host.get(), &WebHost::loadFinished);
        QVERIFY(m_host->load(ProbeUrl));
        m_host->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
    }

    [[nodiscard]] QUrl pageUrl() const { return m_host->page()->url(); }

private Q_SLOTS:
    void cleanup() { m_host.reset(); }

    // Must run first: afterwards the process has an engine.
    void constructingAndLoadingHiddenCreatesNoEngine()
    {
        QVERIFY(!WebHost::engineCreated());
        WebHost host;
        QVERIFY(host.load(ProbeUrl));
        ChartView chart;
        chart.setOption(QJsonObject{
            {QStringLiteral("title"), QJsonObject{{QStringLiteral("text"), QStringLiteral("未显示")}}}});
        QVERIFY(!host.page());
        QVERIFY(!chart.host()->page());
        QCOMPARE(host.url(), ProbeUrl);
        QVERIFY(!WebHost::engineCreated());
    }

    void showingStartsTheEngineAndLoadsQrc()
    {
        showProbe();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(WebHost::engineCreated());
        QVERIFY(m_host->page());
        QVERIFY(m_host->view()->isVisible());
        QVERIFY(m_host->isLoaded());
        QCOMPARE(m_host->page()->title(), QStringLiteral("probe"));
        QCOMPARE(evaluate(m_host->page(), QStringLiteral("document.getElementById('text').textContent"))
                     .toString(),
                 QStringLiteral("数据看板测试页"));
        QCOMPARE(pageUrl().scheme(), QStringLiteral("qrc"));
    }

    void refusesToLoadAnythingButQrc_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("https") << QUrl(QStringLiteral("https://example.com/"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<h1>x</h1>"));
        QTest::newRow("qrc with a host") << QUrl(QStringLiteral("qrc://example.com/test/web/probe.html"));
    }

    void refusesToLoadAnythingButQrc()
    {
        QFETCH(QUrl, url);
        WebHost host;
        QVERIFY(!host.load(url));
        QVERIFY(host.url().isEmpty());
    }

    void navigationsLeavingQrcAreBlocked_data()
    {
        QTest::addColumn<QString>("target");
        // Chromium itself refuses file: from the page's script ("Not allowed to load local
        // resource") before asking the page; the host's rule then never sees it.
        QTest::addColumn<bool>("scriptReachesHost");
        QTest::newRow("https") << QStringLiteral("https://example.com/") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    }

    void navigationsLeavingQrcAreBlocked()
    {
        QFETCH(QString, target);
        QFETCH(bool, scriptReachesHost);
        showProbe();
        if (QTest::currentTestFailed())
            return;
        // From C++, past WebHost::load() (as a module holding the page could).
        int blocked = m_host->blockedNavigationCount();
        m_host->page()->load(QUrl(target));
        QTRY_COMPARE(m_host->blockedNavigationCount(), blocked + 1);
        // From the page's script.
        blocked = m_host->blockedNavigationCount();
        evaluate(m_host->page(), QStringLiteral("location.href = '%1'; true").arg(target));
        if (scriptReachesHost)
            QTRY_COMPARE(m_host->blockedNavigationCount(), blocked + 1);
        QTest::qWait(300); // a navigation that slipped through would commit by now
        QCOMPARE(pageUrl(), ProbeUrl);
        QCOMPARE(evaluate(m_host->page(), QStringLiteral("document.title")).toString(),
                 QStringLiteral("probe"));
    }

    void clickedLinkIsBlocked()
    {
        showProbe();
        if (QTest::currentTestFailed())
            return;
        const int blocked = m_host->blockedNavigationCount();
        evaluate(m_host->page(), QStringLiteral("document.getElementById('link').click(); true"));
        QTRY_COMPARE(m_host->blockedNavigationCount(), blocked + 1);
        QCOMPARE(pageUrl(), ProbeUrl);
    }

    void windowOpenIsRefused()
    {
        showProbe();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(evaluate(m_host->page(), QStringLiteral("window.open('qrc:/test/web/probe.html') === null"))
                     .toBool(),
                 true);
    }

    // probe.html has no CSP, so what stops these (with the profile's real settings) is the host's
    // request filter.
    void requestsLeavingQrcAreBlockedByTheFilter()
    {
        const int before = WebHost::blockedRequestCount();
        showProbe();
        if (QTest::currentTestFailed())
            return;
        // The <img> of probe.html.
        QTRY_VERIFY(WebHost::blockedRequestCount() > before);
        QCOMPARE(evaluate(m_host->page(), QStringLiteral("document.getElementById('remote').naturalWidth"))
                     .toInt(),
                 0);

        const int afterLoad = WebHost::blockedRequestCount();
        evaluate(m_host->page(),
                 QStringLiteral(
                     "fetch('https://example.com/api?token=x').then(() => window.fetchResult = 'loaded',"
                     "e => window.fetchResult = 'failed');"
                     "const xhr = new XMLHttpRequest();"
                     "xhr.onload = () => window.xhrResult = 'loaded';"
                     "xhr.onerror = () => window.xhrResult = 'failed';"
                     "xhr.open('POST', 'http://192.0.2.1/upload');"
                     "xhr.send('机密');"
                     "const image = new Image();"
                     "image.onload = () => window.imageResult = 'loaded';"
                     "image.onerror = () => window.imageResult = 'failed';"
                     "image.src = 'http://example.com/pixel.png';"
                     "true"));
        QCOMPARE(waitForValue(m_host->page(), QStringLiteral("window.fetchResult")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(waitForValue(m_host->page(), QStringLiteral("window.xhrResult")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(waitForValue(m_host->page(), QStringLiteral("window.imageResult")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(WebHost::blockedRequestCount(), afterLoad + 3);
        QCOMPARE(pageUrl(), ProbeUrl);
    }

    void chartPageCarriesAStrictContentSecurityPolicy()
    {
        QFile file(QStringLiteral(":/govdesk/web/chart.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const QRegularExpression meta(
            QStringLiteral("<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]+)\""));
        const auto match = meta.match(html);
        QVERIFY2(match.hasMatch(), "chart.html has no CSP meta tag");
        const QString csp = match.captured(1);
        QVERIFY(csp.contains(QStringLiteral("default-src 'none'")));
        QVERIFY(csp.contains(QStringLiteral("script-src qrc:;")));
        QVERIFY(!csp.contains(QStringLiteral("unsafe-eval")));
        QVERIFY(!csp.contains(QStringLiteral("connect-src")));
        QVERIFY(!csp.contains(QStringLiteral("http")));
        QVERIFY(!csp.contains(QLatin1Char('*')));
        // Every script is a file: CSP can then forbid inline script.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<script(?![^>]*\\ssrc=)"))));
        QVERIFY(html.indexOf(QStringLiteral("Content-Security-Policy"))
                < html.indexOf(QStringLiteral("<script")));
    }

    void placeholderExplainsAFailedLoad()
    {
        m_host = std::make_unique<WebHost>();
        QSignalSpy loaded(m_host.get(), &WebHost::loadFinished);
        QVERIFY(m_host->load(QUrl(QStringLiteral("qrc:/test/web/missing.html"))));
        m_host->show();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), false);
        auto *placeholder = m_host->findChild<QLabel *>(QStringLiteral("webPlaceholder"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(!placeholder->text().isEmpty());
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runWebEngineTest<TestWebHost>(argc, argv);
}
#include "tst_webhost.moc"
