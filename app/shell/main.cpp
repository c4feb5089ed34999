// govdesk: the desktop application civil servants open every morning.
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "SessionBus.h"
#include "ShellController.h"
#include "StartupProbe.h"
#include "session/ProcessHardening.h"
#include "session/UnlockAhead.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>

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
// The options, parsed twice: before QApplication exists (to start the demo's unlock beside its
// construction) and after, where --help and mistakes are answered.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption demo{QStringLiteral("demo"),
                                  QStringLiteral("Open the demo profile (fictional data, no server).")};
    const QCommandLineOption profilesDir{QStringLiteral("profiles-dir"),
                                         QStringLiteral("Folder holding the profiles."),
                                         QStringLiteral("dir")};
    const QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Language (zh_CN or en)."),
                                  QStringLiteral("language")};

    CommandLine()
    {
        parser.addHelpOption();
        parser.addOptions({demo, profilesDir, lang});
    }
    [[nodiscard]] QString profilesRoot() const
    {
        return parser.isSet(profilesDir) ? parser.value(profilesDir)
                                         : GovDesk::Core::ProfileRepository::defaultRoot();
    }
};

// Deriving the demo's key and opening its database take about as long as QApplication takes to
// connect to the display and load its plugins: started first, the two run side by side.
std::unique_ptr<GovDesk::Core::UnlockAhead> unlockDemoAhead(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine early;
    if (!early.parser.parse(arguments) || !early.parser.isSet(early.demo))
        return {};
    return std::make_unique<GovDesk::Core::UnlockAhead>(
        early.profilesRoot(), QString::fromLatin1(GovDesk::Core::ProfileRepository::DemoProfileId),
        GovDesk::Core::SecureBytes::copyOf(GovDesk::Core::ProfileRepository::DemoPassphrase),
        GovDesk::Core::Session::PageCheck::InBackground);
}
} // namespace

int main(int argc, char **argv)
{
    if (printVersionIfAsked(argc, argv))
        return 0;
    GovDesk::Core::hardenProcess();
    // Before any thread starts: it may set the environment.
    GovDesk::Ui::skipDoomedSessionBusAutolaunch();
    // Set before QApplication: the profiles' default folder is named after the application, and
    // the unlock ahead looks there.
    QApplication::setApplicationName(QStringLiteral("govdesk"));
    QApplication::setApplicationVersion(QStringLiteral(GOVDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.govdesk.GovDesk"));
    std::unique_ptr<GovDesk::Core::UnlockAhead> ahead = unlockDemoAhead(argc, argv);
    // No Qt::AA_ShareOpenGLContexts here: with it QtGui creates an OpenGL context at start-up,
    // which with Mesa maps swrast_dri and libLLVM (~58 MB) in every session. Ui::LazyChart
    // creates the shared context just before the first chart loads Qt WebEngine.
    QApplication app(argc, argv);

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    installTranslations(app, parser.value(commandLine.lang));
    GovDesk::Ui::useInterfaceFont();
    if (const int points = QSettings().value(QStringLiteral("ui/fontPointSize")).toInt(); points > 0) {
        QFont font = QApplication::font();
        font.setPointSize(points);
        QApplication::setFont(font);
    }
    const GovDesk::Ui::InterfaceWarmer warmer;

    GovDesk::Shell::ShellController shell(commandLine.profilesRoot());
    if (!shell.start(parser.isSet(commandLine.demo), std::move(ahead)))
        return 0;
    // tests/bench/startup_bench: report once the window is shown and the event queue is empty.
    if (qEnvironmentVariableIsSet("GOVDESK_STARTUP_PROBE"))
        GovDesk::Shell::reportWhenSettled(shell.modules());
    return QApplication::exec();
}
