// GUI test of ChartView with the real chart.html and the real ECharts bundle: a bar chart with
// Chinese labels is drawn, updated, clicked, and the page's CSP holds.
#include "ChartView.h"
#include "WebHost.h"
#include "WebTestSupport.h"

#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QImage>
#include <QSignalSpy>
#include <QWebEngineView>
#include <algorithm>
#include <memory>

using GovDesk::Test::evaluate;
using GovDesk::Test::waitForValue;
using GovDesk::Ui::ChartView;

namespace {
const QStringList Counties{QStringLiteral("兴安县"), QStringLiteral("灵川县"), QStringLiteral("阳朔县"),
                           QStringLiteral("龙胜县")};

// Forest-fire patrols per county, as a dashboard of 森林防火 would show them.
QJsonObject patrolOption(const QList<int> &patrols, bool animate = true)
{
    QJsonArray data;
    for (int value : patrols)
        data.append(value);
    return QJsonObject{
        {QStringLiteral("animation"), animate},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("2026年各县森林防火巡查次数")}}},
        {QStringLiteral("tooltip"), QJsonObject{}},
        {QStringLiteral("xAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("category")},
                     {QStringLiteral("data"), QJsonArray::fromStringList(Counties)}}},
        {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}}},
        {QStringLiteral("series"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("巡查次数")},
                                {QStringLiteral("type"), QStringLiteral("bar")},
                                {QStringLiteral("data"), data}}}},
    };
}

const QString Instance = QStringLiteral("echarts.getInstanceByDom(document.getElementById('chart'))");

// Any page error (a failing script, a CSP violation) reaches the log as a govdesk.web warning.
const QRegularExpression
    PageTrouble(QStringLiteral("page error|Content Security Policy|chart option refused"));
} // namespace

// Records the application's log messages while it exists (QTest still prints them).
class MessageRecorder
{
public:
    MessageRecorder()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&MessageRecorder::handle);
    }
    ~MessageRecorder() { qInstallMessageHandler(s_previous); }
    MessageRecorder(const MessageRecorder &) = delete;
    MessageRecorder &operator=(const MessageRecorder &) = delete;

    [[nodiscard]] bool contains(const QString &text) const
    {
        const QMutexLocker lock(&s_mutex);
        return std::any_of(s_messages.cbegin(), s_messages.cend(),
                           [&](const QString &m) { return m.contains(text); });
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            const QMutexLocker lock(&s_mutex);
            s_messages << message;
        }
        s_previous(type, context, message);
    }
    // Chromium's threads may log too.
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

class TestChartView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChartView> m_view;

    // A shown view that has drawn `option`.
    void showRendered(const QJsonObject &option)
    {
        m_view = std::make_unique<ChartView>();
        m_view->resize(800, 500);
        QSignalSpy ready(m_view.get(), &ChartView::ready);
        QSignalSpy rendered(m_view.get(), &ChartView::rendered);
        m_view->setOption(option);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(rendered.wait(30000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(m_view->isReady());
    }

    [[nodiscard]] QWebEnginePage *page() const { return m_view->host()->page(); }

    // Pixel (in the view) of the middle of the bar for `county`.
    [[nodiscard]] QPoint barCentre(const QString &county, int value) const
    {
        const QVariantList pixel
            = evaluate(page(), QStringLiteral("%1.convertToPixel({seriesIndex: 0}, ['%2', %3])")
                                   .arg(Instance, county)
                                   .arg(value / 2.0))
                  .toList();
        return pixel.size() == 2 ? QPoint(qRound(pixel[0].toDouble()), qRound(pixel[1].toDouble()))
                                 : QPoint();
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void drawsABarChartWithChineseLabels()
    {
        QTest::failOnWarning(PageTrouble);
        showRendered(patrolOption({128, 96, 143, 77}));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(evaluate(page(), Instance + QStringLiteral(".getOption().series[0].name")).toString(),
                 QStringLiteral("巡查次数"));
        QCOMPARE(evaluate(page(), Instance + QStringLiteral(".getOption().series[0].data")).toList().size(),
                 4);
        QCOMPARE(evaluate(page(), Instance + QStringLiteral(".getOption().xAxis[0].data")).toStringList(),
                 Counties);
        QCOMPARE(evaluate(page(), Instance + QStringLiteral(".getOption().title[0].text")).toString(),
                 QStringLiteral("2026年各县森林防火巡查次数"));
        // Canvas text takes its font from the option: chart.js adds the CJK font.
        QVERIFY(evaluate(page(), Instance + QStringLiteral(".getOption().textStyle.fontFamily"))
                    .toString()
                    .contains(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(evaluate(page(), QStringLiteral("getComputedStyle(document.body).fontFamily"))
                    .toString()
                    .contains(QStringLiteral("Noto Sans CJK SC")));

        // Really drawn: the middle of the tallest bar has ECharts' first palette colour (#5470c6).
        const QPoint centre = barCentre(QStringLiteral("阳朔县"), 143);
        QVERIFY(!centre.isNull());
        const QVariantList rgba
            = evaluate(page(), QStringLiteral("Array.from(document.querySelector('#chart canvas')"
                                              ".getContext('2d').getImageData(%1 * devicePixelRatio, "
                                              "%2 * devicePixelRatio, 1, 1).data)")
                                   .arg(centre.x())
                                   .arg(centre.y()))
                  .toList();
        QCOMPARE(rgba.size(), 4);
        QCOMPARE(rgba[0].toInt(), 0x54);
        QCOMPARE(rgba[1].toInt(), 0x70);
        QCOMPARE(rgba[2].toInt(), 0xc6);

        // For a look at it: GOVDESK_HOLD_CHART_MS=8000 /work/shared/tools/screenshot out.png 6 --
        // tst_chartview
        if (const int holdMs = qEnvironmentVariableIntValue("GOVDESK_HOLD_CHART_MS"); holdMs > 0)
            QTest::qWait(holdMs);
    }

    void aNewOptionIsDrawnAgain()
    {
        QTest::failOnWarning(PageTrouble);
        showRendered(patrolOption({128, 96, 143, 77}, false));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy rendered(m_view.get(), &ChartView::rendered);
        m_view->setOption(patrolOption({12, 34, 56, 78}, false));
        QVERIFY(rendered.wait(15000));
        QCOMPARE(evaluate(page(), Instance + QStringLiteral(".getOption().series[0].data[3]")).toInt(), 78);
    }

    void theChartAsAPng()
    {
        showRendered(patrolOption({128, 96, 143, 77}, false));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy images(m_view.get(), &ChartView::imageReady);
        const int requestId = m_view->requestImage();
        QVERIFY(images.wait(10000));
        QCOMPARE(images.first().at(0).toInt(), requestId);
        const QImage image = QImage::fromData(images.first().at(1).toByteArray(), "PNG");
        QVERIFY(!image.isNull());
        // Twice the view's CSS pixels, on white (exports go onto paper).
        QCOMPARE(image.width(), 2 * m_view->width());
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    }

    void clickingABarReportsSeriesNameAndValue()
    {
        showRendered(patrolOption({128, 96, 143, 77}, false));
        if (QTest::currentTestFailed())
            return;
        const QPoint centre = barCentre(QStringLiteral("阳朔县"), 143);
        QVERIFY(!centre.isNull());
        QSignalSpy clicked(m_view.get(), &ChartView::pointClicked);
        // Through the real input path: Qt mouse events into Chromium, then ECharts' hit test.
        QWidget *input = m_view->host()->view()->focusProxy();
        QVERIFY(input);
        QTest::mouseMove(input, centre);
        QTest::mouseClick(input, Qt::LeftButton, {}, centre);
        QVERIFY(clicked.wait(10000));
        QCOMPARE(clicked.first().at(0).toString(), QStringLiteral("巡查次数"));
        QCOMPARE(clicked.first().at(1).toString(), QStringLiteral("阳朔县"));
        QCOMPARE(clicked.first().at(2).value<QJsonValue>().toInt(), 143);
    }

    void contentSecurityPolicyHoldsInTheLivePage()
    {
        showRendered(patrolOption({1, 2, 3, 4}, false));
        if (QTest::currentTestFailed())
            return;
        const MessageRecorder messages;
        // Inline script injected into the DOM does not run (runJavaScript itself is exempt: it is
        // the application speaking, not the page).
        evaluate(page(),
                 QStringLiteral(
                     "const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                     "document.head.appendChild(s); true"));
        QCOMPARE(evaluate(page(), QStringLiteral("window.inlineRan === true")).toBool(), false);
        // No connect-src: not even the page's own files can be fetched.
        evaluate(page(),
                 QStringLiteral("fetch('qrc:/govdesk/web/chart.js').then(() => window.fetched = 'yes',"
                                "() => window.fetched = 'no'); true"));
        QCOMPARE(waitForValue(page(), QStringLiteral("window.fetched")).toString(), QStringLiteral("no"));
        // Nor eval() ('unsafe-eval' is absent).
        QCOMPARE(
            evaluate(page(), QStringLiteral(
                                 "(() => { try { return eval('1 + 1'); } catch (e) { return e.name; } })()"))
                .toString(),
            QStringLiteral("EvalError"));
        // The violations reach the log, where support staff would see them.
        QVERIFY(messages.contains(QStringLiteral("page error: Refused to execute inline script")));
        QVERIFY(messages.contains(
            QStringLiteral("page error: Refused to connect to 'qrc:/govdesk/web/chart.js'")));
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runWebEngineTest<TestChartView>(argc, argv);
}
#include "tst_chartview.moc"
