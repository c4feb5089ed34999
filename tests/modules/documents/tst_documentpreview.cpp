// Tests DocumentPreview: the page on screen is the composer's page on the organisation's 套红
// template, painted by PageRenderer — the widget's pixels are the renderer's, and the PDF made
// from the same template shows its red header in the same place; long documents compose quickly.
#include "DocumentComposer.h"
#include "DocumentPreview.h"
#include "DocumentSamples.h"
#include "PdfExporter.h"
#include "RedHeaderSelection.h"
#include "sync/OrganisationDirectory.h"
#include "TestProfile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;

namespace {

// The box around the clearly red pixels (the mark and the rules) of an image.
QRect redBox(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            if (qRed(pixel) > 150 && qGreen(pixel) < 90 && qBlue(pixel) < 90)
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

bool samePlacedText(const Page::PlacedText &a, const Page::PlacedText &b)
{
    return a.role == b.role && a.pointSize == b.pointSize && a.text == b.text && a.origin == b.origin
           && a.spacing == b.spacing && a.color == b.color;
}

} // namespace

class TestDocumentPreview : public QObject
{
    Q_OBJECT

    const RedHeaderTemplate m_letter
        = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室"));

private slots:
    void showsTheComposersPages()
    {
        DocumentPreview preview;
        preview.resize(700, 900);
        preview.showDocument(GovDesk::Test::waterLetter(), m_letter);
        const OfficialFonts fonts;
        const QList<Page::ComposedPage> composed
            = DocumentComposer(fonts).compose(GovDesk::Test::waterLetter(), m_letter);
        QCOMPARE(preview.pages().size(), composed.size());
        for (qsizetype p = 0; p < composed.size(); ++p) {
            const Page::ComposedPage &shown = preview.pages().at(p);
            QCOMPARE(shown.number, composed.at(p).number);
            QCOMPARE(shown.texts.size(), composed.at(p).texts.size());
            for (qsizetype t = 0; t < shown.texts.size(); ++t)
                QVERIFY(samePlacedText(shown.texts.at(t), composed.at(p).texts.at(t)));
            QCOMPARE(shown.rules.size(), composed.at(p).rules.size());
        }
        preview.clear();
        QVERIFY(preview.pages().isEmpty());
    }

    void theScreenShowsTheRenderersPixels()
    {
        DocumentPreview preview;
        preview.resize(760, 1000);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.showDocument(
            GovDesk::Test::fireNotice(),
            RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件")));
        QVERIFY(preview.dotsPerMillimetre() > 3); // the page fills the view's width
        const QRect page = preview.pageRect(0);
        const QImage onScreen
            = preview.widget()->grab(page).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QImage rendered = preview.pageImage(0, preview.dotsPerMillimetre());
        QCOMPARE(onScreen.size(), rendered.size());
        QCOMPARE(onScreen, rendered);
        // And it is the 版头 in red, where the composer put it: 35 mm under the 版心's top.
        const QRect red = redBox(rendered);
        QVERIFY(!red.isEmpty());
        QVERIFY2(qAbs(red.top() / preview.dotsPerMillimetre() - 72.0) < 1.5,
                 qPrintable(QString::number(red.top())));
    }

    void thePdfShowsTheSameHeader()
    {
        // A 函 on the letter template: the PDF's page and the preview's, at the same resolution,
        // have their red (mark, double lines at top and foot) in the same place.
        const OfficialDocument letter = GovDesk::Test::waterLetter();
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        auto written = PdfExporter::write(letter, m_letter, pdf);
        GD_VERIFY(written);
        pdf.close();

        DocumentPreview preview;
        preview.showDocument(letter, m_letter);
        QCOMPARE(written->pageCount, preview.pages().size());
        constexpr double Dots = 4.0; // per mm
        const QImage shown = preview.pageImage(0, Dots);

        QPdfDocument document;
        QBuffer reader(&pdf.buffer());
        reader.open(QIODevice::ReadOnly);
        document.load(&reader);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), preview.pages().size());
        const QImage printed
            = document.render(0, shown.size()).convertToFormat(QImage::Format_ARGB32_Premultiplied);

        const QRect onScreen = redBox(shown);
        const QRect inPdf = redBox(printed);
        QVERIFY(!onScreen.isEmpty() && !inPdf.isEmpty());
        const auto close = [](int a, int b) {
            return qAbs(a - b) <= 3;
        }; // px, 0.75 mm
        QVERIFY2(close(onScreen.left(), inPdf.left()) && close(onScreen.right(), inPdf.right())
                     && close(onScreen.top(), inPdf.top()) && close(onScreen.bottom(), inPdf.bottom()),
                 qPrintable(QStringLiteral("screen %1,%2 %3x%4; pdf %5,%6 %7x%8")
                                .arg(onScreen.x())
                                .arg(onScreen.y())
                                .arg(onScreen.width())
                                .arg(onScreen.height())
                                .arg(inPdf.x())
                                .arg(inPdf.y())
                                .arg(inPdf.width())
                                .arg(inPdf.height())));
        // 170 mm double lines: the red is as wide as they are, centred on the 版心; the lower one
        // ends 20 mm above the page's foot.
        QVERIFY(qAbs(onScreen.width() / Dots - 170) < 1);
        QVERIFY(qAbs(onScreen.bottom() / Dots - (297 - 20)) < 1);
    }

    // The user guide's screenshots (GOVDESK_SCREENSHOT_DIR, as tst_documentspage): a 函 and a 通知
    // of the office on the demo's templates, the whole first page in view.
    void screenshotsOfALetterAndANotice()
    {
        const QString directory = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("GOVDESK_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(directory));
        const QList<OrganisationEntry> demo = OrganisationDirectory::demoDirectory();
        OfficialDocument notice = GovDesk::Test::fireNotice();
        notice.copyNumber = QStringLiteral("000017");
        const QList<std::pair<QString, OfficialDocument>> shots{
            {QStringLiteral("documents-template-letter.png"), GovDesk::Test::waterLetter()},
            {QStringLiteral("documents-template-notice.png"), notice}};
        for (const auto &[name, document] : shots) {
            DocumentPreview preview;
            preview.resize(760, 1110);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            const auto header = RedHeaderSelection::choose(demo, QStringLiteral("gx-lz-gov"), document);
            QVERIFY(header);
            preview.showDocument(document, header);
            QCoreApplication::processEvents();
            const QString path = QDir(directory).filePath(name);
            QVERIFY2(preview.grab().save(path), qPrintable(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }

    void aLongDocumentComposesQuickly()
    {
        // 40 pages of 3,000 different ideographs: every character is measured once (the cost of a
        // first look at a long 公文), then found again.
        OfficialDocument document = GovDesk::Test::fireNotice();
        QStringList paragraphs;
        for (int p = 0; p < 200; ++p) {
            QString paragraph;
            for (int c = 0; c < 60; ++c)
                paragraph += QChar(0x4E00 + (p * 60 + c) % 3000);
            paragraphs << paragraph + QStringLiteral("。");
        }
        document.body = paragraphs.join(QLatin1Char('\n'));
        DocumentPreview preview;
        preview.resize(700, 900);
        preview.showDocument(document, std::nullopt);
        QVERIFY(preview.pages().size() >= 20);
        // A figure for docs/benchmarks.md, not an assertion: timing belongs to benchmarks.
        QElapsedTimer painting;
        painting.start();
        const QImage page = preview.pageImage(1, preview.dotsPerMillimetre());
        qInfo("composed %lld pages in %lld ms; painted a page of %dx%d px in %lld ms",
              static_cast<long long>(preview.pages().size()),
              static_cast<long long>(preview.lastComposeMilliseconds()), page.width(), page.height(),
              static_cast<long long>(painting.elapsed()));
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_documentpreview.moc"
