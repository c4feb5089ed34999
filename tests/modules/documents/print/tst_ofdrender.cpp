// Checks the OFD export with an independent reader: a sealed multi-page demo 公文 is exported to
// PDF (PdfExporter) and OFD (OfdExporter); pdftoppm rasterises the PDF's page, ofd.js draws the
// OFD in the WebEngine host (OfdView, the in-app viewer) with the fonts the package embeds, and
// Chromium prints that page to PDF for the same rasteriser. The two rasters must agree: dark ink
// and red (版头 mark, separator, seal) overlap, and no region differs. The comparison is shown to
// fail on a render whose text is moved by 3 mm and on one drawn with a substitute font, and no
// font may be missing from the package. On failure both PNGs are kept for a look.
#include "ChineseDate.h"
#include "DocumentsDemoData.h"
#include "OfdExporter.h"
#include "OfdView.h"
#include "PdfExporter.h"
#include "WebHost.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <memory>
#include <vector>

using namespace GovDesk::Documents;
using GovDesk::Ui::OfdView;

namespace {

// Both pages are compared as 100 dpi rasters of A4.
constexpr int RasterWidth = 827;
constexpr int RasterHeight = 1169;
constexpr double PixelsPerMillimetre = RasterWidth / 210.0;
// ofd.js draws at CSS pixels per millimetre (96 dpi), so the printed page is A4 at its real size.
constexpr double CssPixelsPerMillimetre = 96.0 / 25.4;

// Agreement required between the PDF and the ofd.js render. Measured on Debian 12 (Qt 6.4's
// Chromium, poppler 22.02): the render overlaps the PDF with ink 0.86–0.87 and red 0.84–0.89 (it
// sits ~0.25 mm up and left); text moved by 3 mm gives 0.63 and 0.40, a substitute font 0.69 and
// 0.57.
constexpr double MinInkIoU = 0.78;
constexpr double MinRedIoU = 0.75;
// A 10 mm square in which more than this share of the pixels is ink on one side only (with a
// 0.5 mm tolerance) is a region that differs.
constexpr int CellPixels = 40;
constexpr double MaxCellDifference = 0.06;

struct Masks
{
    std::vector<quint8> ink;
    std::vector<quint8> red;
    qsizetype inkCount = 0;
    qsizetype redCount = 0;
};

// Dark ink (black text and rules) and red (the 版头's mark and line, the seal), apart.
Masks classify(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    Masks masks;
    masks.ink.assign(size_t(rgb.width()) * size_t(rgb.height()), 0);
    masks.red.assign(masks.ink.size(), 0);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]);
            const int g = qGreen(line[x]);
            const int b = qBlue(line[x]);
            const size_t i = size_t(y) * size_t(rgb.width()) + size_t(x);
            if (r > 140 && r - g > 70 && r - b > 70) {
                masks.red[i] = 1;
                ++masks.redCount;
            } else if (qGray(line[x]) < 160) {
                masks.ink[i] = 1;
                ++masks.inkCount;
            }
        }
    }
    return masks;
}

// Grows a mask by `radius` pixels in each direction (a square): small offsets of antialiased
// edges between two rasterisers do not count.
std::vector<quint8> dilate(const std::vector<quint8> &mask, int width, int height, int radius)
{
    std::vector<quint8> across(mask.size(), 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const int sx = x + dx;
                if (sx >= 0 && sx < width && mask[size_t(y) * size_t(width) + size_t(sx)]) {
                    across[size_t(y) * size_t(width) + size_t(x)] = 1;
                    break;
                }
            }
        }
    }
    std::vector<quint8> grown(mask.size(), 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int dy = -radius; dy <= radius; ++dy) {
                const int sy = y + dy;
                if (sy >= 0 && sy < height && across[size_t(sy) * size_t(width) + size_t(x)]) {
                    grown[size_t(y) * size_t(width) + size_t(x)] = 1;
                    break;
                }
            }
        }
    }
    return grown;
}

double intersectionOverUnion(const std::vector<quint8> &a, const std::vector<quint8> &b)
{
    qsizetype both = 0;
    qsizetype either = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        both += a[i] & b[i];
        either += a[i] | b[i];
    }
    return either == 0 ? 1.0 : double(both) / double(either);
}

struct Comparison
{
    double inkIoU = 0;
    double redIoU = 0;
    qsizetype pdfRed = 0;
    qsizetype ofdRed = 0;
    double worstCell = 0; // share of the worst 10 mm square's pixels that are ink on one side only
    QPoint worstCellAt;   // its top left, in millimetres
    // For diagnosis: the whole render moved by this many pixels would overlap best, that much.
    QPoint bestOffset;
    double bestInkIoU = 0;

    [[nodiscard]] bool matches() const
    {
        return inkIoU >= MinInkIoU && redIoU >= MinRedIoU && worstCell <= MaxCellDifference;
    }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("ink IoU %1, red IoU %2 (red pixels: PDF %3, OFD %4), worst 10 mm square %5% "
                              "at (%6 mm, %7 mm); best ink IoU %8 with the render moved by (%9 px, %10 px)")
            .arg(inkIoU, 0, 'f', 3)
            .arg(redIoU, 0, 'f', 3)
            .arg(pdfRed)
            .arg(ofdRed)
            .arg(worstCell * 100, 0, 'f', 1)
            .arg(worstCellAt.x())
            .arg(worstCellAt.y())
            .arg(bestInkIoU, 0, 'f', 3)
            .arg(bestOffset.x())
            .arg(bestOffset.y());
    }
};

Comparison compare(const QImage &pdf, const QImage &ofd)
{
    const int width = pdf.width();
    const int height = pdf.height();
    const Masks a = classify(pdf);
    const Masks b = classify(ofd);
    Comparison result;
    result.pdfRed = a.redCount;
    result.ofdRed = b.redCount;
    // Glyph edges, not their places, differ between two rasterisers: masks grown by 0.5 mm (ink,
    // thin strokes) and 0.25 mm (red, mostly solid) before the overlap.
    const std::vector<quint8> inkA2 = dilate(a.ink, width, height, 2);
    const std::vector<quint8> inkB2 = dilate(b.ink, width, height, 2);
    result.inkIoU = intersectionOverUnion(inkA2, inkB2);
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            std::vector<quint8> moved(inkB2.size(), 0);
            for (int y = qMax(0, dy); y < qMin(height, height + dy); ++y) {
                for (int x = qMax(0, dx); x < qMin(width, width + dx); ++x)
                    moved[size_t(y) * size_t(width) + size_t(x)]
                        = inkB2[size_t(y - dy) * size_t(width) + size_t(x - dx)];
            }
            if (const double iou = intersectionOverUnion(inkA2, moved); iou > result.bestInkIoU) {
                result.bestInkIoU = iou;
                result.bestOffset = QPoint(dx, dy);
            }
        }
    }
    result.redIoU = intersectionOverUnion(dilate(a.red, width, height, 1), dilate(b.red, width, height, 1));
    // Any ink (black or red) on one side with nothing within 0.5 mm on the other, per square.
    std::vector<quint8> inkA(a.ink.size());
    std::vector<quint8> inkB(b.ink.size());
    for (size_t i = 0; i < inkA.size(); ++i) {
        inkA[i] = a.ink[i] | a.red[i];
        inkB[i] = b.ink[i] | b.red[i];
    }
    const std::vector<quint8> nearA = dilate(inkA, width, height, 2);
    const std::vector<quint8> nearB = dilate(inkB, width, height, 2);
    for (int top = 0; top < height; top += CellPixels) {
        for (int left = 0; left < width; left += CellPixels) {
            qsizetype alone = 0;
            for (int y = top; y < qMin(height, top + CellPixels); ++y) {
                for (int x = left; x < qMin(width, left + CellPixels); ++x) {
                    const size_t i = size_t(y) * size_t(width) + size_t(x);
                    alone += (inkA[i] & !nearB[i]) | (inkB[i] & !nearA[i]);
                }
            }
            const double share = double(alone) / double(CellPixels * CellPixels);
            if (share > result.worstCell) {
                result.worstCell = share;
                result.worstCellAt
                    = QPoint(qRound(left / PixelsPerMillimetre), qRound(top / PixelsPerMillimetre));
            }
        }
    }
    return result;
}

// Page `page` (0-based) of a PDF as a 100 dpi A4 raster, by pdftoppm.
QImage rasterise(const QString &pdfPath, int page, QString *error)
{
    const QString base = pdfPath + QStringLiteral("-page%1").arg(page + 1);
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
                    QString::number(page + 1), QStringLiteral("-scale-to-x"), QString::number(RasterWidth),
                    QStringLiteral("-scale-to-y"), QString::number(RasterHeight), QStringLiteral("-png"),
                    QStringLiteral("-singlefile"), pdfPath, base});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0) {
        *error = QStringLiteral("pdftoppm failed: %1 %2")
                     .arg(pdftoppm.errorString(), QString::fromLocal8Bit(pdftoppm.readAllStandardError()));
        return {};
    }
    QImage image(base + QStringLiteral(".png"));
    if (image.isNull())
        *error = QStringLiteral("pdftoppm wrote no %1.png").arg(base);
    return image;
}

// Where the rasters of a failed comparison are kept.
QString artifactDir()
{
    const QString dir = qEnvironmentVariable(
        "GOVDESK_TEST_ARTIFACTS",
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tst_ofdrender-artifacts")));
    QDir().mkpath(dir);
    return dir;
}

// A page's index in the PDF: the first whose text contains `text`.
int pageWith(const QString &pdfPath, const QString &text)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None)
        return -1;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (pdf.getAllText(page).text().contains(text))
            return page;
    }
    return -1;
}

// Moves every text of the first page 3 mm to the right, as an exporter's offset bug would.
const QString ShiftTextScript
    = QStringLiteral("(() => { let moved = 0;"
                     "  for (const svg of document.querySelectorAll('#pages > div:first-child svg')) {"
                     "    if (!svg.querySelector('text')) continue;"
                     "    svg.style.left = (parseFloat(svg.style.left) + 3 * %1) + 'px'; ++moved; }"
                     "  return moved; })()")
          .arg(CssPixelsPerMillimetre);

// Draws every text with 楷体 (AR PL UKai CN, fonts-arphic-ukai), as a reader that lacks the
// document's fonts substitutes whatever the system has.
const QString SubstituteFontScript
    = QStringLiteral("(() => { const texts = document.querySelectorAll('#pages text');"
                     "  for (const text of texts) text.style.fontFamily = '\"AR PL UKai CN\"';"
                     "  return texts.length; })()");

} // namespace

class TestOfdRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OfficialDocument m_document;
    QString m_pdf;
    QString m_ofd;
    int m_sealPage = -1;
    QString m_printed; // the ofd.js render with the embedded fonts, printed by Chromium
    QJsonObject m_summary;

    // Draws the OFD with ofd.js at its real size, runs `script` on the drawn pages (if any), and
    // prints them to a PDF; its path, or empty with the reason in `error`.
    QString renderOfd(const QString &name, const QString &script, QJsonObject *summary, QString *error)
    {
        QFile file(m_ofd);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        OfdView view;
        view.setScale(CssPixelsPerMillimetre);
        view.resize(1000, 900);
        QSignalSpy rendered(&view, &OfdView::rendered);
        QSignalSpy failed(&view, &OfdView::renderFailed);
        view.load(file.readAll());
        view.show();
        if (!QTest::qWaitFor([&] { return !rendered.isEmpty() || !failed.isEmpty(); }, 90000)
            || rendered.isEmpty()) {
            *error = failed.isEmpty() ? QStringLiteral("ofd.js did not finish")
                                      : failed.first().first().toString();
            return {};
        }
        if (summary)
            *summary = view.summary();
        QWebEnginePage *page = view.host()->page();
        if (!script.isEmpty()) {
            QVariant changed;
            bool done = false;
            page->runJavaScript(script, [&](const QVariant &value) {
                changed = value;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 10000) || changed.toInt() == 0) {
                *error = QStringLiteral("the script changed nothing on the page");
                return {};
            }
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QSignalSpy printed(page, &QWebEnginePage::pdfPrintingFinished);
        page->printToPdf(path, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        if (!printed.wait(60000) || !printed.first().at(1).toBool()) {
            *error = QStringLiteral("Chromium did not print the render");
            return {};
        }
        return path;
    }

    // Compares page `page` of the PDF with the same page of a printed render. Both rasters are
    // kept when the outcome is not the one expected (and always with GOVDESK_KEEP_OFD_RENDER set).
    Comparison comparePage(const QString &printed, int page, const QString &label, QString *error,
                           bool expectMatch)
    {
        const QImage expected = rasterise(m_pdf, page, error);
        const QImage actual = expected.isNull() ? QImage() : rasterise(printed, page, error);
        if (actual.isNull())
            return {};
        if (expected.size() != actual.size()) {
            *error = QStringLiteral("sizes differ: %1×%2 and %3×%4")
                         .arg(expected.width())
                         .arg(expected.height())
                         .arg(actual.width())
                         .arg(actual.height());
            return {};
        }
        const Comparison result = compare(expected, actual);
        const bool save
            = !qEnvironmentVariableIsEmpty("GOVDESK_KEEP_OFD_RENDER") || result.matches() != expectMatch;
        if (save) {
            const QDir dir(artifactDir());
            expected.save(dir.filePath(label + QStringLiteral("-pdf.png")));
            actual.save(dir.filePath(label + QStringLiteral("-ofd.png")));
            qInfo("%s: kept %s", qPrintable(label),
                  qPrintable(dir.filePath(label + QStringLiteral("-{pdf,ofd}.png"))));
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
                 "pdftoppm is missing: scripts/install-deps.sh installs poppler-utils");
        // A sealed demo document of several pages: 版头 on page 1, the seal on the last page of text.
        const QList<DemoDocument> demo = demoDocuments(QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
        qsizetype longest = 0;
        for (const DemoDocument &candidate : demo) {
            if (candidate.document.seal.sealed && candidate.document.body.size() > longest) {
                longest = candidate.document.body.size();
                m_document = candidate.document;
            }
        }
        QVERIFY(longest > 0);
        m_pdf = m_dir.filePath(QStringLiteral("document.pdf"));
        m_ofd = m_dir.filePath(QStringLiteral("document.ofd"));
        auto pdf = PdfExporter::write(m_document, m_pdf);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        auto ofd = OfdExporter::write(m_document, m_ofd);
        QVERIFY2(ofd, qPrintable(ofd ? QString() : ofd.error().message));
        QCOMPARE(ofd->pageCount, pdf->pageCount);
        QVERIFY2(pdf->pageCount >= 2, qPrintable(m_document.title));
        m_sealPage = pageWith(m_pdf, formatChineseDate(m_document.issuedOn));
        QVERIFY2(m_sealPage > 0, qPrintable(formatChineseDate(m_document.issuedOn)));

        QString error;
        m_printed = renderOfd(QStringLiteral("render"), {}, &m_summary, &error);
        QVERIFY2(!m_printed.isEmpty(), qPrintable(error));
    }

    void noFontIsMissing()
    {
        // Every font the pages use is in the package, whole enough for every character drawn.
        const QJsonArray fonts = m_summary.value(QStringLiteral("fonts")).toArray();
        QVERIFY(!fonts.isEmpty());
        for (const QJsonValue &font : fonts) {
            const QString name = font[QStringLiteral("name")].toString();
            QVERIFY2(font[QStringLiteral("embedded")].toBool(),
                     qPrintable(name + QStringLiteral(": ") + font[QStringLiteral("problem")].toString()));
            QVERIFY2(font[QStringLiteral("missingGlyphs")].toString().isEmpty(),
                     qPrintable(name + QStringLiteral(" lacks ")
                                + font[QStringLiteral("missingGlyphs")].toString()));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_pdf), QPdfDocument::Error::None);
        QCOMPARE(m_summary.value(QStringLiteral("pages")).toInt(), pdf.pageCount());
    }

    void theRenderMatchesThePdf_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("page 1 (版头)") << 0;
        QTest::newRow("seal page") << m_sealPage;
    }

    void theRenderMatchesThePdf()
    {
        QFETCH(int, page);
        QString error;
        const QString label = QStringLiteral("page%1").arg(page + 1);
        const Comparison result = comparePage(m_printed, page, label, &error, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("%s: %s", qPrintable(label), qPrintable(result.describe()));
        // Red is there on both sides: the 版头 on page 1, the seal on its page.
        QVERIFY2(result.pdfRed > 500 && result.ofdRed > 500, qPrintable(result.describe()));
        QVERIFY2(result.inkIoU >= MinInkIoU, qPrintable(result.describe()));
        QVERIFY2(result.redIoU >= MinRedIoU, qPrintable(result.describe()));
        QVERIFY2(result.worstCell <= MaxCellDifference, qPrintable(result.describe()));
    }

    void textMovedBy3MillimetresFails()
    {
        QString error;
        const QString printed = renderOfd(QStringLiteral("shifted"), ShiftTextScript, nullptr, &error);
        QVERIFY2(!printed.isEmpty(), qPrintable(error));
        const Comparison result = comparePage(printed, 0, QStringLiteral("shifted-page1"), &error, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("shifted: %s", qPrintable(result.describe()));
        QVERIFY2(!result.matches(), qPrintable(result.describe()));
        // Each check on its own sees it.
        QVERIFY2(result.inkIoU < MinInkIoU, qPrintable(result.describe()));
        QVERIFY2(result.redIoU < MinRedIoU, qPrintable(result.describe()));
        QVERIFY2(result.worstCell > MaxCellDifference, qPrintable(result.describe()));
    }

    void aSubstituteFontFails()
    {
        QString error;
        const QString printed
            = renderOfd(QStringLiteral("substitute"), SubstituteFontScript, nullptr, &error);
        QVERIFY2(!printed.isEmpty(), qPrintable(error));
        const Comparison result = comparePage(printed, 0, QStringLiteral("substitute-page1"), &error, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("substitute font: %s", qPrintable(result.describe()));
        QVERIFY2(!result.matches(), qPrintable(result.describe()));
        QVERIFY2(result.inkIoU < MinInkIoU, qPrintable(result.describe()));
        QVERIFY2(result.worstCell > MaxCellDifference, qPrintable(result.describe()));
    }
};

int main(int argc, char **argv)
{
    // Qt WebEngine shares its OpenGL context with the widgets': set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestOfdRender test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ofdrender.moc"
