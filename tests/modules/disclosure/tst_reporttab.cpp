// Tests the 年度报告 tab under offscreen on the demo's year: the tables computed and previewed with
// the reconciliation stated; values entered by hand are saved with the draft and come back in a new
// tab; 发布 shows as published; the PDF carries the title and the tables (pdftotext). Saves a
// screenshot when GOVDESK_SCREENSHOT_DIR is set (in Chinese with GOVDESK_SCREENSHOT_QM).
#include "../../unit/core/module/ModuleTestProfile.h"
#include "AnnualReportStore.h"
#include "DisclosureDemoData.h"
#include "DisclosureRecords.h"
#include "ReportTab.h"
#include "RequestsDemoData.h"
#include "RequestsStore.h"
#include "Screenshots.h"
#include "module/ProjectionRunner.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace GovDesk::Disclosure;

class TestReportTab : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;
    GovDesk::Test::ScreenshotLanguage m_language;
    const int m_year = QDate::currentDate().year();

private slots:
    void initTestCase()
    {
        m_language.install();
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(m_context->migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(*m_context));
        GD_VERIFY(RequestsStore::install(*m_context));
        GD_VERIFY(AnnualReportStore::declare(*m_context));
        GD_VERIFY(seedDemoItems(*m_context, QDate::currentDate()));
        auto calendar = HolidayCalendar::shipped();
        GD_VERIFY(calendar);
        GD_VERIFY(RequestsDemoData::seed(*m_context, *calendar, QDate::currentDate()));
        GD_VERIFY(m_context->projections().catchUp());
    }

    void previewsEditsAndPublishes()
    {
        ReportTab tab(*m_context);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setYear(m_year);
        auto *preview = tab.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
        const QString shown = preview->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("三、收到和处理政府信息公开申请情况")), qPrintable(shown.left(300)));
        QVERIFY(shown.contains(QStringLiteral("每件申请只计算一次")));
        auto *reconciliation = tab.findChild<QLabel *>(QStringLiteral("reconciliation"));
        QVERIFY(reconciliation->styleSheet().isEmpty()); // not the red of figures that do not add up
        auto input = AnnualReportStore::input(*m_context, m_year, {}, {});
        GD_VERIFY(input);
        const Reconciliation check
            = AnnualReport::reconcile(AnnualReport::requestFigures(m_year, input->requests));
        QVERIFY2(reconciliation->text().contains(QString::number(check.received)), qPrintable(reconciliation->text()));

        tab.findChild<QSpinBox *>(QStringLiteral("outcome00"))->setValue(2); // 行政复议 结果维持
        tab.findChild<QPlainTextEdit *>(QStringLiteral("problems"))
            ->setPlainText(QStringLiteral("部分答复告知书说理不够充分。"));
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("部分答复告知书说理不够充分。")));
        GD_VERIFY(tab.saveDraft());
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("reportState"))->text(), ReportTab::tr("Draft"));
        QVERIFY(GovDesk::Test::saveScreenshot(tab, QStringLiteral("disclosure-report")));

        ReportTab again(*m_context);
        again.setYear(m_year);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("outcome00"))->value(), 2);
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("problems"))->toPlainText(),
                 QStringLiteral("部分答复告知书说理不够充分。"));
        GD_VERIFY(again.publish());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("reportState"))->text().startsWith(ReportTab::tr("Published (%1)").left(4)));
        auto saved = AnnualReportStore::find(*m_context, m_year);
        QVERIFY(*saved && (*saved)->isPublished());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("年度报告.pdf"));
        auto pages = again.writePdf(path);
        pages.waitForFinished();
        GD_VERIFY(pages.result());
        QVERIFY(*pages.result() >= 2);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF is written, its text not read");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(read.contains(AnnualReport::title(input->organisation, m_year)));
        QVERIFY(read.contains(QStringLiteral("部分答复告知书说理不够充分。")));
        QVERIFY(read.contains(QStringLiteral("政府信息公开行政复议、行政诉讼情况")));
    }
};

QTEST_MAIN(TestReportTab)
#include "tst_reporttab.moc"
