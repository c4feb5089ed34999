// Tests the 主动公开 item editor's attachments on a real encrypted profile: a file added in the
// editor ends in item().attachments with its name, size and SHA-256, its bytes in the profile's
// BlobCache; one removed is gone; an item no longer a draft lists its files without letting them be
// changed. Saves docs/screenshots' disclosure-item-editor.png when GOVDESK_SCREENSHOT_DIR is set (in
// Chinese with GOVDESK_SCREENSHOT_QM naming the zh_CN .qm).
#include "../../unit/core/module/ModuleTestProfile.h"
#include "AttachmentPanel.h"
#include "DisclosureSamples.h"
#include "ItemEditor.h"
#include "sync/BlobCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace GovDesk::Disclosure;

namespace {
// A file of `bytes` named `name` in `dir`; its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}
} // namespace

class TestItemEditor : public QObject
{
    Q_OBJECT

    QTranslator m_release;
    std::unique_ptr<GovDesk::Test::ModuleTestProfile> m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
            !qm.isEmpty() && m_release.load(qm)) {
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            QCoreApplication::installTranslator(&m_release);
        }
    }
    void init()
    {
        m_profile = std::make_unique<GovDesk::Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("disclosure"));
    }
    void cleanup() { m_profile.reset(); }

    void aFileAddedInTheEditorIsKeptWithTheItem()
    {
        const QByteArray plan = QByteArray("%PDF-1.7\n% 柳州市2026年城市建设计划 附表\n").repeated(40);
        const QString path = writeFile(m_dir, QStringLiteral("附件1：重点项目表.pdf"), plan);
        ItemEditor editor(*m_context, GovDesk::Test::planDraft());
        auto *panel = editor.findChild<GovDesk::Ui::AttachmentPanel *>(QStringLiteral("itemAttachments"));
        QVERIFY(panel);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("attachmentAdd"))->isHidden()); // a draft
        QVERIFY(panel->addFile(path));

        const DisclosureItem item = editor.item();
        QCOMPARE(item.title, GovDesk::Test::planDraft().title); // the fields as they were
        QCOMPARE(item.attachments.size(), 1);
        const ItemAttachment &added = item.attachments.first();
        QCOMPARE(added.name, QStringLiteral("附件1：重点项目表.pdf"));
        QCOMPARE(added.size, qint64(plan.size()));
        QCOMPARE(added.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(plan, QCryptographicHash::Sha256).toHex()));
        auto stored = GovDesk::Core::BlobCache(m_context->database()).read(added.sha256);
        GD_VERIFY(stored);
        QCOMPARE(*stored, plan);
        // What the page stores is a valid item payload with the file in it.
        auto reread = DisclosureItem::fromPayload(item.toPayload());
        GD_VERIFY(reread);
        QCOMPARE(reread->attachments, item.attachments);

        // A second file, then the first removed: only the second is kept.
        const QString second
            = writeFile(m_dir, QStringLiteral("附件2：资金安排.xlsx"), QByteArray(2048, 'x'));
        QVERIFY(panel->addFile(second));
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QCOMPARE(list->count(), 2);
        if (const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            editor.resize(720, 760);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("disclosure-item-editor.png"))));
        }
        list->setCurrentRow(0);
        panel->findChild<QPushButton *>(QStringLiteral("attachmentRemove"))->click();
        QCOMPARE(editor.item().attachments.size(), 1);
        QCOMPARE(editor.item().attachments.first().name, QStringLiteral("附件2：资金安排.xlsx"));
        QCOMPARE(editor.item().attachments.first().size, qint64(2048));
    }

    void anItemInReviewListsItsFilesReadOnly()
    {
        DisclosureItem item = GovDesk::Test::planDraft();
        item.status = ItemStatus::SecrecyReview;
        item.attachments = {{QString(64, QLatin1Char('e')), QStringLiteral("附件1.pdf"), 1234}};
        ItemEditor editor(*m_context, item);
        auto *panel = editor.findChild<GovDesk::Ui::AttachmentPanel *>(QStringLiteral("itemAttachments"));
        QVERIFY(panel);
        QCOMPARE(panel->findChild<QListWidget *>(QStringLiteral("attachmentList"))->count(), 1);
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("attachmentAdd"))->isHidden());
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("attachmentRemove"))->isHidden());
        QCOMPARE(editor.item().attachments, item.attachments);
    }
};

QTEST_MAIN(TestItemEditor)
#include "tst_itemeditor.moc"
