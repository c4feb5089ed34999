// Tests the 林业 page on the demo datasets, offscreen with the real chart engine: the cards with
// their year-on-year change, afforestation against plan, the fire table with 4–5 highlighted, the
// pest trend, the comparison across counties, a file imported through the ImportDialog, and
// exports to CSV, PNG and PDF. Screenshots go to GOVDESK_SCREENSHOT_DIR when it is set.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "ForestryDatasets.h"
#include "ForestryDemoData.h"
#include "ForestryPage.h"
#include "ForestryQueries.h"
#include "ForestryTables.h"
#include "ImportDialog.h"
#include "InterfaceFont.h"
#include "LazyChart.h"
#include "ModuleUi.h"
#include "audit/AuditLog.h"
#include "import/DatasetApplier.h"
#include "module/Module.h"
#include "module/ModuleRecords.h"
#include "sync/BlobCache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace GovDesk::Core;
using namespace GovDesk::Forestry;
using namespace GovDesk::Test;

class TestForestryPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    std::unique_ptr<ForestryPage> m_page;
    QTemporaryDir m_dir;
    QTranslator m_release;

    // A chart shown and drawn.
    bool waitRendered(GovDesk::Ui::LazyChart *chart)
    {
        QSignalSpy rendered(chart, &GovDesk::Ui::LazyChart::rendered);
        if (!chart->chart())
            QCoreApplication::processEvents();
        return rendered.count() > 0 || rendered.wait(30000);
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(300); // the canvas' last frame onto the widget
        const QString path = QDir(dir).filePath(name);
        QVERIFY2(m_page->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static QColor background(const QTableWidget *table, int row, int column)
    {
        return table->item(row, column)->background().color();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        // The real zh_CN .qm for the screenshots, when GOVDESK_SCREENSHOT_QM names one.
        if (const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
            !qm.isEmpty() && m_release.load(qm))
            QCoreApplication::installTranslator(&m_release);
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        // The module's own metadata, as ModuleManager reads it (the page shows its name).
        QFile json(QStringLiteral(GOVDESK_FORESTRY_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto metadata = ModuleMetadata::fromJson(QJsonDocument::fromJson(json.readAll()).object());
        GD_VERIFY(metadata);
        m_profile->contexts.push_back(
            std::make_unique<ModuleContext>(*metadata, *m_profile->session, m_profile->pool));
        m_context = m_profile->contexts.back().get();
        auto *module
            = qobject_cast<Module *>(QPluginLoader(QStringLiteral(GOVDESK_FORESTRY_PLUGIN)).instance());
        QVERIFY(module);
        QString error;
        QVERIFY2(module->initialize(*m_context, &error), qPrintable(error));
        // Late April: the spring planting half done, the dry season's fire danger at its peak.
        GD_VERIFY(seedDemoDatasets(*m_context, QDate(2026, 4, 20)));
        // The applier imports the demo's datasets off this thread: the dashboards need them all.
        QVERIFY(QTest::qWaitFor(
            [this] {
                const auto all = ForestryTables(m_context->database()).statuses();
                return all && !m_context->datasets()->isBusy()
                       && std::none_of(all->cbegin(), all->cend(), [](const DatasetStatus &s) {
                              return s.state == DatasetState::Waiting;
                          });
            },
            60'000));
        m_page = std::make_unique<ForestryPage>(*m_context);
        m_page->resize(1280, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_context = nullptr;
        m_profile.reset();
    }

    void overview()
    {
        QVERIFY(waitRendered(m_page->chart(ForestryPage::Overview)));
        const auto cards = m_page->cards()->findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *label : cards)
            texts.append(label->text());
        // The region's 2025 coverage and its change on 2024, from the five counties' figures.
        const QString joined = texts.join(u'|');
        QVERIFY2(joined.contains(QStringLiteral("▲")), qPrintable(joined));
        QVERIFY2(joined.contains(u'%'), qPrintable(joined));
        const QJsonObject option = m_page->chart(ForestryPage::Overview)->option();
        QCOMPARE(
            option.value(QStringLiteral("xAxis")).toObject().value(QStringLiteral("data")).toArray().size(),
            5);
        QVERIFY(m_page->table(ForestryPage::Overview)->rowCount() > 0); // warnings
        screenshot(QStringLiteral("forestry-dashboard.png"));
    }

    void fireTableHighlightsFourAndFive()
    {
        m_page->tabs()->setCurrentIndex(ForestryPage::Fire);
        QVERIFY(waitRendered(m_page->chart(ForestryPage::Fire)));
        const QTableWidget *table = m_page->table(ForestryPage::Fire);
        QCOMPARE(table->rowCount(), 14);
        QCOMPARE(table->columnCount(), 2 + 7);
        int high = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 2; column < table->columnCount(); ++column) {
                const int level = table->item(row, column)->text().toInt();
                const bool marked = background(table, row, column).isValid()
                                    && table->item(row, column)->background().style() != Qt::NoBrush;
                QCOMPARE(marked, level >= 4);
                high += level >= 4 ? 1 : 0;
            }
        }
        QVERIFY(high > 0); // the demo's peak
        screenshot(QStringLiteral("forestry-fire.png"));
    }

    void pestsAndComparison()
    {
        m_page->tabs()->setCurrentIndex(ForestryPage::Pests);
        QVERIFY(waitRendered(m_page->chart(ForestryPage::Pests)));
        QCOMPARE(
            m_page->chart(ForestryPage::Pests)->option().value(QStringLiteral("series")).toArray().size(), 4);
        QCOMPARE(m_page->table(ForestryPage::Pests)->rowCount(), 5 * 4);
        m_page->tabs()->setCurrentIndex(ForestryPage::Comparison);
        const QTableWidget *comparison = m_page->table(ForestryPage::Comparison);
        QCOMPARE(comparison->rowCount(), 5);
        QCOMPARE(comparison->item(0, 0)->text(), QStringLiteral("云岗县"));
        // 云岗县: 118 000 ha × 46.8 % = 55 224 ha of forest in 2025.
        QCOMPARE(comparison->item(0, 2)->text(), QLocale().toString(55224.0, 'f', 1));
        m_page->setUnit(AreaUnit::Mu);
        QCOMPARE(comparison->item(0, 2)->text(), QLocale().toString(55224.0 * 15, 'f', 1));
        m_page->setUnit(AreaUnit::Hectare);
    }

    void importAFileThroughTheDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("火险_补报.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("县,区域,日期,火险等级\n新林县,北岭,2026-04-21,5\n新林县,南岭,2026-04-21,2\n")
                .toUtf8());
        file.close();
        QSignalSpy imported(m_page.get(), &ForestryPage::imported);
        GovDesk::Ui::ImportDialog *dialog = m_page->importFile(DatasetKind::FireRisk, path);
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &GovDesk::Ui::ImportDialog::checkFinished);
        dialog->startCheck();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog->lastCheck() && dialog->lastCheck()->isClean());
        dialog->startImport();
        QVERIFY(imported.wait(10000));
        QCOMPARE(dialog->importedRows(), 2);
        // A dataset like any other: its record carries the file (kept in the blob cache) and the
        // mapping to colleagues, and the import is in the audit log.
        const QString datasetId = imported.first().at(0).toString();
        auto record = m_context->records().get(QStringLiteral("forestry.dataset"), datasetId);
        GD_VERIFY(record);
        QVERIFY(*record);
        QVERIFY((*record)->payload.contains(QStringLiteral("mapping")));
        const QString sha256 = DatasetRecord::fromPayload((*record)->payload).sha256;
        QVERIFY(BlobCache(m_context->database()).has(sha256).value_or(false));
        auto audit = m_context->audit().entries();
        GD_VERIFY(audit);
        QCOMPARE(audit->last().event, QStringLiteral("forestry.dataset.import"));
        QCOMPARE(audit->last().subject, datasetId);
        m_page->showRecord(QStringLiteral("fire:新林县:北岭"));
        QCOMPARE(m_page->tabs()->currentIndex(), int(ForestryPage::Fire));
        const QTableWidget *table = m_page->table(ForestryPage::Fire);
        QVERIFY(table->currentRow() >= 0);
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("新林县"));
    }

    void exports()
    {
        m_page->tabs()->setCurrentIndex(ForestryPage::Comparison);
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("对比.csv"));
        QVERIFY2(m_page->exportCsv(csv, &error), qPrintable(error));
        QFile read(csv);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray bytes = read.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + 5); // header and the counties with indicators
        QVERIFY(text.contains(QStringLiteral("柳河县")));

        m_page->tabs()->setCurrentIndex(ForestryPage::Fire);
        QSignalSpy exported(m_page.get(), &ForestryPage::exported);
        const QString png = m_dir.filePath(QStringLiteral("火险.png"));
        m_page->exportPng(png);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
        QVERIFY(!QImage(png).isNull());

        m_page->tabs()->setCurrentIndex(ForestryPage::Overview);
        const QString pdf = m_dir.filePath(QStringLiteral("总览.pdf"));
        m_page->exportPdf(pdf);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY(written.size() > 20000); // the cards and the chart as images

        auto audit = m_context->audit().entries();
        GD_VERIFY(audit);
        QCOMPARE(
            std::count_if(audit->cbegin(), audit->cend(),
                          [](const AuditEntry &e) { return e.event == QStringLiteral("forestry.export"); }),
            3);
    }
};

QTEST_MAIN(TestForestryPage)
#include "tst_forestrypage.moc"
