// Tests AttachmentPanel and PdfViewer on a real encrypted profile, as any module's page holds them:
// a file added while drafting is kept in the profile and listed; an attachment whose bytes have not
// arrived says so; a PDF opens in the app from the profile's bytes, also when its name does not say
// it is one; something that is not a PDF is refused with a reason.
#include "AttachmentPanel.h"
#include "AttachmentsChinese.h"
#include "AttachmentsFixture.h"
#include "PdfViewer.h"
#include "sync/BlobCache.h"

#include <QApplication>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace GovDesk::Ui;

namespace {
// A PDF of `pages` pages with a line of text on each, as a scanner or an office suite would send.
bool writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(400, 600), QStringLiteral("值班表 第%1页").arg(page + 1));
    }
    return painter.end();
}
} // namespace

class TestAttachmentPanel : public QObject
{
    Q_OBJECT

    GovDesk::Test::AttachmentsChineseTranslator m_chinese;
    GovDesk::Test::AttachmentsFixture m_fixture;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void aFileAddedWhileDraftingIsKeptInTheProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("值班表.pdf"));
        QVERIFY(writePdf(path, 2));
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
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("值班表.pdf（")));

        // The viewer reads the profile's bytes.
        auto bytes = GovDesk::Core::BlobCache(m_fixture.context().database()).read(added.sha256);
        GD_VERIFY(bytes);
        PdfViewer viewer;
        QVERIFY(viewer.load(*bytes, added.name));
        QCOMPARE(viewer.pageCount(), 2);
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
        QVERIFY(writePdf(path, 3));
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
        QCOMPARE(viewer->pageCount(), 3);
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
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("attachmentRemove"))->isHidden());
    }
};

QTEST_MAIN(TestAttachmentPanel)
#include "tst_attachmentpanel.moc"
