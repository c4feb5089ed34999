// Tests the PDFs: a 部分公开 告知书 and a generated year's annual report are written (the report on
// the worker thread, as the UI does), and their text — read back by pdftotext (poppler-utils), an
// independent reader — carries the expected wording: title, 登记号, 第三十七条, the remedies, the date
// in Chinese form, the report's headings, table rows and reconciled totals.
#include "AnnualReport.h"
#include "DisclosurePrint.h"
#include "HtmlPdf.h"
#include "RequestSamples.h"
#include "RequestsDemoData.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

namespace {

// pdftotext collapses nothing in CJK text but may break lines anywhere: compare without whitespace.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestDisclosurePrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(m_dir.isValid());
        // To look at the pages: GOVDESK_KEEP_PDFS=1 keeps them (the path is logged).
        if (qEnvironmentVariableIsSet("GOVDESK_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
    }

    void replyNotice()
    {
        auto request = RequestWorkflow::reply(registered(QDate(2026, 3, 2)),
                                              {.type = ReplyType::Partial,
                                               .reasons = {ReplyReason::ThirdPartyPrivacy},
                                               .on = QDate(2026, 3, 20)},
                                              clerk(), at(QDate(2026, 3, 20)));
        QVERIFY(request);
        const auto notice = ReplyNotice::compose(
            *request, {QStringLiteral("柳州市自然资源局"), QStringLiteral("柳州市人民政府")});
        QVERIFY(notice);
        const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
        const auto pages = GovDesk::Print::HtmlPdf::write(DisclosurePrint::noticeHtml(*notice), path);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QCOMPARE(*pages, 1);
        const QString text = pdfText(path);
        for (const QString &expected :
             {QStringLiteral("政府信息公开申请答复告知书"), QStringLiteral("登记号：2026-0001"),
              QStringLiteral("王某："), QStringLiteral("第三十七条"), QStringLiteral("保护第三方合法权益"),
              QStringLiteral("如对本答复不服，可以在收到本告知书之日起六十日内向柳州市人民政府申请行政复议，"
                             "或者在六个月内向人民法院提起行政诉讼。"),
              QStringLiteral("柳州市自然资源局"), QStringLiteral("二〇二六年三月二十日")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void annualReportOnTheWorkerThread()
    {
        const auto requests = RequestsDemoData::generate(shippedCalendar(), QDate(2026, 12, 31));
        QVERIFY(requests);
        const auto report = AnnualReport::payload(
            {.year = 2026, .organisation = QStringLiteral("柳州市人民政府办公室"), .requests = *requests});
        QVERIFY(report);
        const Reconciliation check = AnnualReport::reconcile(AnnualReport::requestFigures(2026, *requests));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFuture<GovDesk::Core::Result<int>> future
            = GovDesk::Print::HtmlPdf::writeAsync(DisclosurePrint::reportHtml(*report), path);
        future.waitForFinished();
        const auto pages = future.result();
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QVERIFY(*pages >= 2);
        const QString text = pdfText(path);
        for (const QString &expected :
             {QStringLiteral("柳州市人民政府办公室2026年政府信息公开工作年度报告"),
              QStringLiteral("一、总体情况"), QStringLiteral("三、收到和处理政府信息公开申请情况"),
              QStringLiteral("法律服务机构"), QStringLiteral("本年新收政府信息公开申请数量"),
              QStringLiteral("结转下年度继续办理"),
              QStringLiteral("本年新收政府信息公开申请%1件").arg(check.received), QStringLiteral("核对一致"),
              QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
              QStringLiteral("六、其他需要报告的事项")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void unwritablePathIsAnError()
    {
        const auto pages
            = GovDesk::Print::HtmlPdf::write(QStringLiteral("<p>x</p>"), m_dir.filePath("missing/dir/x.pdf"));
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, GovDesk::Core::ErrorCode::Io);
    }
};

QTEST_MAIN(TestDisclosurePrint)
#include "tst_disclosureprint.moc"
