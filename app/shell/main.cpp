// govdesk: the desktop application civil servants open every morning.
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "ShellController.h"
#include "StartupProbe.h"
#include "session/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <cstring>

namespace {
// Before QApplication: `govdesk --version` must work without a display (packaging checks it).
bool printVersionIfAsked(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("govdesk %s\n", GOVDESK_VERSION);
            return true;
        }
    }
    return false;
}

// zh_CN first: a Chinese system (or the setting / --lang) gets the Chinese UI.
void installTranslations(QApplication &app, const QString &requested)
{
    const QString configured
        = requested.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString() : requested;
    const QLocale locale = configured.isEmpty() ? QLocale::system() : QLocale(configured);
    QLocale::setDefault(locale);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("govdesk"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, directory] : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), directory))
            QApplication::installTranslator(translator);
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (printVersionIfAsked(argc, argv))
        return 0;
    GovDesk::Core::hardenProcess();
    // No Qt::AA_ShareOpenGLContexts here: with it QtGui creates an OpenGL context at start-up,
    // which with Mesa maps swrast_dri and libLLVM (~58 MB) in every session. Ui::LazyChart
    // creates the shared context just before the first chart loads Qt WebEngine.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("govdesk"));
    QApplication::setApplicationVersion(QStringLiteral(GOVDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.govdesk.GovDesk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo profile (fictional data, no server)."));
    const QCommandLineOption profilesDir(QStringLiteral("profiles-dir"),
                                         QStringLiteral("Folder holding the profiles."),
                                         QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language (zh_CN or en)."),
                                  QStringLiteral("language"));
    parser.addOptions({demo, profilesDir, lang});
    parser.process(app);

    installTranslations(app, parser.value(lang));
    GovDesk::Ui::useInterfaceFont();
    if (const int points = QSettings().value(QStringLiteral("ui/fontPointSize")).toInt(); points > 0) {
        QFont font = QApplication::font();
        font.setPointSize(points);
        QApplication::setFont(font);
    }
    const GovDesk::Ui::InterfaceFontWarmer fontWarmer;

    GovDesk::Shell::ShellController shell(parser.isSet(profilesDir)
                                              ? parser.value(profilesDir)
                                              : GovDesk::Core::ProfileRepository::defaultRoot());
    if (!shell.start(parser.isSet(demo)))
        return 0;
    // tests/bench/startup_bench: report once the window is shown and the event queue is empty.
    if (qEnvironmentVariableIsSet("GOVDESK_STARTUP_PROBE"))
        GovDesk::Shell::reportWhenSettled(shell.modules());
    return QApplication::exec();
}
