// CliCommands: the subcommands of govdesk-cli, each a thin front-end on govdesk-core.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace GovDesk::Core {
class ProfileRepository;
class Session;
struct SyncError;
} // namespace GovDesk::Core

namespace GovDesk::Cli {

// Documented in docs/cli.md; scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitWrongPassphrase = 3,
    ExitNotFound = 4,
    ExitCorrupt = 5,
    ExitLocked = 6,
    ExitTampered = 7,
    ExitDiskFull = 8,
    ExitOffline = 9,         // the server could not be reached (try again later)
    ExitSyncRefused = 10,    // TLS, sign-in or another error a person must look at
};

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(QCommandLineParser &parser, Core::ProfileRepository &profiles);

    // Runs the command named by the first positional argument; returns the process exit code.
    [[nodiscard]] int run(const QStringList &arguments);
    [[nodiscard]] static int exitCodeFor(Core::ErrorCode code);
    [[nodiscard]] static QString usage();

private:
    int profileCreate(const QStringList &args);
    int profileList();
    int profileDelete(const QStringList &args);
    int check(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int rekey(const QStringList &args);
    int search(const QStringList &args);
    // The queries of --queries-file: one a line, "-" for standard input.
    [[nodiscard]] static Core::Result<QStringList> readQueries(const QString &file);
    int auditVerify(const QStringList &args);
    int demoReset();
    // CliSyncCommands.cpp
    int signIn(const QStringList &args);
    int signOut(const QStringList &args);
    int sync(const QStringList &args);
    int syncStatus(const QStringList &args);
    [[nodiscard]] Core::Result<> applySyncOptions(Core::Session &session);
    void projectModules(Core::Session &session);
    int reportSync(const Core::SyncError &error) const;

    [[nodiscard]] Core::Result<> unlock(Core::Session &session, const QString &profileId);
    int report(const Core::Error &error) const;
    int usageError(const QString &message) const;

    QCommandLineParser &m_parser;
    Core::ProfileRepository &m_profiles;
};

} // namespace GovDesk::Cli
