// Tests that the shell starts without Qt WebEngine (nor libcurl): the demo main window comes up, every page
// the start-up opened is built — and the 公文 and 信息公开 pages too — and no WebEngine library,
// object or process is there (the engine costs a Chromium process and ~100 MB that most sessions
// never need; govdesk-web's WebHost starts it on demand, in the modules that show web content).
#include "MainWindow.h"
#include "ShellController.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using GovDesk::Shell::MainWindow;
using GovDesk::Shell::ShellController;

namespace {
void collect(QObject *object, QObjectList &out)
{
    out << object;
    for (QObject *child : object->children())
        collect(child, out);
}

// Every QObject reachable from the application and the top-level widgets.
QObjectList allObjects()
{
    QObjectList objects;
    collect(QCoreApplication::instance(), objects);
    for (QWidget *widget : QApplication::topLevelWidgets())
        collect(widget, objects);
    return objects;
}

// A library of that name is mapped into this process.
bool mapped(const QByteArray &library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

// Names of this process's child processes (/proc/<pid>/stat: "pid (comm) state ppid …").
QStringList childProcessNames()
{
    QStringList names;
    const QString self = QString::number(::getpid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromLocal8Bit(stat.readAll());
        const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
        const QStringList rest = line.mid(close + 2).split(QLatin1Char(' '));
        if (close > 0 && rest.size() > 1 && rest.at(1) == self)
            names << line.mid(line.indexOf(QLatin1Char('(')) + 1, close - line.indexOf(QLatin1Char('(')) - 1);
    }
    return names;
}
} // namespace

class TestShellNoWebEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GOVDESK_MODULE_PATH"))
            qputenv("GOVDESK_MODULE_PATH", GOVDESK_BUILD_MODULE_DIR);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
    }

    void demoStartsWithoutWebEngine()
    {
        ShellController shell(m_dir.filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(shell.modules().unavailable().isEmpty());
        QTest::qWait(200); // queued start-up work (delayed initialisation, first page) has run

        QVERIFY(mapped("libgovdesk-core.so"));
        QVERIFY2(!mapped("libQt6WebEngine"), "the shell loaded Qt WebEngine at start-up");
        QVERIFY2(!mapped("libgovdesk-web.so"), "the shell loaded govdesk-web at start-up");
        // Nor libcurl: the HTTPS transport is loaded when the first sync starts (HttpsTransport).
        QVERIFY2(!mapped("libcurl"), "the shell loaded libcurl at start-up");
        QVERIFY2(!mapped("libgovdesk-curl"), "the shell loaded govdesk-curl at start-up");
        // The attachment widgets (and QtPdf with them) come with the pages that hold attachments.
        QVERIFY2(!mapped("libgovdesk-ui-attachments"), "the shell loaded govdesk-ui-attachments at start-up");
        const QObjectList objects = allObjects();
        QVERIFY(objects.size() > 50); // the walk really saw the window
        for (const QObject *object : objects) {
            for (const char *type : {"QWebEngineView", "QWebEngineProfile", "QWebEnginePage", "QWebChannel"})
                QVERIFY2(!object->inherits(type), qPrintable(QStringLiteral("%1 %2").arg(
                                                      QString::fromLatin1(type), object->objectName())));
        }
        QVERIFY2(!childProcessNames().join(QLatin1Char(' ')).contains(QStringLiteral("QtWebEngine")),
                 qPrintable(childProcessNames().join(QLatin1Char(' '))));

        // Nor when the 公文 page opens: its attachments' OFD viewer loads the engine on first use.
        QCOMPARE(window->currentModule(), QStringLiteral("workbench"));
        QVERIFY(window->showModule(QStringLiteral("documents")));
        QTest::qWait(200);
        QCOMPARE(window->currentModule(), QStringLiteral("documents"));
        QVERIFY(mapped("libgovdesk-module-documents-ui.so"));
        QVERIFY(mapped("libgovdesk-ui-attachments"));
        QVERIFY2(!mapped("libQt6WebEngine"), "the 公文 page loaded Qt WebEngine");
        QVERIFY2(!mapped("libgovdesk-web"), "the 公文 page loaded govdesk-web");
        // Nor the 信息公开 page: its 门户预览 loads the engine when it opens.
        QVERIFY(window->showModule(QStringLiteral("disclosure")));
        QTest::qWait(200);
        QCOMPARE(window->currentModule(), QStringLiteral("disclosure"));
        QVERIFY(mapped("libgovdesk-module-disclosure-ui.so"));
        QVERIFY2(!mapped("libQt6WebEngine"), "the 信息公开 page loaded Qt WebEngine");
        QVERIFY2(!mapped("libgovdesk-web"), "the 信息公开 page loaded govdesk-web");
        QVERIFY(window->showModule(QStringLiteral("workbench")));

        // The 工作台 page has a chart; the engine comes when the chart is first shown.
        auto *chartButton = window->findChild<QPushButton *>(QStringLiteral("workbenchChartButton"));
        QVERIFY(chartButton);
        QTest::mouseClick(chartButton, Qt::LeftButton);
        auto *chart = window->findChild<QWidget *>(QStringLiteral("workbenchChart"));
        QVERIFY(chart && chart->isVisible());
        QSignalSpy rendered(chart, SIGNAL(rendered()));
        QTRY_VERIFY_WITH_TIMEOUT(mapped(QByteArrayLiteral("libQt6WebEngineCore")), 5000);
        QVERIFY(rendered.wait(30000)); // ECharts drew the open items per module

        // For the user guide: run under Xvfb with QT_QPA_PLATFORM=xcb, where the screen holds
        // what WebEngine drew (a widget grab would not).
        const QString screenshotDir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            QTest::qWait(1500); // ECharts' entry animation
            const QString path = QDir(screenshotDir).filePath(QStringLiteral("workbench-chart.png"));
            QVERIFY(window->screen()->grabWindow(window->winId()).save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
};

int main(int argc, char **argv)
{
    // As app/shell/main.cpp does.
    // No Qt::AA_ShareOpenGLContexts, as app/shell/main.cpp: LazyChart arranges it.
    QApplication app(argc, argv);
    TestShellNoWebEngine test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_shell_no_webengine.moc"
