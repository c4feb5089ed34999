// govdesk-cli: headless front-end on govdesk-core for administrators, scripts and tests.
#include "CliCommands.h"
#include "session/ProcessHardening.h"
#include "session/ProfileRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

namespace {
// zh_CN first: a Chinese system locale (or --lang zh_CN) gets Chinese messages.
void installTranslation(QCoreApplication &app, const QString &requested)
{
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("govdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    // Qt's own texts (command-line help) from Debian's qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    GovDesk::Core::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("govdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVDESK_VERSION));
    // Translators must be in place before the parser's texts are built.
    installTranslation(app, languageArgument(argc, argv));

    using GovDesk::Cli::CliCommands;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliCommands::tr("GovDesk command-line tool (政务桌面命令行工具)") + QLatin1Char('\n')
                                     + CliCommands::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), CliCommands::tr("The command and its arguments."));
    parser.addOptions({
        {QStringLiteral("profiles-dir"), CliCommands::tr("Folder holding the profiles."),
         QStringLiteral("dir")},
        {QStringLiteral("passphrase-file"),
         CliCommands::tr("Read the passphrase from the first line of this file."), QStringLiteral("file")},
        {QStringLiteral("new-passphrase-file"),
         CliCommands::tr("Read the new passphrase (rekey) from this file."), QStringLiteral("file")},
        {QStringLiteral("name"), CliCommands::tr("Display name of a new profile."), QStringLiteral("name")},
        {QStringLiteral("organisation"), CliCommands::tr("Organisation of a new profile."),
         QStringLiteral("organisation")},
        {QStringLiteral("server"),
         CliCommands::tr("Sync server URL (profile create, sign-in: stored in the profile)."),
         QStringLiteral("url")},
        {QStringLiteral("module"), CliCommands::tr("Search only this module (repeatable)."),
         QStringLiteral("module")},
        {QStringLiteral("type"), CliCommands::tr("Search only this record type (repeatable)."),
         QStringLiteral("type")},
        {QStringLiteral("limit"), CliCommands::tr("Maximum number of search hits."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("queries-file"),
         CliCommands::tr("Search: more queries, one a line, from this file (- for standard input)."),
         QStringLiteral("file")},
        {QStringLiteral("password-file"),
         CliCommands::tr("Read the server password (sign-in) from this file."), QStringLiteral("file")},
        {QStringLiteral("ca-bundle"),
         CliCommands::tr("Trust the CAs in this PEM file for the sync server (stored in the profile)."),
         QStringLiteral("file")},
        {QStringLiteral("pin"),
         CliCommands::tr("Pin the sync server's public key, e.g. sha256//BASE64 (stored in the profile)."),
         QStringLiteral("pin")},
        {QStringLiteral("yes"), CliCommands::tr("Confirm a destructive command.")},
        {QStringLiteral("lang"), CliCommands::tr("Language of messages (zh_CN or en)."),
         QStringLiteral("language")},
        {QStringLiteral("verbose"), CliCommands::tr("Also print diagnostic log messages.")},
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()), qPrintable(CliCommands::usage()));
        return GovDesk::Cli::ExitUsage;
    }
    // stderr is for the user's messages; the core's diagnostics only on request.
    QLoggingCategory::setFilterRules(parser.isSet(QStringLiteral("verbose")) ? QStringLiteral("govdesk.*=true")
                                                                              : QStringLiteral("govdesk.*.warning=false"));
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(GovDesk::Cli::ExitOk);

    GovDesk::Core::ProfileRepository profiles(parser.isSet(QStringLiteral("profiles-dir"))
                                                  ? parser.value(QStringLiteral("profiles-dir"))
                                                  : GovDesk::Core::ProfileRepository::defaultRoot());
    CliCommands commands(parser, profiles);
    return commands.run(parser.positionalArguments());
}
