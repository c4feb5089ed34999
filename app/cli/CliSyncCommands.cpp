// govdesk-cli's sync commands: sign-in, sync, sync-status, sign-out. They run the same engine as
// the desktop, synchronously, so that a sync can be scripted and tested on a machine without a
// display.
#include "CliCommands.h"
#include "PassphraseReader.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "module/ModuleManager.h"
#include "module/ProjectionRunner.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "sync/HttpsTransport.h"
#include "sync/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncNotices.h"
#include "sync/SyncSettings.h"
#include "sync/SyncState.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace GovDesk::Cli {

using namespace GovDesk::Core;

namespace {
std::atomic_bool g_cancelled{false};

extern "C" void cancelOnSignal(int)
{
    g_cancelled = true;
}

void print(std::FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'f', 1);
}

// Runs `work` with the engine of the profile's settings; `session` must be unlocked. As in the
// desktop (SyncService), the engine gets a connection of its own: its RecordStore installs commit
// hooks, which would otherwise replace those of the session's store on the same connection.
template<typename Work>
auto withEngine(Session &session, Work work) -> Result<decltype(work(std::declval<SyncEngine &>()))>
{
    auto settings = SyncSettings::fromSession(session);
    if (!settings)
        return std::unexpected(settings.error());
    auto db = session.openWorkerConnection();
    if (!db)
        return std::unexpected(db.error());
    const auto transport = makeHttpsTransport(settings->tls);
    SyncEngine engine(**db, *transport, settings->serverUrl);
    AuditLog audit(**db); // sign-in and sign-out are audited in the engine's transaction
    engine.setAuditLog(&audit);
    return work(engine);
}
} // namespace

// The core side of every module, so that their projections (to-dos, search entries, their own
// tables) take in what this sync brought before the command ends. The desktop would catch up at
// its next start anyway; doing it here keeps `govdesk-cli search` and reports level at once.
void CliCommands::projectModules(Session &session)
{
    ModuleManager modules;
    modules.discover();
    modules.initializeAll(session);
    for (const ModuleRecord &record : modules.available()) {
        const QString behind = modules.context(record.metadata.id)->projections().lastError();
        if (!behind.isEmpty())
            print(stderr, tr("The module \"%1\" could not take in all changes: %2")
                              .arg(record.metadata.displayName(), behind));
    }
    modules.shutdown();
}

Result<> CliCommands::applySyncOptions(Session &session)
{
    const QString scope = QStringLiteral("core");
    ProfileSettings &settings = session.settings();
    if (m_parser.isSet(QStringLiteral("server")))
        GD_TRY(settings.setValue(scope, QString::fromLatin1(SyncSettings::ServerUrlKey),
                                 m_parser.value(QStringLiteral("server"))));
    if (m_parser.isSet(QStringLiteral("ca-bundle"))) {
        const QFileInfo bundle(m_parser.value(QStringLiteral("ca-bundle")));
        if (!bundle.isReadable())
            return fail(ErrorCode::NotFound, tr("The CA bundle %1 cannot be read.").arg(bundle.filePath()));
        GD_TRY(settings.setValue(scope, QString::fromLatin1(SyncSettings::CaBundlePathKey),
                                 bundle.absoluteFilePath()));
    }
    if (m_parser.isSet(QStringLiteral("pin")))
        GD_TRY(settings.setValue(scope, QString::fromLatin1(SyncSettings::PinnedPublicKeyKey),
                                 m_parser.value(QStringLiteral("pin"))));
    return {};
}

int CliCommands::reportSync(const SyncError &error) const
{
    print(stderr, tr("Error: %1").arg(error.message));
    if (!error.detail.isEmpty())
        print(stderr, tr("Detail: %1").arg(error.detail));
    return error.isConnectivity() || error.retryable ? ExitOffline : ExitSyncRefused;
}

int CliCommands::signIn(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("sign-in needs a profile and a user name."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.at(0)); !unlocked)
        return report(unlocked.error());
    if (auto applied = applySyncOptions(session); !applied)
        return report(applied.error());
    auto password = PassphraseReader::read(tr("Server password for %1: ").arg(args.at(1)),
                                           m_parser.value(QStringLiteral("password-file")));
    if (!password)
        return report(password.error());
    auto account
        = withEngine(session, [&](SyncEngine &engine) { return engine.signIn(args.at(1), *password); });
    if (!account)
        return report(account.error());
    if (!*account)
        return reportSync(account->error());
    print(stdout, tr("Signed in as %1 (%2), %3; roles: %4.")
                      .arg((*account)->name, (*account)->userId, (*account)->organisationName,
                           (*account)->roles.join(QStringLiteral(", "))));
    return ExitOk;
}

int CliCommands::signOut(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("sign-out needs exactly one profile."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.first()); !unlocked)
        return report(unlocked.error());
    auto signedOut = withEngine(session, [](SyncEngine &engine) { return engine.signOut(); });
    if (!signedOut)
        return report(signedOut.error());
    if (!*signedOut)
        return reportSync(signedOut->error());
    print(stdout, tr("Signed out. The data on this computer is kept."));
    return ExitOk;
}

int CliCommands::sync(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("sync needs exactly one profile."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.first()); !unlocked)
        return report(unlocked.error());
    if (auto applied = applySyncOptions(session); !applied)
        return report(applied.error());
    // Ctrl+C stops between transfers; what was acknowledged stays acknowledged.
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
    auto summary = withEngine(session, [](SyncEngine &engine) {
        return engine.run(g_cancelled, [](const SyncProgress &progress) {
            if (progress.phase == SyncProgress::Phase::Waiting)
                print(stderr,
                      tr("Server not reachable, trying again in %1 s…").arg(seconds(progress.waiting)));
        });
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!summary)
        return report(summary.error());
    if (!*summary)
        return report(summary->error());
    const SyncSummary &done = **summary;
    if (done.pulled > 0)
        projectModules(session);
    print(stdout,
          tr("Sent %1, already on the server %2, conflicts %3, rejected %4; received %5; retries %6; %7 s.")
              .arg(done.pushed)
              .arg(done.duplicates)
              .arg(done.conflicts)
              .arg(done.rejected)
              .arg(done.pulled)
              .arg(done.retries)
              .arg(seconds(done.totalDuration)));
    for (const QString &notice : SyncNotices::of(done))
        print(stderr, notice);
    if (done.conflicts > 0)
        print(
            stderr,
            tr("%n record(s) changed here and on the server: choose a version in GovDesk (Sync → Conflicts).",
               nullptr, done.conflicts));
    return done.error ? reportSync(*done.error) : ExitOk;
}

int CliCommands::syncStatus(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("sync-status needs exactly one profile."));
    Session session(m_profiles);
    if (auto unlocked = unlock(session, args.first()); !unlocked)
        return report(unlocked.error());
    SyncState state(session.database());
    auto account = state.account();
    auto last = state.lastSuccessfulSync();
    auto pending = session.records().pendingCount();
    auto conflicts = session.records().conflicts();
    if (!account || !last || !pending || !conflicts)
        return report(!account   ? account.error()
                      : !last    ? last.error()
                      : !pending ? pending.error()
                                 : conflicts.error());
    print(stdout, tr("Server: %1").arg(session.serverUrl().isEmpty() ? tr("none") : session.serverUrl()));
    print(stdout,
          tr("Account: %1")
              .arg(account->isValid() ? QStringLiteral("%1 (%2), %3")
                                            .arg(account->name, account->userId, account->organisationName)
                                      : tr("not signed in")));
    print(stdout, tr("Pending changes: %1").arg(*pending));
    print(stdout, tr("Open conflicts: %1").arg(conflicts->size()));
    print(stdout, tr("Last successful sync: %1")
                      .arg(last->isValid() ? QLocale().toString(last->toLocalTime(),
                                                                QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : tr("never")));
    return ExitOk;
}

} // namespace GovDesk::Cli
