// govdesk-syncd: the reference sync server. `serve` runs it; `org` and `user` administer it.
#include "AdminCommands.h"
#include "CommandLine.h"
#include "JsonLog.h"
#include "PasswordHasher.h"
#include "ServerLogging.h"
#include "ShutdownSignals.h"
#include "SqlSyncRepository.h"
#include "SyncDaemon.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QTimer>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace GovDesk::Server;

namespace {

// The first line of standard input; without echo when it is a terminal. Never from argv, where
// every user of the machine could read it.
std::optional<QString> readPassword()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::cerr << "Password: " << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << std::endl;
    }
    if (!read)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

int serve(QCoreApplication &app, const CommandLine &line, PasswordHasher::Cost passwordCost, QTextStream &out,
          QTextStream &err)
{
    ServeOptions options;
    options.dataDirectory = QDir(line.value(QStringLiteral("data"))).absolutePath();
    options.database = line.value(QStringLiteral("database"));
    options.certificateFile = line.value(QStringLiteral("cert"));
    options.keyFile = line.value(QStringLiteral("key"));
    if (options.certificateFile.isEmpty() || options.keyFile.isEmpty()) {
        err << "govdesk-syncd: serve needs --cert FILE and --key FILE (HTTPS only)" << Qt::endl;
        return AdminCommands::Usage;
    }
    const QString listen = line.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1"));
    if (!options.address.setAddress(listen)) {
        err << "govdesk-syncd: --listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not " << listen
            << Qt::endl;
        return AdminCommands::Usage;
    }
    auto port = line.integer(QStringLiteral("port"), 0, 0, 65535);
    auto rate = line.integer(QStringLiteral("rate-per-minute"), options.limits.ratePerMinute, 0, 1000000);
    auto accessSeconds
        = line.integer(QStringLiteral("access-token-seconds"), options.accessTokenSeconds, 1, 30 * 24 * 3600);
    HttpEdgeLimits &edge = options.limits.http;
    auto headerBytes
        = line.integer(QStringLiteral("max-header-bytes"), edge.maxHeaderBytes, 1024, 1024 * 1024);
    auto handshake
        = line.integer(QStringLiteral("handshake-timeout"), edge.handshakeTimeoutMs / 1000, 1, 600);
    auto idle = line.integer(QStringLiteral("idle-timeout"), edge.idleTimeoutMs / 1000, 1, 3600);
    auto read = line.integer(QStringLiteral("read-timeout"), edge.readTimeoutMs / 1000, 1, 600);
    auto bodyRate
        = line.integer(QStringLiteral("min-body-rate"), edge.minBodyBytesPerSecond, 1, 1024 * 1024 * 1024);
    auto connections = line.integer(QStringLiteral("max-connections"), edge.maxConnections, 1, 1000000);
    auto perAddress = line.integer(QStringLiteral("max-connections-per-address"),
                                   edge.maxConnectionsPerAddress, 1, 1000000);
    auto ioThreads = line.integer(QStringLiteral("io-threads"), edge.ioThreads, 1, 64);
    auto pullCacheMb = line.integer(QStringLiteral("pull-cache-mb"),
                                    options.limits.pullCacheBytes / (1024 * 1024), 0, 64 * 1024);
    for (const auto *value : {&port, &rate, &accessSeconds, &headerBytes, &handshake, &idle, &read, &bodyRate,
                              &connections, &perAddress, &ioThreads, &pullCacheMb}) {
        if (!*value) {
            err << "govdesk-syncd: " << value->error().message << Qt::endl;
            return AdminCommands::Usage;
        }
    }
    options.port = static_cast<quint16>(*port);
    options.limits.ratePerMinute = static_cast<int>(*rate);
    options.accessTokenSeconds = *accessSeconds;
    edge.maxHeaderBytes = *headerBytes;
    edge.handshakeTimeoutMs = static_cast<int>(*handshake * 1000);
    edge.idleTimeoutMs = static_cast<int>(*idle * 1000);
    edge.readTimeoutMs = static_cast<int>(*read * 1000);
    edge.minBodyBytesPerSecond = *bodyRate;
    edge.maxConnections = static_cast<int>(*connections);
    edge.maxConnectionsPerAddress = static_cast<int>(*perAddress);
    edge.ioThreads = static_cast<int>(*ioThreads);
    options.limits.pullCacheBytes = *pullCacheMb * 1024 * 1024;
    options.testFaults = line.flag(QStringLiteral("test-faults"));
    options.demo = line.flag(QStringLiteral("demo"));
    options.portal = line.flag(QStringLiteral("portal"));
    options.passwordCost = passwordCost;

    auto drainSeconds = line.integer(QStringLiteral("drain-seconds"), 0, 0, 600);
    if (!drainSeconds) {
        err << "govdesk-syncd: " << drainSeconds.error().message << Qt::endl;
        return AdminCommands::Usage;
    }
    auto daemon = SyncDaemon::start(options);
    if (!daemon) {
        err << "govdesk-syncd: " << daemon.error().fullText() << Qt::endl;
        return AdminCommands::Failed;
    }
    ShutdownSignals shutdownSignals;
    SyncDaemon *running = daemon->get();
    const int drainMs = static_cast<int>(*drainSeconds) * 1000;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app,
                     [running, drainMs](int signalNumber) {
                         // /readyz turns 503 first, so that a balancer stops sending new requests here; then
                         // the listener stops and the requests in flight finish (the daemon's destructor
                         // waits for them).
                         qCInfo(lcSyncd) << "signal" << signalNumber << "received; draining for" << drainMs
                                         << "ms, then shutting down";
                         running->beginDraining();
                         QTimer::singleShot(drainMs, qApp, &QCoreApplication::quit);
                     });
    // Exactly one line on stdout, flushed: scripts and tests read the chosen port from it.
    out << "govdesk-syncd listening on " << (*daemon)->url() << Qt::endl;
    const int code = app.exec();
    daemon->reset();
    qCInfo(lcSyncd) << "stopped";
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("govdesk-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVDESK_VERSION));
    // A server's log is read later: every line says when and how serious (QT_MESSAGE_PATTERN wins).
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto line = CommandLine::parse(QCoreApplication::arguments().mid(1));
    if (!line) {
        err << "govdesk-syncd: " << line.error().message << "\n\n" << CommandLine::usage();
        return AdminCommands::Usage;
    }
    if (const QString format = line->value(QStringLiteral("log-format")); format == QStringLiteral("json")) {
        installJsonLog();
    } else if (!format.isEmpty() && format != QStringLiteral("text")) {
        err << "govdesk-syncd: --log-format is text or json, not " << format << "\n\n"
            << CommandLine::usage();
        return AdminCommands::Usage;
    }
    if (line->flag(QStringLiteral("help"))) {
        out << CommandLine::usage();
        return AdminCommands::Done;
    }
    if (line->flag(QStringLiteral("version"))) {
        out << "govdesk-syncd " << GOVDESK_VERSION << Qt::endl;
        return AdminCommands::Done;
    }
    // Absolute from here on: nothing later depends on the working directory.
    const QString data = line->value(QStringLiteral("data")).isEmpty()
                             ? QString()
                             : QDir(line->value(QStringLiteral("data"))).absolutePath();
    if (data.isEmpty() || line->words().isEmpty()) {
        err << "govdesk-syncd: a data directory (--data DIR) and a command are needed\n\n"
            << CommandLine::usage();
        return AdminCommands::Usage;
    }
    const PasswordHasher::Cost defaults;
    auto memory = line->integer(QStringLiteral("argon2-memory-kib"), defaults.memoryKiB,
                                PasswordHasher::MinMemoryKiB, PasswordHasher::MaxMemoryKiB);
    auto passes = line->integer(QStringLiteral("argon2-iterations"), defaults.iterations, 1,
                                PasswordHasher::MaxIterations);
    // Still accepted so that existing scripts run; new hashes are Argon2id whatever it says.
    auto legacy
        = line->integer(QStringLiteral("pbkdf2-iterations"), 1, 1, PasswordHasher::MaxPbkdf2Iterations);
    for (const auto *value : {&memory, &passes, &legacy}) {
        if (!*value) {
            err << "govdesk-syncd: " << value->error().message << Qt::endl;
            return AdminCommands::Usage;
        }
    }
    const PasswordHasher::Cost passwordCost{static_cast<quint32>(*memory), static_cast<quint32>(*passes)};
    if (line->words().constFirst() == QStringLiteral("serve") && line->words().size() == 1)
        return serve(app, *line, passwordCost, out, err);

    if (!QDir().mkpath(data)) {
        err << "govdesk-syncd: cannot create the data directory " << data << Qt::endl;
        return AdminCommands::Failed;
    }
    auto repository = SqlSyncRepository::open(line->value(QStringLiteral("database")),
                                              SyncDaemon::databasePath(data), {.exclusive = false});
    if (!repository) {
        err << "govdesk-syncd: " << repository.error().fullText() << Qt::endl;
        return AdminCommands::Failed;
    }
    const PasswordHasher hasher(passwordCost);
    if (line->words() == QStringList{QStringLiteral("migrate")}) {
        // Opening brought the schema up to date (under a lock, should instances start meanwhile).
        auto version = (*repository)->schemaVersion();
        if (!version) {
            err << "govdesk-syncd: " << version.error().fullText() << Qt::endl;
            return AdminCommands::Failed;
        }
        out << "schema version " << *version << Qt::endl;
        return AdminCommands::Done;
    }
    AdminCommands commands(**repository, hasher, out, err, readPassword);
    return commands.run(*line);
}
