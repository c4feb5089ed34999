// documents_bench: the 公文 module's costs that a clerk feels.
//   documents_bench [--quick]
// Prints
//   bench documents_pdf_s value=<a 10-page 公文 to PDF: GB/T 9704 layout, fonts, text map>
//                         baseline=<QPdfWriter writing the same lines as plain text, 10 pages>
// (median of 11 runs, 3 with --quick; fonts are loaded by a first run that is not counted).
#include "BenchReport.h"
#include "DocumentComposer.h"
#include "OfficialDocument.h"
#include "PdfExporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>
#include <functional>

using namespace GovDesk::Documents;

namespace {

OfficialDocument tenPageNotice()
{
    OfficialDocument document;
    document.urgency = Urgency::Urgent;
    document.issuerMark = QStringLiteral("柳州市人民政府办公室文件");
    document.documentNumber = QStringLiteral("柳政办发〔2026〕12号");
    document.title = QStringLiteral("柳州市人民政府办公室关于做好2026年春季森林防火工作的通知");
    document.mainRecipients = {QStringLiteral("各县、区人民政府"), QStringLiteral("市直各有关单位")};
    QStringList body;
    for (int i = 0; i < 17; ++i)
        body << QStringLiteral("各地要压实森林防火责任，加强野外火源管控，严格落实值班制度。").repeated(10);
    document.body = body.join(QLatin1Char('\n'));
    document.issuerName = QStringLiteral("柳州市人民政府办公室");
    document.issuedOn = QDate(2026, 2, 27);
    document.copyTo = {QStringLiteral("市委办公室"), QStringLiteral("市人大常委会办公室")};
    document.printedBy = QStringLiteral("柳州市人民政府办公室");
    document.printedOn = QDate(2026, 2, 28);
    return document;
}

// The baseline: the document's text as plain lines on as many A4 pages, one font, no layout rules.
void plainPdf(const QStringList &lines, int pages, QIODevice &device)
{
    QPdfWriter writer(&device);
    writer.setResolution(PdfExporter::Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(qRound(16 * 25.4 / 72 * PdfExporter::Resolution / 25.4));
    painter.setFont(font);
    const int perPage = static_cast<int>((lines.size() + pages - 1) / pages);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && i % perPage == 0)
            writer.newPage();
        painter.drawText(QPointF(1300, 1700 + (i % perPage) * 480), lines.at(i));
    }
}

double medianSeconds(int runs, const std::function<void()> &work)
{
    work(); // fonts and caches warm
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    return GovDesk::Bench::percentile(seconds, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = GovDesk::Bench::quickMode(argc, argv) ? 3 : 11;
    const OfficialDocument document = tenPageNotice();

    int pages = 0;
    const double ours = medianSeconds(runs, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = PdfExporter::write(document, buffer);
        if (!written) {
            std::fprintf(stderr, "documents_bench: %s\n", qPrintable(written.error().fullText()));
            std::exit(1);
        }
        pages = written->pageCount;
    });
    QStringList lines;
    const OfficialFonts fonts;
    for (const Page::ComposedPage &page : DocumentComposer(fonts).compose(document)) {
        for (const Page::PlacedText &text : page.texts)
            lines << text.text;
    }
    const double plain = medianSeconds(runs, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        plainPdf(lines, pages, buffer);
    });
    std::printf("documents_bench: %d pages, %lld lines\n", pages, static_cast<long long>(lines.size()));
    GovDesk::Bench::report(QStringLiteral("documents_pdf_s"), ours, plain);
    return 0;
}
