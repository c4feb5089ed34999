// Tests OfdViewer as a page opens it: AttachmentPanel opens an OFD attachment (by its name, and by
// its bytes when the name does not say) from the encrypted profile in the viewer, which loads Qt
// WebEngine only then, draws every page and says which fonts are not embedded; a damaged OFD is
// refused with a reason in the viewer.
#include "AttachmentPanel.h"
#include "AttachmentsChinese.h"
#include "AttachmentsFixture.h"
#include "LazyOfdView.h"
#include "OfdFixture.h"
#include "OfdViewer.h"
#include "OfdViewerSupport.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace GovDesk::Ui;
using GovDesk::Test::OfdFont;

namespace {
bool mapped(const QByteArray &library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

QByteArray monoFont()
{
    QFile file(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two pages; the body font embedded, the 发文机关标志's font only named.
QByteArray receivedOfd()
{
    return GovDesk::Test::makeOfd(
        {{3, QStringLiteral("GovDesk Test Mono"), monoFont()}, {4, QStringLiteral("方正小标宋简体"), {}}},
        {{{4, 7.8, 40, 60, QStringLiteral("柳州市人民政府办公室文件")},
          {3, 5.6, 28, 90, QStringLiteral("No. 12")}},
         {{3, 5.6, 28, 50, QStringLiteral("Page 2")}}});
}
} // namespace

class TestOfdViewer : public QObject
{
    Q_OBJECT

    GovDesk::Test::AttachmentsChineseTranslator m_chinese;
    GovDesk::Test::AttachmentsFixture m_fixture;
    QTemporaryDir m_dir;

    OfdViewer *open(AttachmentPanel &panel, const QString &name, const QByteArray &bytes)
    {
        return GovDesk::Test::openOfdAttachment(panel, QDir(m_dir.path()), name, bytes);
    }

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup()
    {
        GovDesk::Test::deleteOfdViewers();
        m_fixture.close();
    }

    void opensAnOfdAttachmentInTheViewer()
    {
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        // Nothing of Qt WebEngine until an OFD is opened (pages hold this panel from the start).
        QVERIFY2(!mapped("libQt6WebEngineCore"), "Qt WebEngine was loaded before an OFD was opened");
        OfdViewer *viewer = open(panel, QStringLiteral("柳政办发〔2026〕12号.ofd"), receivedOfd());
        QVERIFY(viewer);
        QVERIFY(mapped("libQt6WebEngineCore"));
        QCOMPARE(viewer->windowTitle(), QStringLiteral("柳政办发〔2026〕12号.ofd"));
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(viewer->view()->view());
        // The font the document only names is said, in Chinese.
        QVERIFY2(viewer->statusText().contains(QStringLiteral("共2页")), qPrintable(viewer->statusText()));
        QVERIFY2(viewer->statusText().contains(QStringLiteral("方正小标宋简体")),
                 qPrintable(viewer->statusText()));
        QVERIFY2(viewer->statusText().contains(QStringLiteral("未嵌入")), qPrintable(viewer->statusText()));
    }

    void recognisesAnOfdByItsBytes()
    {
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        const QList<OfdFont> fonts{{3, QStringLiteral("GovDesk Test Mono"), monoFont()}};
        OfdViewer *viewer = open(panel, QStringLiteral("附件2"),
                                 GovDesk::Test::makeOfd(fonts, {{{3, 5.6, 28, 50, QStringLiteral("OK")}}}));
        QVERIFY(viewer);
        QCOMPARE(viewer->pageCount(), 1);
        QVERIFY2(viewer->statusText().contains(QStringLiteral("均已嵌入")), qPrintable(viewer->statusText()));
    }

    void aDamagedOfdIsRefusedWithAReason()
    {
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        QByteArray damaged = receivedOfd();
        damaged.truncate(damaged.size() / 2);
        OfdViewer *viewer = open(panel, QStringLiteral("损坏.ofd"), damaged);
        QVERIFY(viewer);
        QCOMPARE(viewer->pageCount(), 0);
        QVERIFY2(viewer->statusText().contains(QStringLiteral("无法")), qPrintable(viewer->statusText()));
    }
};

int main(int argc, char **argv)
{
    // As app/shell/main.cpp: no Qt::AA_ShareOpenGLContexts, LazyOfdView arranges what WebEngine needs.
    QApplication app(argc, argv);
    TestOfdViewer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ofdviewer.moc"
