// The 水务 dashboard on the demo data (a year of hourly readings and the storm): the station list
// with status colours, the overview (one chart of four parts) and a station's series render in the
// chart engine, a click on a station's point opens it, the warnings are listed most severe first,
// exports write CSV, the charts' PNGs as the chart engine draws them and a PDF holding those
// images, the rainfall bars are labelled with the areas' names, and a local
// import through ImportDialog becomes a dataset record with its file. Screenshots go to
// GOVDESK_SCREENSHOT_DIR when it is set (in Chinese with GOVDESK_SCREENSHOT_QM).
#include "ImportDialog.h"
#include "InterfaceFont.h"
#include "LazyChart.h"
#include "ModuleTestProfile.h"
#include "WaterDatasets.h"
#include "WaterDemoData.h"
#include "WaterPage.h"
#include "import/DatasetApplier.h"
#include "module/ModuleRecords.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Water;

class TestWaterPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    QTemporaryDir m_dir;
    QTranslator m_release;

    static bool waitRendered(Ui::LazyChart *chart, QSignalSpy &spy)
    {
        return spy.count() > 0 || spy.wait(30000) || chart->chart() == nullptr;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(300); // the last frame reaches the widget
        const QString path = QDir(dir).filePath(name);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    // A PNG the chart engine drew of `chart`: exported, decodable, about its size (ECharts draws
    // at twice the pixels) and not blank.
    void checkPng(WaterPage &page, GovDesk::Ui::LazyChart *chart, const QString &path)
    {
        QSignalSpy exported(&page, &WaterPage::exported);
        page.exportPng(chart, path);
        QVERIFY(exported.count() > 0 || exported.wait(20000));
        QCOMPARE(exported.first().at(0).toString(), path);
        QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8) == "\x89PNG\r\n\x1a\n");
        QVERIFY2(file.size() > 8 * 1024, qPrintable(QString::number(file.size())));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= chart->width() && image.width() <= 4 * chart->width() + 4,
                 qPrintable(QStringLiteral("%1 for %2").arg(image.width()).arg(chart->width())));
        QVERIFY(image.height() >= chart->height() && image.height() <= 4 * chart->height() + 4);
        // Drawn: many colours, and a good share of the pixels not the white behind the chart.
        QSet<QRgb> colours;
        qint64 inked = 0;
        qint64 sampled = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QRgb pixel = image.pixel(x, y);
                colours.insert(pixel);
                inked += qGray(pixel) < 230 ? 1 : 0;
                ++sampled;
            }
        }
        QVERIFY2(colours.size() >= 16, qPrintable(QString::number(colours.size())));
        QVERIFY2(inked * 200 > sampled, qPrintable(QStringLiteral("%1 of %2").arg(inked).arg(sampled)));
    }

    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        // The real zh_CN .qm for the screenshots, when GOVDESK_SCREENSHOT_QM names one.
        if (const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
            !qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("water"));
        GD_VERIFY(WaterDatasets::install(*m_context));
        GD_VERIFY(WaterDemoData::seed(*m_context, WaterDemoData::generate(QDateTime::currentDateTimeUtc())));
        // The applier imports the demo's datasets off this thread: the dashboards need them all.
        QVERIFY(QTest::qWaitFor(
            [this] {
                return WaterDatasets::waitingCount(m_context->database()).value_or(-1) == 0
                       && !m_context->datasets()->isBusy();
            },
            60'000));
    }

    void cleanupTestCase()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void dashboardRenders()
    {
        WaterPage page(*m_context);
        QSignalSpy overviewRendered(page.overviewChart(), &Ui::LazyChart::rendered);
        page.resize(1400, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(overviewRendered.count() > 0 || overviewRendered.wait(60000));
        // One chart view for the overview: one web page, not four.
        QCOMPARE(page.findChildren<Ui::LazyChart *>().size(), 2); // the overview and the station chart

        // 30 stations, the two storm stations coloured and first among the warnings' stations.
        QCOMPARE(page.stationTable()->rowCount(), 30);
        QVERIFY(page.warningTable()->rowCount() >= 3);
        QStringList warned;
        for (int row = 0; row < page.warningTable()->rowCount(); ++row)
            warned << page.warningTable()->item(row, 2)->data(Qt::UserRole).toString();
        for (const QString &stcd : WaterDemoData::StormStations)
            QVERIFY2(warned.contains(stcd), qPrintable(warned.join(u',')));
        // The rainfall bars (the second grid's category axis) name the demo's four counties.
        const QJsonObject overview = page.overviewChart()->option();
        QCOMPARE(overview.value(QLatin1String("title")).toArray().size(), 4);
        const QJsonArray areas = overview.value(QLatin1String("xAxis"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QLatin1String("data"))
                                     .toArray();
        QCOMPARE(areas.size(), 4);
        QCOMPARE(areas.first().toString(), QStringLiteral("云源县"));
        screenshot(&page, QStringLiteral("water-dashboard.png"));
        // The overview as a PNG of its own.
        checkPng(page, page.overviewChart(), m_dir.filePath(QStringLiteral("概览.png")));
        if (QTest::currentTestFailed())
            return;

        // A click on a bar or a gauge opens nothing; a click on a station's point opens it.
        const QString shown = page.currentStation();
        Q_EMIT page.overviewChart()->pointClicked(QStringLiteral("bar"), QStringLiteral("云源县"), 12.5);
        QCOMPARE(page.tabs()->currentIndex(), int(WaterPage::OverviewTab));
        QCOMPARE(page.currentStation(), shown);
        const QString clicked = page.stationTable()->item(page.stationTable()->rowCount() - 1, 1)->text();
        Q_EMIT page.overviewChart()->pointClicked(QStringLiteral("station"), QStringLiteral("x"),
                                                  QJsonArray{110.3, 25.3, clicked});
        QCOMPARE(page.currentStation(), clicked);
        QCOMPARE(page.tabs()->currentIndex(), int(WaterPage::StationTab));
        QCOMPARE(page.stationTable()->currentRow(), page.stationTable()->rowCount() - 1);
        page.tabs()->setCurrentIndex(WaterPage::OverviewTab);

        // One station's series with its 警戒/保证 lines, a year of hourly data.
        QSignalSpy stationRendered(page.stationChart(), &Ui::LazyChart::rendered);
        page.setRange(WaterPage::Range::Month);
        page.showStation(WaterDemoData::StormStations.first());
        QCOMPARE(page.tabs()->currentIndex(), int(WaterPage::StationTab));
        QVERIFY(stationRendered.count() > 0 || stationRendered.wait(60000));
        const QJsonObject option = page.stationChart()->option();
        const QJsonObject series = option.value(QLatin1String("series")).toArray().first().toObject();
        QCOMPARE(series.value(QLatin1String("sampling")).toString(), QStringLiteral("lttb"));
        QVERIFY(series.value(QLatin1String("data")).toArray().size() >= 24 * 30);
        QCOMPARE(
            series.value(QLatin1String("markLine")).toObject().value(QLatin1String("data")).toArray().size(),
            2);
        screenshot(&page, QStringLiteral("water-station.png"));

        page.tabs()->setCurrentIndex(WaterPage::WarningsTab);
        screenshot(&page, QStringLiteral("water-warnings.png"));

        // Exports: the warnings as CSV, the station chart as PNG, the dashboard as PDF.
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("warnings.csv"));
        QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll())
                    .contains(WaterDemoData::StormStations.isEmpty() ? QString() : QStringLiteral("云溪镇")));
        page.tabs()->setCurrentIndex(WaterPage::StationTab);
        checkPng(page, page.stationChart(), m_dir.filePath(QStringLiteral("station.png")));
        if (QTest::currentTestFailed())
            return;
        // The PDF: both charts as the engine drew them (images, not grabs), then the two tables.
        const QString pdf = m_dir.filePath(QStringLiteral("dashboard.pdf"));
        QSignalSpy pdfExported(&page, &WaterPage::exported);
        page.exportPdf(pdf);
        QVERIFY(pdfExported.count() > 0 || pdfExported.wait(30000));
        QCOMPARE(pdfExported.first().at(0).toString(), pdf);
        QVERIFY2(pdfExported.first().at(1).toBool(), qPrintable(pdfExported.first().at(2).toString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QCOMPARE(pdfBytes.count("/Subtype /Image"), 2);
    }

    void localImportBecomesADataset()
    {
        WaterPage page(*m_context);
        page.show();
        const QString path = m_dir.filePath(QStringLiteral("石门_降水.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "测站编码,时间,时段降水量\n99010102,2030-01-01 08:00,3.5\n99010102,2030-01-01 09:00,4.0\n");
        file.close();
        const int before
            = m_context->records().count({.collection = QString::fromLatin1(DatasetCollection)}).value_or(-1);
        QSignalSpy imported(&page, &WaterPage::imported);
        page.importFile(path, DatasetKind::Rainfall);
        auto *dialog = page.findChild<Ui::ImportDialog *>();
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &Ui::ImportDialog::checkFinished);
        dialog->startCheck();
        QVERIFY(checked.count() > 0 || checked.wait(30000));
        QVERIFY(dialog->lastCheck() && dialog->lastCheck()->isClean());
        dialog->startImport();
        QVERIFY(imported.count() > 0 || imported.wait(30000));
        QCOMPARE(
            m_context->records().count({.collection = QString::fromLatin1(DatasetCollection)}).value_or(-1),
            before + 1);
        const QString datasetId = imported.first().first().toString();
        bool applied = false;
        for (const DatasetStatus &status :
             WaterDatasets::statuses(m_context->database()).value_or(QList<DatasetStatus>{}))
            if (status.recordId == datasetId)
                applied = status.state == DatasetState::Applied && status.rows == 2;
        QVERIFY(applied);
    }
};

QTEST_MAIN(TestWaterPage)
#include "tst_waterpage.moc"
