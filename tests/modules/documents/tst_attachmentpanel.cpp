// Tests AttachmentPanel and PdfViewer on a real encrypted profile: a file added while drafting is
// kept in the profile and listed; an attachment whose bytes have not arrived says so; a PDF opens
// in the app from the profile's bytes, also when its name does not say it is one; something that
// is not a PDF is refused with a reason.
#include "AttachmentPanel.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "PdfExporter.h"
#include "PdfViewer.h"
#include "sync/BlobCache.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace GovDesk::Documents;

class TestAttachmentPanel : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void aFileAddedWhileDraftingIsKeptInTheProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("值班表.pdf"));
        GD_VERIFY(PdfExporter::write(GovDesk::Test::fireNotice(), path));
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        QSignalSpy changed(&panel, &AttachmentPanel::attachmentsChanged);
        QVERIFY(panel.addFile(path));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.attachments().size(), 1);
        const GovDesk::Core::AttachmentRef added = panel.attachments().first();
        QCOMPARE(added.name, QStringLiteral("值班表.pdf"));
        QCOMPARE(added.size, QFileInfo(path).size());
        QVERIFY(GovDesk::Core::BlobCache(m_fixture.context().database()).has(added.sha256).value_or(false));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("值班表.pdf")));

        // The viewer reads the profile's bytes.
        auto bytes = GovDesk::Core::BlobCache(m_fixture.context().database()).read(added.sha256);
        GD_VERIFY(bytes);
        PdfViewer viewer;
        QVERIFY(viewer.load(*bytes, added.name));
        QVERIFY(viewer.pageCount() >= 2);
        QVERIFY(!viewer.load("not a pdf at all", QStringLiteral("x.pdf")));
        QVERIFY(!viewer.errorText().isEmpty());

        panel.findChild<QPushButton *>(QStringLiteral("attachmentRemove"))->click();
        QVERIFY(panel.attachments().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void aPdfNamedOtherwiseOpensInThePdfViewer()
    {
        // Exchanges sometimes drop the extension: the bytes say what it is.
        const QString path = m_dir.filePath(QStringLiteral("附件3"));
        GD_VERIFY(PdfExporter::write(GovDesk::Test::fireNotice(), path));
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        QVERIFY(panel.addFile(path));
        panel.openAt(0);
        PdfViewer *viewer = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<PdfViewer *>(widget); candidate && candidate->isVisible())
                viewer = candidate;
        }
        QVERIFY(viewer);
        QCOMPARE(viewer->windowTitle(), QStringLiteral("附件3"));
        QVERIFY(viewer->pageCount() >= 2);
        delete viewer;
    }

    void anAttachmentNotYetDownloadedSaysSo()
    {
        AttachmentPanel panel(m_fixture.context());
        panel.setAttachments({{QString(64, QLatin1Char('b')), QStringLiteral("附件1.pdf"), 48213}});
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toBool(), false);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("尚未下载")),
                 qPrintable(list->item(0)->text()));
        // Not editable outside drafting.
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("attachmentAdd"))->isHidden());
    }
};

QTEST_MAIN(TestAttachmentPanel)
#include "tst_attachmentpanel.moc"
