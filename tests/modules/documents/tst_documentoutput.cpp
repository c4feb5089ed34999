// Tests DocumentOutput on a real encrypted profile: a 公文 exported as PDF and printed (to a PDF
// printer) in the GB/T 9704 layout, each audited; a failed export audits nothing.
#include "DocumentOutput.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "audit/AuditLog.h"

#include <QPdfDocument>
#include <QPrinter>
#include <QTest>

using namespace GovDesk::Documents;

class TestDocumentOutput : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    QTemporaryDir m_dir;

    LoadedDocument notice()
    {
        DispatchState state;
        state.stage = DispatchStage::Distributed;
        if (!DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("doc-1"),
                                            GovDesk::Test::fireNotice(), state))
            qFatal("saving the notice failed");
        auto loaded = DocumentHandling::load(m_fixture.context(), QStringLiteral("doc-1"));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().fullText()));
        return *loaded;
    }

    QStringList auditedEvents()
    {
        QStringList events;
        auto entries = m_fixture.context().audit().entries();
        if (entries) {
            for (const GovDesk::Core::AuditEntry &entry : *entries)
                events << entry.event;
        }
        return events;
    }

private slots:
    void init()
    {
        m_fixture.open();
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
    }
    void cleanup() { m_fixture.close(); }

    void exportsAndAudits()
    {
        const QString path = m_dir.filePath(QStringLiteral("通知.pdf"));
        auto written = DocumentOutput::exportTo(m_fixture.context(), notice(), path);
        GD_VERIFY(written);
        QCOMPARE(written->pageCount % 2, 0);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.getAllText(0).text().contains(QStringLiteral("柳州市人民政府办公室文件")));
        QVERIFY(auditedEvents().contains(QStringLiteral("documents.export")));

        QVERIFY(!DocumentOutput::exportTo(m_fixture.context(), notice(),
                                          m_dir.filePath(QStringLiteral("no/such/dir.pdf"))));
        QCOMPARE(auditedEvents().count(QStringLiteral("documents.export")), 1); // the failed one is not
    }

    void printsEveryPageAndAudits()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        auto printed = DocumentOutput::printTo(m_fixture.context(), notice(), printer);
        GD_VERIFY(printed);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), *printed);
        QCOMPARE(qRound(pdf.pagePointSize(0).width() * 25.4 / 72), 210);
        QVERIFY(auditedEvents().contains(QStringLiteral("documents.print")));
    }
};

QTEST_MAIN(TestDocumentOutput)
#include "tst_documentoutput.moc"
