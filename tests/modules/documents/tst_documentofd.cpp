// Tests a 公文 exported as OFD and opened as an attachment on the 公文 page: the shared viewer
// (Ui::OfdViewer, through Ui::AttachmentPanel) draws every page of OfdExporter's output and finds
// every font embedded, so nothing is substituted. With GOVDESK_SCREENSHOT_DIR (under Xvfb,
// QT_QPA_PLATFORM=xcb) it saves documents-ofd.png for the user guide.
#include "../../unit/ui/attachments/AttachmentsChinese.h"
#include "../../unit/ui/attachments/OfdViewerSupport.h"
#include "AttachmentPanel.h"
#include "DocumentsDemoData.h"
#include "DocumentsUiFixture.h"
#include "OfdExporter.h"
#include "OfdViewer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTest>
#include <algorithm>

using namespace GovDesk::Documents;

class TestDocumentOfd : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::AttachmentsChineseTranslator m_chinese;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup()
    {
        GovDesk::Test::deleteOfdViewers();
        m_fixture.close();
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
        GovDesk::Ui::AttachmentPanel panel(m_fixture.context());
        panel.setEditable(true);
        const QString name = sealed->document.documentNumber + QStringLiteral(".ofd");
        GovDesk::Ui::OfdViewer *viewer
            = GovDesk::Test::openOfdAttachment(panel, QDir(m_dir.path()), name, file.readAll());
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
};

int main(int argc, char **argv)
{
    // As app/shell/main.cpp: no Qt::AA_ShareOpenGLContexts, LazyOfdView arranges what WebEngine needs.
    QApplication app(argc, argv);
    TestDocumentOfd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_documentofd.moc"
