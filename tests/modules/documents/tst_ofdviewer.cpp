// Tests OfdViewer as the 公文 page opens it: AttachmentPanel opens an OFD attachment (by its
// name, and by its bytes when the name does not say) from the encrypted profile in the viewer,
// which loads Qt WebEngine only then, draws every page and says which fonts are not embedded (none
// for OfdExporter's output); a damaged OFD is refused with a reason in the viewer. With
// GOVDESK_SCREENSHOT_DIR (under Xvfb, QT_QPA_PLATFORM=xcb) it saves documents-ofd.png.
#include "AttachmentPanel.h"
#include "DocumentsChinese.h"
#include "DocumentsDemoData.h"
#include "DocumentsUiFixture.h"
#include "LazyOfdView.h"
#include "OfdExporter.h"
#include "OfdFixture.h"
#include "OfdViewer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace GovDesk::Documents;
using GovDesk::Test::OfdFont;
using GovDesk::Test::OfdLine;

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

OfdViewer *openViewer()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *viewer = qobject_cast<OfdViewer *>(widget); viewer && viewer->isVisible())
            return viewer;
    }
    return nullptr;
}
} // namespace

class TestOfdViewer : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;
    QTemporaryDir m_dir;

    // Adds `bytes` as the attachment `name`, opens it, and returns the viewer once it has drawn or
    // failed.
    OfdViewer *open(AttachmentPanel &panel, const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return nullptr;
        file.close();
        if (!panel.addFile(file.fileName()))
            return nullptr;
        panel.openAt(int(panel.attachments().size() - 1));
        OfdViewer *viewer = openViewer();
        if (!viewer)
            return nullptr;
        QSignalSpy rendered(viewer, &OfdViewer::rendered);
        QSignalSpy failed(viewer, &OfdViewer::failed);
        (void)QTest::qWaitFor([&] { return !rendered.isEmpty() || !failed.isEmpty(); }, 60000);
        return viewer;
    }

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<OfdViewer *>(widget))
                delete widget;
        }
        m_fixture.close();
    }

    void opensAnOfdAttachmentInTheViewer()
    {
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        // Nothing of Qt WebEngine until an OFD is opened (the 公文 page holds this panel).
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

    void showsAnExportedDocumentWithItsOwnFonts()
    {
        // A sealed demo 公文 as OfdExporter writes it: every font embedded, so nothing substituted.
        const QList<DemoDocument> demo = demoDocuments(QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
        const auto sealed = std::find_if(demo.cbegin(), demo.cend(),
                                         [](const DemoDocument &d) { return d.document.seal.sealed; });
        QVERIFY(sealed != demo.cend());
        const QString path = m_dir.filePath(QStringLiteral("export.ofd"));
        auto exported = OfdExporter::write(sealed->document, path);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        const QString name = sealed->document.documentNumber + QStringLiteral(".ofd");
        OfdViewer *viewer = open(panel, name, file.readAll());
        QVERIFY(viewer);
        QCOMPARE(viewer->pageCount(), exported->pageCount);
        QVERIFY2(viewer->statusText().contains(QStringLiteral("均已嵌入")), qPrintable(viewer->statusText()));

        // For the user guide: run under Xvfb with QT_QPA_PLATFORM=xcb, where the screen holds what
        // WebEngine drew (a widget grab would not).
        if (const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            viewer->resize(820, 900);
            QTest::qWait(1500); // the pages are drawn again at the new width
            const QString shot = QDir(dir).filePath(QStringLiteral("documents-ofd.png"));
            QVERIFY(viewer->screen()->grabWindow(viewer->winId()).save(shot));
            qInfo("screenshot: %s", qPrintable(shot));
        }
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
