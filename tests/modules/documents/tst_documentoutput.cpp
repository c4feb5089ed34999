// Tests DocumentOutput on a real encrypted profile: a 公文 exported as PDF and as OFD (on a worker
// thread, signed when the profile holds the document's seal) and printed (to a PDF printer) in
// the GB/T 9704 layout, each audited; a failed export audits nothing.
#include "DocumentOutput.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "OfdSignatureVerifier.h"
#include "SealSamples.h"
#include "audit/AuditLog.h"
#include "crypto/SealKeyStore.h"

#include <QPdfDocument>
#include <QPrinter>
#include <QTest>

using namespace GovDesk::Documents;

class TestDocumentOutput : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    QTemporaryDir m_dir;

    LoadedDocument notice(const OfficialDocument &document = GovDesk::Test::fireNotice())
    {
        DispatchState state;
        state.stage = DispatchStage::Distributed;
        if (!DocumentsRecords::saveDocument(m_fixture.context(), QStringLiteral("doc-1"), document, state))
            qFatal("saving the notice failed");
        auto loaded = DocumentHandling::load(m_fixture.context(), QStringLiteral("doc-1"));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().fullText()));
        return *loaded;
    }

    QStringList auditedEvents(QStringList *details = nullptr)
    {
        QStringList events;
        auto entries = m_fixture.context().audit().entries();
        if (entries) {
            for (const GovDesk::Core::AuditEntry &entry : *entries) {
                events << entry.event;
                if (details)
                    *details << entry.detail.value(QStringLiteral("detail")).toString();
            }
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

    void exportsPdfOffTheUiThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("thread.pdf"));
        QObject receiver;
        std::optional<GovDesk::Core::Result<PdfExport>> result;
        DocumentOutput::startPdfExport(m_fixture.context(), notice(), path, &receiver,
                                       [&](const GovDesk::Core::Result<PdfExport> &written) { result = written; });
        QVERIFY(!result); // answered later, from the event loop: the work is on another thread
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        GD_VERIFY(*result);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), (*result)->pageCount);
        QStringList details;
        QVERIFY(auditedEvents(&details).contains(QStringLiteral("documents.export")));
        QCOMPARE(details.constLast(), QStringLiteral("thread.pdf"));

        // The receiver gone before the file is written: nothing is called, the export is audited.
        result.reset();
        {
            QObject shortLived;
            DocumentOutput::startPdfExport(
                m_fixture.context(), notice(), m_dir.filePath(QStringLiteral("closed.pdf")), &shortLived,
                [&](const GovDesk::Core::Result<PdfExport> &written) { result = written; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(auditedEvents().count(QStringLiteral("documents.export")), 2, 60000);
        QVERIFY(!result);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("closed.pdf"))));
    }

    void exportsOfdOffTheUiThreadSignedAndAudits()
    {
        // This profile holds the seal that sealed the document: the OFD is signed.
        const GovDesk::Core::Sm2Credential authority = GovDesk::Test::sealAuthority();
        const SealKeyMaterial seal
            = GovDesk::Test::officeSeal(authority, QDateTime::currentDateTimeUtc().addDays(-1));
        GD_VERIFY(GovDesk::Core::SealKeyStore::store(m_fixture.context().database(), seal));
        auto sealed = DocumentSealer::seal(GovDesk::Test::fireNotice(), seal, GovDesk::Test::SealClerk,
                                           QDateTime::currentDateTimeUtc());
        GD_VERIFY(sealed);
        const LoadedDocument loaded = notice(*sealed);

        const QString path = m_dir.filePath(QStringLiteral("通知.ofd"));
        QObject receiver;
        std::optional<GovDesk::Core::Result<OfdExport>> result;
        DocumentOutput::startOfdExport(
            m_fixture.context(), loaded, path, &receiver,
            [&](const GovDesk::Core::Result<OfdExport> &written) { result = written; });
        QVERIFY(!result); // answered later, from the event loop: the work is on another thread
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        GD_VERIFY(*result);
        QVERIFY((*result)->isSigned);
        QCOMPARE((*result)->signedWith, seal.sealName);
        QCOMPARE((*result)->fonts.size(), 7);
        QVERIFY(!(*result)->embeddedFonts.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto verification = OfdSignatureVerifier::verify(file.readAll(), seal.authorityCertificatePem);
        GD_VERIFY(verification);
        QVERIFY(verification->isValid());
        QStringList details;
        QVERIFY(auditedEvents(&details).contains(QStringLiteral("documents.export")));
        QVERIFY2(details.constLast().contains(QStringLiteral("通知.ofd"))
                     && details.constLast().contains(QStringLiteral("signed")),
                 qPrintable(details.constLast()));

        // Without the seal on this profile: exported, not signed, and the reason given.
        GD_VERIFY(GovDesk::Core::SealKeyStore::forget(m_fixture.context().database()));
        auto unsignedExport = DocumentOutput::exportOfdTo(m_fixture.context(), loaded,
                                                          m_dir.filePath(QStringLiteral("received.ofd")));
        GD_VERIFY(unsignedExport);
        QVERIFY(!unsignedExport->isSigned);
        QVERIFY(!unsignedExport->unsignedReason.isEmpty());
        QCOMPARE(auditedEvents().count(QStringLiteral("documents.export")), 2);

        // A failed export: reported to the receiver, not audited.
        result.reset();
        DocumentOutput::startOfdExport(
            m_fixture.context(), loaded, m_dir.filePath(QStringLiteral("no/such/dir.ofd")), &receiver,
            [&](const GovDesk::Core::Result<OfdExport> &written) { result = written; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY(!*result);
        QCOMPARE(auditedEvents().count(QStringLiteral("documents.export")), 2);
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
