// Tests PdfExporter by reading its PDFs back with QtPdf: A4 pages, the text where GB/T 9704 puts
// it (read from the PDF, not from the layout), page numbers, fonts reported, a failed export
// leaving nothing behind.
#include "../DocumentSamples.h"
#include "PdfExporter.h"
#include "PdfTextMap.h"
#include "TestProfile.h"

#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Documents;

namespace {

constexpr double MillimetresPerPoint = 25.4 / 72.0;

OfficialDocument tenPages()
{
    OfficialDocument document = GovDesk::Test::fireNotice();
    QStringList body;
    for (int i = 0; i < 28; ++i)
        body << QStringLiteral("各地要压实森林防火责任，加强野外火源管控。").repeated(15);
    document.body = QStringLiteral("当前正值春季森林防火关键期。\n") + body.join(QLatin1Char('\n'));
    return document;
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void writesAnA4DocumentWithTheTextInPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
        auto written = PdfExporter::write(tenPages(), path);
        GD_VERIFY(written);
        QVERIFY(written->pageCount >= 10);
        QCOMPARE(written->pageCount % 2, 0);
        QCOMPARE(written->fonts.size(), 7);

        // GOVDESK_KEEP_PDF=<folder> keeps the PDF and page 1 as PNG (docs/screenshots/documents-pdf.png).
        if (const QString keep = qEnvironmentVariable("GOVDESK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("documents-notice.pdf")));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        if (const QString keep = qEnvironmentVariable("GOVDESK_KEEP_PDF"); !keep.isEmpty()) {
            const QSizeF points = pdf.pagePointSize(0);
            QImage page = pdf.render(0, (points * 1.5).toSize());
            QImage paper(page.size(), QImage::Format_RGB32);
            paper.fill(Qt::white);
            QPainter(&paper).drawImage(0, 0, page);
            paper.save(QDir(keep).filePath(QStringLiteral("documents-pdf.png")));
            // A sealed notice's signature page, for docs/screenshots/documents-pdf-sealed.png.
            OfficialDocument sealed = GovDesk::Test::fireNotice();
            sealed.seal.sealed = true;
            const QString sealedPath = QDir(keep).filePath(QStringLiteral("documents-sealed.pdf"));
            GD_VERIFY(PdfExporter::write(sealed, sealedPath));
            QPdfDocument sealedPdf;
            QCOMPARE(sealedPdf.load(sealedPath), QPdfDocument::Error::None);
            for (int i = 0; i < sealedPdf.pageCount(); ++i) {
                if (!sealedPdf.getAllText(i).text().contains(QStringLiteral("2026年2月27日")))
                    continue;
                QImage signaturePage = sealedPdf.render(i, (points * 1.5).toSize());
                QImage sheet(signaturePage.size(), QImage::Format_RGB32);
                sheet.fill(Qt::white);
                QPainter(&sheet).drawImage(0, 0, signaturePage);
                sheet.save(QDir(keep).filePath(QStringLiteral("documents-pdf-sealed.png")));
            }
        }
        QCOMPARE(pdf.pageCount(), written->pageCount);
        const QSizeF a4 = pdf.pagePointSize(0);
        QCOMPARE(qRound(a4.width() * MillimetresPerPoint), 210);
        QCOMPARE(qRound(a4.height() * MillimetresPerPoint), 297);

        const QString first = pdf.getAllText(0).text();
        QVERIFY2(first.contains(QStringLiteral("柳政办发〔2026〕12号")), qPrintable(first.left(200)));
        // Copied and searched as written: 人 and 民, not the radicals ⼈ ⺠ sharing their glyphs.
        QVERIFY2(first.contains(QStringLiteral("柳州市人民政府办公室文件")), qPrintable(first.left(200)));
        for (const QChar c : first)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
        QVERIFY2(first.contains(QStringLiteral("各县、区人民政府、市直各有关单位：")),
                 qPrintable(first.left(300)));
        // The first paragraph starts two characters into the 版心 (28 mm + 2 × 5.57 mm).
        const qsizetype at = first.indexOf(QStringLiteral("当前正值"));
        QVERIFY(at >= 0);
        const QRectF bounds = pdf.getSelectionAtIndex(0, static_cast<int>(at), 4).boundingRectangle();
        QVERIFY2(qAbs(bounds.left() * MillimetresPerPoint - 39.1) < 1.0,
                 qPrintable(QString::number(bounds.left() * MillimetresPerPoint)));
        // Page 2's number on the left, page 3's on the right, 7 mm under the 版心.
        for (const int page : {1, 2}) {
            const QString text = pdf.getAllText(page).text();
            const QString number = QStringLiteral("%1").arg(page + 1);
            const qsizetype dash = text.lastIndexOf(QStringLiteral("— ") + number);
            QVERIFY2(dash >= 0, qPrintable(text.right(40)));
            const QRectF numberBounds
                = pdf.getSelectionAtIndex(page, static_cast<int>(dash), 3 + number.size())
                      .boundingRectangle();
            QVERIFY(numberBounds.top() * MillimetresPerPoint > 37 + 225 + 6);
            if (page == 1)
                QVERIFY(numberBounds.left() * MillimetresPerPoint < 40);
            else
                QVERIFY(numberBounds.right() * MillimetresPerPoint > 170);
        }
        const QString last = pdf.getAllText(pdf.pageCount() - 1).text();
        QVERIFY(last.contains(QStringLiteral("抄送：")));
        QVERIFY(last.contains(QStringLiteral("2026年2月28日印发")));
    }

    void cmapRangesWithRadicalsAreRewrittenValueByValue()
    {
        const QHash<char32_t, char32_t> equivalents{{0x2F08, 0x4EBA}, {0x2EA0, 0x6C11}, {0x2F09, 0x513F}};
        const QByteArray cmap = "2 beginbfrange\n"
                                "<0001> <0003> [<67F3> <2F08> <2EA0>]\n"
                                "<0004> <0005> <2F08>\n"
                                "<0006> <0007> <5DDE>\n"
                                "endbfrange\n"
                                "1 beginbfchar\n"
                                "<0008> <2EA0>\n"
                                "endbfchar\n";
        const QByteArray fixed = GovDesk::Print::PdfTextMap::fixCMap(cmap, equivalents);
        QVERIFY2(fixed.contains("<0001> <0003> [<67F3> <4EBA> <6C11>]"), fixed.constData());
        // A range starting at a radical: each value mapped alone (2F08 → 4EBA, 2F09 → 513F).
        QVERIFY2(fixed.contains("<0004> <0005> [<4EBA> <513F>]"), fixed.constData());
        QVERIFY(fixed.contains("<0006> <0007> <5DDE>"));
        QVERIFY(fixed.contains("<0008> <6C11>"));
        // The glyphs Noto CJK shares: 人 and ⼈, 民 and ⺠.
        const QHash<char32_t, char32_t> noto
            = GovDesk::Print::PdfTextMap::sharedGlyphs({QStringLiteral("Noto Serif CJK SC")});
        QCOMPARE(noto.value(0x2F08), char32_t(0x4EBA));
        QCOMPARE(noto.value(0x2EA0), char32_t(0x6C11));
        QVERIFY(noto.size() > 100);
        // Something that is not a PDF is refused with a reason.
        auto broken = GovDesk::Print::PdfTextMap::fix("%PDF-1.4 nonsense", noto);
        QVERIFY(!broken);
    }

    void aFailedExportLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/notice.pdf"));
        auto written = PdfExporter::write(GovDesk::Test::fireNotice(), path);
        QVERIFY(!written);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
