// The 审判管理 page on a small demo province in a real encrypted profile: the analysis runs off the
// UI thread and fills the period picker (the twelve months first), the 通报 tab and the three
// charts, which render in the chart engine; another period or indicator is analysed again; the
// drill-down lists exactly the cases CasesBehind gives for the court and shows a case's events;
// a click on a bar leads there; the 通报 is exported as PDF (A4, drawn), XLSX and CSV, and an
// export to a folder that does not exist says so; a malformed file imports nothing. Screenshots
// go to GOVDESK_SCREENSHOT_DIR when it is set (in Chinese with GOVDESK_SCREENSHOT_QM).
#include "CasesBehind.h"
#include "CourtDrillDown.h"
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "CourtsPage.h"
#include "CourtsStore.h"
#include "ImportDialog.h"
#include "LazyChart.h"
#include "ModuleTestProfile.h"
#include "Screenshots.h"
#include "import/DatasetApplier.h"
#include "module/ModuleRecords.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

namespace {

// The ranking chart's bars, one per ranked court.
QJsonArray rankingBars(const CourtsPage &page)
{
    const QJsonArray series = page.rankingChart()->option().value(QStringLiteral("series")).toArray();
    return series.at(0).toObject().value(QStringLiteral("data")).toArray();
}

} // namespace

class TestCourtsPage : public QObject
{
    Q_OBJECT

    Test::ScreenshotLanguage m_language;
    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    std::unique_ptr<CourtsPage> m_page;
    // The ranking, the trend and the heat table, each with its rendered() spy.
    QList<std::pair<Ui::LazyChart *, std::shared_ptr<QSignalSpy>>> m_rendered;

    // The analysis asked for (at construction or by a picker) has ended.
    static bool waitAnalysed(CourtsPage &page)
    {
        return QTest::qWaitFor([&] { return !page.isBusy(); }, 60'000);
    }

    // Exports the shown 通报 as `format` to `path`; the (succeeded, error) reported.
    std::pair<bool, QString> exportTo(CourtsPage::ExportFormat format, const QString &path)
    {
        QSignalSpy exported(m_page.get(), &CourtsPage::exported);
        m_page->exportBulletin(format, path);
        if (exported.isEmpty() && !exported.wait(60'000))
            return {false, QStringLiteral("no answer")};
        return {exported.first().at(1).toBool(), exported.first().at(2).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_language.install();
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(*m_context));
        GD_VERIFY(CourtsDemoData::seed(*m_context, CourtsDemoData::generate(QDate(2026, 12, 6), 0.1)));
        QVERIFY(QTest::qWaitFor(
            [this] {
                return CourtsDatasets::waitingCount(m_context->database()).value_or(-1) == 0
                       && !m_context->datasets()->isBusy();
            },
            120'000));
        m_page = std::make_unique<CourtsPage>(*m_context);
        for (Ui::LazyChart *chart : {m_page->rankingChart(), m_page->trendChart(), m_page->heatChart()})
            m_rendered.append({chart, std::make_shared<QSignalSpy>(chart, &Ui::LazyChart::rendered)});
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(waitAnalysed(*m_page));
    }

    void cleanupTestCase()
    {
        m_rendered.clear();
        m_page.reset();
        m_context = nullptr;
        m_profile.reset();
    }

    void dashboardShowsTheLastTwelveMonths()
    {
        const CourtsAnalysisResult &analysis = m_page->analysis();
        QVERIFY(analysis.data);
        QCOMPARE(analysis.data->cases.size(), CourtsStore(m_context->database()).caseCount().value_or(-1));
        auto *period = m_page->findChild<QComboBox *>(QStringLiteral("courtsPeriod"));
        QVERIFY(period);
        QCOMPARE(period->count(), m_page->periods().size());
        QCOMPARE(period->currentText(), m_page->periods().first().name);
        QVERIFY(period->currentText().endsWith(QStringLiteral("至2026年12月6日"))
                || period->currentText().contains(QStringLiteral("至2026年12月")));
        QCOMPARE(analysis.choice, m_page->periods().first());
        QCOMPARE(analysis.bulletin.sections.size(), CaseIndicators::all().size());

        // The 通报 tab holds the 通报 as it prints: its title and every indicator's section.
        const QString bulletin = m_page->bulletinView()->toPlainText();
        QVERIFY2(bulletin.contains(analysis.bulletin.title), qPrintable(bulletin.left(300)));
        for (const BulletinSection &section : analysis.bulletin.sections)
            QVERIFY2(bulletin.contains(section.definition.name), qPrintable(section.definition.name));

        // The three charts draw in the chart engine; the ranking has one bar per ranked 基层法院.
        for (const auto &[chart, rendered] : std::as_const(m_rendered)) {
            QVERIFY2(chart->chart(), qPrintable(chart->objectName()));
            QVERIFY2(rendered->count() > 0 || rendered->wait(60'000), qPrintable(chart->objectName()));
        }
        QCOMPARE(rankingBars(*m_page).size(), 20);
        const QJsonArray heatRows = m_page->heatChart()
                                        ->option()
                                        .value(QStringLiteral("yAxis"))
                                        .toObject()
                                        .value(QStringLiteral("data"))
                                        .toArray();
        QCOMPARE(heatRows.size(), 20);
        QTest::qWait(1500); // the charts' animations end before the picture
        QVERIFY(Test::saveScreenshot(*m_page, QStringLiteral("courts-dashboard")));
    }

    void anotherPeriodOrIndicatorIsAnalysedAgain()
    {
        const PeriodChoice year = m_page->periods().at(1);
        m_page->setPeriod(1);
        QVERIFY(waitAnalysed(*m_page));
        QCOMPARE(m_page->analysis().choice, year);
        QVERIFY(m_page->analysis().bulletin.title.contains(year.name));
        QVERIFY(m_page->bulletinView()->toPlainText().contains(year.name));

        m_page->setIndicator(Indicator::EntryTimelinessRate);
        QVERIFY(waitAnalysed(*m_page));
        QCOMPARE(m_page->analysis().trendChoice.indicator, Indicator::EntryTimelinessRate);
        QCOMPARE(m_page->analysis().choice, year); // the same period, only the trend changed
        QVERIFY(!m_page->analysis().trend.isEmpty());
        const QString title = m_page->trendChart()
                                  ->option()
                                  .value(QStringLiteral("title"))
                                  .toObject()
                                  .value(QStringLiteral("text"))
                                  .toString();
        QVERIFY2(title.contains(CaseIndicators::definition(Indicator::EntryTimelinessRate, {}).name),
                 qPrintable(title));

        // 年内累计 (as courts report, and the page's first choice): the trend from each January.
        QVERIFY(m_page->analysis().trendChoice.yearToDate);
        for (const TrendPoint &point : m_page->analysis().trend)
            QCOMPARE(point.period.period.from.dayOfYear(), 1);
        QVERIFY(title.endsWith(QStringLiteral("（年内累计）")));
        // Month by month: the same period and indicator, each month on its own.
        m_page->setTrendYearToDate(false);
        QVERIFY(waitAnalysed(*m_page));
        QCOMPARE(m_page->analysis().choice, year);
        QVERIFY(!m_page->analysis().trendChoice.yearToDate);
        QVERIFY(m_page->analysis().trend.size() >= 20);
        for (const TrendPoint &point : m_page->analysis().trend)
            QCOMPARE(point.period.period.from.addMonths(1).addDays(-1), point.period.period.to);
        m_page->setTrendYearToDate(true);
        QVERIFY(waitAnalysed(*m_page));

        m_page->setLevel(CourtLevel::Intermediate);
        QCOMPARE(rankingBars(*m_page).size(), 4);
        m_page->setLevel(CourtLevel::Basic);
    }

    void drillDownListsTheCasesBehindTheFigure()
    {
        m_page->setIndicator(Indicator::EntryTimelinessRate);
        QVERIFY(waitAnalysed(*m_page));
        CourtDrillDown *drill = m_page->drillDownView();
        // A click on a bar of the ranking leads to the court.
        const QString court = QStringLiteral("琼0106");
        Q_EMIT m_page->rankingChart()->pointClicked(QStringLiteral("本期"),
                                                    m_page->analysis().data->directory.nameOf(court), {});
        QCOMPARE(m_page->tabs()->currentIndex(), int(CourtsPage::DrillDownTab));
        QCOMPARE(drill->court(), court);

        const CourtsAnalysisResult &analysis = m_page->analysis();
        const QList<BehindCase> expected
            = CasesBehind::of(analysis.data->casesOf(court), Indicator::EntryTimelinessRate,
                              analysis.choice.period, analysis.data->settings);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(drill->caseTable()->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(drill->caseTable()->item(row, 0)->text(), expected.at(row).courtCase.number.toString());
            QCOMPARE(drill->caseTable()->item(row, 3)->text(), expected.at(row).reason);
        }
        // The ranked courts of the level, the chosen one selected.
        QCOMPARE(drill->courtTable()->rowCount(), 20);
        QCOMPARE(
            drill->courtTable()->item(drill->courtTable()->currentRow(), 0)->data(Qt::UserRole).toString(),
            court);

        // The first case shown with its events; a late entry is marked.
        const CourtCase &first = expected.first().courtCase;
        QVERIFY2(drill->caseSummary().startsWith(first.number.toString()), qPrintable(drill->caseSummary()));
        QCOMPARE(drill->eventTable()->rowCount(), first.events.size());
        bool lateShown = false;
        for (int row = 0; row < drill->eventTable()->rowCount(); ++row) {
            const CaseEvent &event = first.events.at(row);
            QCOMPARE(drill->eventTable()->item(row, 0)->text(), event.kind);
            const bool late
                = !event.enteredOn.isValid()
                  || event.occurredOn.daysTo(event.enteredOn) > analysis.data->settings.timelyEntryDays;
            QCOMPARE(drill->eventTable()->item(row, 0)->background().style() != Qt::NoBrush, late);
            lateShown = lateShown || late;
        }
        QVERIFY(lateShown); // it is behind the 录入及时率 because an entry was late

        // Another case of the list: its events.
        const CourtCase &last = expected.last().courtCase;
        drill->caseTable()->selectRow(int(expected.size()) - 1);
        QVERIFY(drill->caseSummary().startsWith(last.number.toString()));
        QCOMPARE(drill->eventTable()->rowCount(), last.events.size());
        drill->caseTable()->selectRow(0);
        QVERIFY(Test::saveScreenshot(*m_page, QStringLiteral("courts-drilldown")));
    }

    void bulletinExports()
    {
        m_page->tabs()->setCurrentIndex(CourtsPage::BulletinTab);
        QVERIFY(Test::saveScreenshot(*m_page, QStringLiteral("courts-bulletin")));
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("通报.pdf"));
        const auto pdf = exportTo(CourtsPage::ExportFormat::Pdf, pdfPath);
        QVERIFY2(pdf.first, qPrintable(pdf.second));
        QPdfDocument document;
        QCOMPARE(document.load(pdfPath), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 2);
        QCOMPARE(qRound(document.pagePointSize(0).width() * 25.4 / 72), 210);
        const QImage page = document.render(0, QSize(595, 842));
        QVERIFY(!page.isNull());
        qint64 inked = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                inked += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(inked > 2000, qPrintable(QString::number(inked))); // text, not an empty page
        if (const QString shots = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(document.render(0, QSize(893, 1263))
                        .save(shots + QStringLiteral("/courts-bulletin-pdf.png")));

        const QString xlsxPath = dir.filePath(QStringLiteral("通报.xlsx"));
        const auto xlsx = exportTo(CourtsPage::ExportFormat::Xlsx, xlsxPath);
        QVERIFY2(xlsx.first, qPrintable(xlsx.second));
        QFile xlsxFile(xlsxPath);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        QVERIFY(xlsxFile.read(4) == "PK\x03\x04");

        const QString csvPath = dir.filePath(QStringLiteral("通报.csv"));
        const auto csv = exportTo(CourtsPage::ExportFormat::Csv, csvPath);
        QVERIFY2(csv.first, qPrintable(csv.second));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.contains(QStringLiteral("海口市秀英区人民法院")));

        // Where it cannot be written: an error that says so, nothing half written.
        const QString nowhere = dir.filePath(QStringLiteral("没有这个文件夹/通报.xlsx"));
        const auto refused = exportTo(CourtsPage::ExportFormat::Xlsx, nowhere);
        QVERIFY(!refused.first);
        QVERIFY(!refused.second.isEmpty());
        QVERIFY(!QFile::exists(nowhere));
    }

    void malformedImportChangesNothing()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("案件_错误.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // One good row, a 案号 without its court, a date that does not exist, closed before filed.
        file.write("案号,立案日期,结案日期,审限（月）\n"
                   "（2026）琼0105民初9001号,2026-01-05,2026-02-01,3\n"
                   "（2026）民初9002号,2026-01-06,,3\n"
                   "（2026）琼0105民初9003号,2026-13-40,,3\n"
                   "（2026）琼0105民初9004号,2026-06-01,2026-05-01,3\n");
        file.close();
        const qint64 cases = CourtsStore(m_context->database()).caseCount().value_or(-1);
        const qint64 records
            = m_context->records().count({.collection = QString::fromLatin1(DatasetCollection)}).value_or(-1);
        m_page->importFile(path, DatasetKind::Cases);
        auto *dialog = m_page->findChild<Ui::ImportDialog *>();
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &Ui::ImportDialog::checkFinished);
        dialog->startCheck();
        QVERIFY(checked.count() > 0 || checked.wait(30'000));
        QVERIFY(dialog->lastCheck());
        QCOMPARE(dialog->lastCheck()->problemCount, 3);
        dialog->startImport(); // refused while the check finds problems
        QVERIFY(!dialog->isBusy());
        dialog->reject();
        QCOMPARE(CourtsStore(m_context->database()).caseCount().value_or(-1), cases);
        QCOMPARE(
            m_context->records().count({.collection = QString::fromLatin1(DatasetCollection)}).value_or(-1),
            records);
        QVERIFY(!CourtsStore(m_context->database())
                     .courtCase(QStringLiteral("（2026）琼0105民初9001号"))
                     .value_or(std::nullopt));
    }
};

QTEST_MAIN(TestCourtsPage)
#include "tst_courtspage.moc"
