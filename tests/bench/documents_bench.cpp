// documents_bench: the 公文 module's costs that a clerk feels.
//   documents_bench [--quick]
// Prints
//   bench documents_list_ms value=<the 收文 list of 20,000 documents opened: its count, overdue
//                                  count and first page, as DocumentListModel asks, in the profile>
//                           baseline=<the same SELECTs on a plain (unencrypted) copy of the table>
//   bench documents_pdf_s value=<a 10-page 公文 to PDF: GB/T 9704 layout, fonts, text map>
//                         baseline=<QPdfWriter writing the same lines as plain text, 10 pages>
// (median of 11 runs, 3 with --quick; a first run warms caches and fonts and is not counted;
// the list's databases are opened anew for each run, as when the page first opens).
#include "BenchReport.h"
#include "DocumentComposer.h"
#include "DocumentsList.h"
#include "OfficialDocument.h"
#include "PdfExporter.h"
#include "PdfTextMap.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"

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

using GovDesk::Core::Database;

template<typename T>
T check(GovDesk::Core::Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "documents_bench: %s: %s\n", what, qPrintable(result.error().fullText()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

GovDesk::Core::SecureBytes keyFor(bool encrypted)
{
    GovDesk::Core::SecureBytes key;
    if (encrypted) {
        key = GovDesk::Core::SecureBytes(32);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<unsigned char>(0x3c ^ i);
    }
    return key;
}

// The documents_list table of the 公文 module with `rows` arrivals over three years.
void fillList(const QString &path, bool encrypted, int rows)
{
    auto db = check(Database::open(path, keyFor(encrypted), {.create = true, .checkApplicationId = false}), "open");
    GovDesk::Core::MigrationRunner runner;
    check(runner.add(QStringLiteral("module.documents"), DocumentsListTable::migrations()), "migrations");
    check(runner.run(*db), "migrate");
    auto transaction = check(GovDesk::Core::Transaction::begin(*db), "begin");
    auto insert = check(db->prepare(QStringLiteral(
                            "INSERT INTO documents_list (record_id, box, number, title, type, urgency, classification,"
                            " stage, returned, doc_date, year, due_at) VALUES (?1, 3, ?2, ?3, ?4, ?5, '公开', '拟办', 0,"
                            " ?6, ?7, ?8)")),
                        "prepare");
    for (int i = 0; i < rows; ++i) {
        const QDate date = QDate(2024, 1, 1).addDays(i % 1000);
        insert.reset();
        insert.bind(1, QStringLiteral("in-%1").arg(i, 6, 10, QLatin1Char('0')))
            .bind(2, QStringLiteral("柳林园报〔%1〕%2号").arg(date.year()).arg(i + 1))
            .bind(3, QStringLiteral("柳州市林业和园林局关于第%1批古树名木认定的报告").arg(i + 1))
            .bind(4, i % 2 ? QStringLiteral("报告") : QStringLiteral("请示"))
            .bind(5, i % 3)
            .bind(6, date.toString(Qt::ISODate))
            .bind(7, date.year())
            .bind(8, QDateTime(date.addDays(7), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        check(insert.exec(), "insert");
    }
    check(transaction.commit(), "commit");
}

// What DocumentListModel::setFilter asks: the count, the overdue count and the first page.
void openIncoming(const QString &path, bool encrypted)
{
    auto db = check(Database::open(path, keyFor(encrypted), {.checkApplicationId = false}), "open");
    const DocumentsListQuery query(*db);
    const ListFilter filter{.list = DocumentList::Incoming};
    (void)check(query.count(filter), "count");
    (void)check(query.overdueCount(filter, QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC)), "overdue");
    if (check(query.page(filter, 0, 100), "page").size() != 100)
        std::exit(1);
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
    // Fonts and PDFs need no screen: CI runs the benchmarks before it sets a platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = GovDesk::Bench::quickMode(argc, argv) ? 3 : 11;
    const OfficialDocument document = tenPageNotice();

    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile.db"));
    const QString plainCopy = dir.filePath(QStringLiteral("plain.db"));
    constexpr int ListRows = 20000;
    fillList(profile, true, ListRows);
    fillList(plainCopy, false, ListRows);
    const double listOurs = medianSeconds(runs, [&] { openIncoming(profile, true); }) * 1000;
    const double listPlain = medianSeconds(runs, [&] { openIncoming(plainCopy, false); }) * 1000;
    std::printf("documents_bench: 收文 list of %d documents\n", ListRows);
    GovDesk::Bench::report(QStringLiteral("documents_list_ms"), listOurs, listPlain);

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
    // Where the time goes: the text-map correction alone, on the PDF just written.
    QBuffer sample;
    sample.open(QIODevice::WriteOnly);
    (void)PdfExporter::write(document, sample);
    const QHash<char32_t, char32_t> shared = GovDesk::Print::PdfTextMap::sharedGlyphs(fonts.families());
    const double textMap = medianSeconds(runs, [&] { (void)GovDesk::Print::PdfTextMap::fix(sample.data(), shared); });
    const double composing = medianSeconds(runs, [&] { (void)DocumentComposer(fonts).compose(document); });
    std::printf("documents_bench: composing takes %.1f ms\n", composing * 1000);
    std::printf("documents_bench: %d pages, %lld lines; correcting the text map takes %.1f ms of it\n", pages,
                static_cast<long long>(lines.size()), textMap * 1000);
    GovDesk::Bench::report(QStringLiteral("documents_pdf_s"), ours, plain);
    return 0;
}
