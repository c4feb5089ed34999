// GUI test of OfdView with the real ofd.html, ofd.js and JSZip bundles: an OFD written by hand is
// drawn page by page with the font it embeds (not a system font of the same name), fonts that are
// referenced but not embedded and characters an embedded font lacks are reported, bad packages
// are refused with a reason, and the page's CSP holds.
#include "OfdFixture.h"
#include "OfdView.h"
#include "WebHost.h"
#include "WebTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <memory>

using GovDesk::Test::evaluate;
using GovDesk::Test::OfdFont;
using GovDesk::Test::OfdLine;
using GovDesk::Ui::OfdView;

namespace {
// fonts-dejavu-core (scripts/install-deps.sh): a monospaced face, so the test can tell from the
// width of "i" and "M" whether the embedded font drew them.
const QString MonoFontPath = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
const QString MonoName = QStringLiteral("GovDesk Test Mono");
const QString IssuerFontName = QStringLiteral("方正小标宋简体");

// Any page error (a failing script, a CSP violation) reaches the log as a govdesk.web warning.
const QRegularExpression PageTrouble(QStringLiteral("page error|Content Security Policy"));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two pages: a mono line of "i" and one of "M", the 发文机关标志 in a font the package only names,
// 「公文」 in the mono font (which has no CJK glyphs); page 2 one line.
QByteArray sampleOfd()
{
    const QList<OfdFont> fonts{{3, MonoName, readFile(MonoFontPath)}, {4, IssuerFontName, {}}};
    const QList<OfdLine> first{{3, 5.6, 28, 50, QStringLiteral("iiiiiiii")},
                               {3, 5.6, 28, 60, QStringLiteral("MMMMMMMM")},
                               {4, 7.8, 40, 75, QStringLiteral("柳州市人民政府办公室文件")},
                               {3, 5.6, 28, 100, QStringLiteral("公文 No.12")}};
    const QList<OfdLine> second{{3, 5.6, 28, 50, QStringLiteral("Page 2")}};
    return GovDesk::Test::makeOfd(fonts, {first, second});
}

QJsonObject fontNamed(const QJsonObject &summary, const QString &name)
{
    for (const QJsonValue &font : summary.value(QStringLiteral("fonts")).toArray()) {
        if (font[QStringLiteral("name")].toString() == name)
            return font.toObject();
    }
    return {};
}

// Width in CSS pixels of the first drawn character `character` on the page.
const QString GlyphWidth
    = QStringLiteral("Array.from(document.querySelectorAll('#pages text')).find(t => t.textContent === '%1')"
                     ".getComputedTextLength()");
} // namespace

class TestOfdView : public QObject
{
    Q_OBJECT

    std::unique_ptr<OfdView> m_view;

    // A shown view that has tried to draw `ofd`; true when it reported rendered().
    bool showLoaded(const QByteArray &ofd, QString *failure = nullptr)
    {
        m_view = std::make_unique<OfdView>();
        m_view->resize(900, 800);
        QSignalSpy rendered(m_view.get(), &OfdView::rendered);
        QSignalSpy failed(m_view.get(), &OfdView::renderFailed);
        m_view->load(ofd);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        (void)QTest::qWaitFor([&] { return !rendered.isEmpty() || !failed.isEmpty(); }, 60000);
        if (failure && !failed.isEmpty())
            *failure = failed.first().first().toString();
        return !rendered.isEmpty();
    }

    [[nodiscard]] QWebEnginePage *page() const { return m_view->host()->page(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(MonoFontPath), "fonts-dejavu-core is not installed"); }

    void cleanup() { m_view.reset(); }

    void drawsEveryPageWithTheEmbeddedFonts()
    {
        QTest::failOnWarning(PageTrouble);
        QString failure;
        QVERIFY2(showLoaded(sampleOfd(), &failure), qPrintable(failure));
        QCOMPARE(m_view->pageCount(), 2);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('#pages > div').length")).toInt(),
                 2);
        // Fitted to the width: 900 px less the desk's margins over 210 mm.
        const double scale = m_view->summary().value(QStringLiteral("scale")).toDouble();
        QVERIFY2(scale > 3.5 && scale < 4.3, qPrintable(QString::number(scale)));
        QCOMPARE(m_view->embeddedFonts(), QStringList{MonoName});

        // Drawn with the package's font: a monospaced "i" is as wide as an "M".
        const double i = evaluate(page(), GlyphWidth.arg(QLatin1Char('i'))).toDouble();
        const double m = evaluate(page(), GlyphWidth.arg(QLatin1Char('M'))).toDouble();
        QVERIFY2(i > 5 && qAbs(i - m) < 0.01, qPrintable(QStringLiteral("i %1 M %2").arg(i).arg(m)));
        QVERIFY(evaluate(page(), QStringLiteral("Array.from(document.fonts).some(f => f.status === 'loaded' "
                                                "&& f.family.startsWith('govdesk-ofd-font-'))"))
                    .toBool());
        // The 版头's red rule is there.
        QVERIFY(evaluate(page(), QStringLiteral("Array.from(document.querySelectorAll('#pages path'))"
                                                ".some(p => p.getAttribute('stroke') === 'rgb(230, 0, 18)')"))
                    .toBool());
    }

    void reportsFontsThatAreMissing()
    {
        QVERIFY(showLoaded(sampleOfd()));
        // Named by the package, not embedded: drawn with whatever the system offers.
        QCOMPARE(m_view->missingFonts(), QStringList{IssuerFontName + QStringLiteral(": not embedded")});
        QCOMPARE(fontNamed(m_view->summary(), IssuerFontName).value(QStringLiteral("embedded")).toBool(),
                 false);
        // Embedded, but without glyphs for 公 and 文.
        QCOMPARE(m_view->incompleteFonts(), QStringList{MonoName + QStringLiteral(": 公文")});
    }

    void withoutTheEmbeddedFontsTheSystemDraws()
    {
        auto view = std::make_unique<OfdView>();
        view->setEmbeddedFontsUsed(false);
        view->setScale(4);
        view->resize(900, 800);
        QSignalSpy rendered(view.get(), &OfdView::rendered);
        view->load(sampleOfd());
        view->show();
        QVERIFY(rendered.wait(60000));
        QCOMPARE(view->summary().value(QStringLiteral("scale")).toDouble(), 4.0);
        QVERIFY(view->embeddedFonts().isEmpty());
        QCOMPARE(view->missingFonts().size(), 2);
        // ofd.js asked the system for "GovDesk Test Mono", which does not exist: proportional glyphs.
        QWebEnginePage *webPage = view->host()->page();
        const double i = evaluate(webPage, GlyphWidth.arg(QLatin1Char('i'))).toDouble();
        const double m = evaluate(webPage, GlyphWidth.arg(QLatin1Char('M'))).toDouble();
        QVERIFY2(i > 0 && m > i * 1.5, qPrintable(QStringLiteral("i %1 M %2").arg(i).arg(m)));
    }

    void aSecondDocumentReplacesTheFirst()
    {
        QVERIFY(showLoaded(sampleOfd()));
        QSignalSpy rendered(m_view.get(), &OfdView::rendered);
        const QList<OfdFont> fonts{{7, MonoName, readFile(MonoFontPath)}};
        m_view->load(GovDesk::Test::makeOfd(fonts, {{{7, 5.6, 28, 50, QStringLiteral("one")}},
                                                    {{{7, 5.6, 28, 50, QStringLiteral("two")}}},
                                                    {{{7, 5.6, 28, 50, QStringLiteral("three")}}}}));
        QVERIFY(rendered.wait(60000));
        QCOMPARE(m_view->pageCount(), 3);
        QVERIFY(m_view->missingFonts().isEmpty());
        QVERIFY(m_view->incompleteFonts().isEmpty());
        // The first document's font face is gone with it.
        QCOMPARE(evaluate(page(), QStringLiteral("document.fonts.size")).toInt(), 1);
    }

    void refusesWhatIsNotAnOfd_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n") << "not a ZIP package";
        GovDesk::Test::StoredZip plainZip;
        plainZip.add(QStringLiteral("readme.txt"), "这不是OFD");
        QTest::newRow("ZIP without OFD.xml") << plainZip.bytes() << "no OFD.xml";
        GovDesk::Test::StoredZip broken;
        broken.add(QStringLiteral("OFD.xml"),
                   "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>");
        QTest::newRow("damaged OFD.xml") << broken.bytes() << "not well-formed XML: OFD.xml";
        GovDesk::Test::StoredZip noDocument;
        noDocument.add(QStringLiteral("OFD.xml"),
                       "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>"
                       "Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        QTest::newRow("document missing")
            << noDocument.bytes() << "missing from the package: Doc_0/Document.xml";
    }

    void refusesWhatIsNotAnOfd()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString failure;
        QVERIFY(!showLoaded(bytes, &failure));
        QVERIFY2(failure.contains(reason), qPrintable(failure));
        QCOMPARE(m_view->pageCount(), 0);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('#pages > div').length")).toInt(),
                 0);
    }

    void inlineHandlersDoNotRun()
    {
        // ofd.js writes text and styles through innerHTML and style attributes: the CSP allows
        // inline styles, never inline script.
        QVERIFY(showLoaded(sampleOfd()));
        evaluate(page(), QStringLiteral("document.querySelector('#pages text').innerHTML = "
                                        "\"<image href='x' onerror='window.injected = 1'></image>\"; true"));
        QTest::qWait(500);
        QCOMPARE(evaluate(page(), QStringLiteral("window.injected === 1")).toBool(), false);
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runWebEngineTest<TestOfdView>(argc, argv);
}
#include "tst_ofdview.moc"
