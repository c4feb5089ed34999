#include "CliCommands.h"

#include "PassphraseReader.h"
#include "audit/AuditLog.h"
#include "search/SearchService.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <cstdio>

namespace GovDesk::Cli {

using namespace GovDesk::Core;

namespace {
void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

// Search snippets mark hits with <mark>; a terminal shows them in bold.
QString snippetForTerminal(QString html)
{
    html.replace(QStringLiteral("<mark>"), QStringLiteral("\x1b[1m")).replace(QStringLiteral("</mark>"), QStringLiteral("\x1b[0m"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    return html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
} // namespace

CliCommands::CliCommands(QCommandLineParser &parser, ProfileRepository &profiles)
    : m_parser(parser)
    , m_profiles(profiles)
{
}

QString CliCommands::usage()
{
    return tr("Commands:\n"
              "  profile create --name NAME [--organisation ORG] [--server URL]\n"
              "  profile list\n"
              "  profile delete PROFILE --yes\n"
              "  check PROFILE                      unlock test and integrity check\n"
              "  backup PROFILE FILE                write a verified encrypted backup\n"
              "  restore FILE                       restore a backup (current data kept until verified)\n"
              "  rekey PROFILE                      change the passphrase\n"
              "  search PROFILE QUERY... [--queries-file FILE|-] [--module M] [--type T] [--limit N]\n"
              "                                     several queries per unlock; '-' reads them from\n"
              "                                     standard input (then --passphrase-file is needed)\n"
              "  audit verify PROFILE               check the audit log's hash chain\n"
              "  demo reset                         recreate the demo profile\n"
              "  sign-in PROFILE USER [--ca-bundle FILE] [--pin PIN]\n"
              "                                     sign in to the profile's sync server\n"
              "  sync PROFILE                       send local changes, fetch new ones, print a summary\n"
              "  sync-status PROFILE                pending changes, conflicts, last sync\n"
              "  sign-out PROFILE                   forget the server's tokens (data stays)\n"
              "Passphrases are read from the terminal (not echoed), from standard input, or from\n"
              "--passphrase-file / --new-passphrase-file; never from the command line. The server\n"
              "password (sign-in) likewise, from the terminal, the next line of standard input or\n"
              "--password-file.");
}

int CliCommands::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Throttled:
        return ExitWrongPassphrase;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Corrupt:
    case ErrorCode::NotGovDeskDatabase:
        return ExitCorrupt;
    case ErrorCode::Locked:
    case ErrorCode::Busy:
        return ExitLocked;
    case ErrorCode::Tampered:
        return ExitTampered;
    case ErrorCode::DiskFull:
        return ExitDiskFull;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

int CliCommands::report(const Error &error) const
{
    err(tr("Error: %1").arg(error.message));
    if (!error.detail.isEmpty())
        err(tr("Detail: %1").arg(error.detail));
    return exitCodeFor(error.code);
}

int CliCommands::usageError(const QString &message) const
{
    err(message);
    err(usage());
    return ExitUsage;
}

Result<> CliCommands::unlock(Session &session, const QString &profileId)
{
    auto profile = m_profiles.find(profileId);
    if (!profile)
        return std::unexpected(profile.error());
    auto passphrase = PassphraseReader::read(tr("Passphrase for %1 (%2): ").arg(profile->displayName, profile->id),
                                             m_parser.value(QStringLiteral("passphrase-file")));
    if (!passphrase)
        return std::unexpected(passphrase.error());
    return session.unlock(profileId, *passphrase);
}

int CliCommands::run(const QStringList &args)
{
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QStringLiteral("profile") && sub == QStringLiteral("create"))
        return profileCreate(args.mid(2));
    if (command == QStringLiteral("profile") && sub == QStringLiteral("list"))
        return profileList();
    if (command == QStringLiteral("profile") && sub == QStringLiteral("delete"))
        return profileDelete(args.mid(2));
    if (command == QStringLiteral("check"))
        return check(args.mid(1));
    if (command == QStringLiteral("backup"))
        return backup(args.mid(1));
    if (command == QStringLiteral("restore"))
        return restore(args.mid(1));
    if (command == QStringLiteral("rekey"))
        return rekey(args.mid(1));
    if (command == QStringLiteral("search"))
        return search(args.mid(1));
    if (command == QStringLiteral("audit") && sub == QStringLiteral("verify"))
        return auditVerify(args.mid(2));
    if (command == QStringLiteral("demo") && sub == QStringLiteral("reset"))
        return demoReset();
    if (command == QStringLiteral("sign-in"))
        return signIn(args.mid(1));
    if (command == QStringLiteral("sign-out"))
        return signOut(args.mid(1));
    if (command == QStringLiteral("sync"))
        return sync(args.mid(1));
    if (command == QStringLiteral("sync-status"))
        return syncStatus(args.mid(1));
    return usageError(command.isEmpty() ? tr("No command given.") : tr("Unknown command: %1").arg(args.join(QLatin1Char(' '))));
}

int CliCommands::profileCreate(const QStringList &args)
{
    if (!args.isEmpty() || !m_parser.isSet(QStringLiteral("name")))
        return usageError(tr("profile create needs --name."));
    auto passphrase = PassphraseReader::readNew(tr("New passphrase: "), m_parser.value(QStringLiteral("passphrase-file")));
    if (!passphrase)
        return report(passphrase.error());
    err(tr("Deriving the key (about half a second)…"));
    auto created = m_profiles.create({.displayName = m_parser.value(QStringLiteral("name")),
                                      .organisation = m_parser.value(QStringLiteral("organisation")),
                                      .serverUrl = m_parser.value(QStringLiteral("server"))},
                                     *passphrase);
    if (!created)
        return report(created.error());
    out(tr("Created profile %1 (%2).").arg(created->id, created->displayName));
    return ExitOk;
}

int CliCommands::profileList()
{
    const QList<ProfileMetadata> profiles = m_profiles.list();
    if (profiles.isEmpty()) {
        out(tr("No profiles in %1.").arg(m_profiles.root()));
        return ExitOk;
    }
    for (const ProfileMetadata &profile : profiles) {
        const QString kind = profile.isDemo() ? tr("demo") : tr("regular");
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(profile.id, profile.displayName, profile.organisation.isEmpty() ? QStringLiteral("-") : profile.organisation,
                     kind, localTime(profile.lastUsedAt)));
    }
    return ExitOk;
}

int CliCommands::profileDelete(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("profile delete needs exactly one profile."));
    if (!m_parser.isSet(QStringLiteral("yes")))
        return usageError(tr("Deleting a profile destroys its data. Add --yes to confirm."));
    if (auto removed = m_profiles.remove(args.first()); !removed)
        return report(removed.error());
    out(tr("Deleted profile %1.").arg(args.first()));
    return ExitOk;
}

int CliCommands::check(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("check needs exactly one profile."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.first()); !unlocked)
        return report(unlocked.error());
    auto problems = session.integrityCheck();
    if (!problems)
        return report(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &problem : std::as_const(*problems))
            err(problem);
        return report({ErrorCode::Corrupt, tr("The integrity check found %n problem(s).", nullptr, static_cast<int>(problems->size())), {}});
    }
    out(tr("The passphrase is correct and the database is intact."));
    return ExitOk;
}

int CliCommands::backup(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("backup needs a profile and a file."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.at(0)); !unlocked)
        return report(unlocked.error());
    if (auto written = session.backupTo(args.at(1)); !written)
        return report(written.error());
    out(tr("Backup written and verified: %1").arg(args.at(1)));
    return ExitOk;
}

int CliCommands::restore(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("restore needs a backup file."));
    auto passphrase = PassphraseReader::read(tr("Passphrase of the backup: "), m_parser.value(QStringLiteral("passphrase-file")));
    if (!passphrase)
        return report(passphrase.error());
    auto restored = m_profiles.restore(args.first(), *passphrase);
    if (!restored)
        return report(restored.error());
    out(tr("Restored profile %1 (%2).").arg(restored->id, restored->displayName));
    return ExitOk;
}

int CliCommands::rekey(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("rekey needs exactly one profile."));
    auto profile = m_profiles.find(args.first());
    if (!profile)
        return report(profile.error());
    auto current = PassphraseReader::read(tr("Current passphrase: "), m_parser.value(QStringLiteral("passphrase-file")));
    if (!current)
        return report(current.error());
    auto next = PassphraseReader::readNew(tr("New passphrase: "), m_parser.value(QStringLiteral("new-passphrase-file")));
    if (!next)
        return report(next.error());
    Session session(m_profiles);
    if (auto unlocked = session.unlock(args.first(), *current); !unlocked)
        return report(unlocked.error());
    if (auto changed = session.changePassphrase(*current, *next); !changed)
        return report(changed.error());
    out(tr("The passphrase of %1 was changed.").arg(args.first()));
    return ExitOk;
}

int CliCommands::search(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("search needs a profile and a query."));
    QStringList queries = args.mid(1);
    if (m_parser.isSet(QStringLiteral("queries-file"))) {
        const QString file = m_parser.value(QStringLiteral("queries-file"));
        // Standard input cannot carry both: a piped passphrase is its first line.
        if (file == QStringLiteral("-") && !m_parser.isSet(QStringLiteral("passphrase-file")))
            return usageError(tr("Queries from standard input (--queries-file -) need --passphrase-file."));
        auto lines = readQueries(file);
        if (!lines)
            return report(lines.error());
        queries += *lines;
    }
    if (queries.isEmpty())
        return usageError(tr("search needs a profile and a query."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.at(0)); !unlocked)
        return report(unlocked.error());
    SearchQuery query;
    if (m_parser.isSet(QStringLiteral("module")))
        query.modules = m_parser.values(QStringLiteral("module"));
    if (m_parser.isSet(QStringLiteral("type")))
        query.types = m_parser.values(QStringLiteral("type"));
    query.limit = m_parser.value(QStringLiteral("limit")).toInt() > 0 ? m_parser.value(QStringLiteral("limit")).toInt() : 20;
    for (const QString &text : std::as_const(queries)) {
        query.text = text;
        auto hits = session.search().search(query);
        if (!hits)
            return report(hits.error());
        // Several queries: each block of hits under a header, as head(1) does for several files.
        if (queries.size() > 1)
            out(QStringLiteral("==> %1 <==").arg(text));
        for (const SearchHit &hit : std::as_const(*hits)) {
            out(QStringLiteral("%1/%2\t%3\t%4\t%5")
                    .arg(hit.module, hit.type, hit.recordId, hit.title,
                         hit.matchedFields.join(QLatin1Char(','))));
            out(QStringLiteral("    ") + snippetForTerminal(hit.snippetHtml));
        }
        if (queries.size() > 1)
            err(tr("%n hit(s) for \"%1\".", nullptr, static_cast<int>(hits->size())).arg(text));
        else
            err(tr("%n hit(s).", nullptr, static_cast<int>(hits->size())));
    }
    return ExitOk;
}

Result<QStringList> CliCommands::readQueries(const QString &file)
{
    QFile input;
    const bool opened = file == QStringLiteral("-")
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(ErrorCode::NotFound, tr("The queries file %1 cannot be opened.").arg(file),
                    input.errorString());
    QStringList queries;
    // One query per line; blank lines are skipped, so a file may group its queries.
    for (const QString &line : QString::fromUtf8(input.readAll()).split(QLatin1Char('\n'))) {
        const QString query = line.trimmed();
        if (!query.isEmpty())
            queries << query;
    }
    return queries;
}

int CliCommands::auditVerify(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("audit verify needs exactly one profile."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.first()); !unlocked)
        return report(unlocked.error());
    auto verification = session.verifyAudit();
    if (!verification)
        return report(verification.error());
    if (!verification->intact)
        return report({ErrorCode::Tampered, verification->reason,
                       QStringLiteral("first broken entry: %1").arg(verification->firstBrokenSequence)});
    out(tr("The audit log is intact (%n entries).", nullptr, static_cast<int>(verification->entriesChecked)));
    return ExitOk;
}

int CliCommands::demoReset()
{
    auto demo = m_profiles.resetDemo();
    if (!demo)
        return report(demo.error());
    out(tr("The demo profile was reset."));
    return ExitOk;
}

} // namespace GovDesk::Cli
