#include "PostgresFixture.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <pwd.h>
#include <unistd.h>

namespace GovDesk::Test {

namespace {

constexpr auto ServerAccount = "postgres";
constexpr auto Superuser = "govdesk";

Core::Result<QString> binDir()
{
    if (const QString given = qEnvironmentVariable("GOVDESK_PG_BINDIR"); !given.isEmpty())
        return given;
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (!config.waitForFinished(10000) || config.exitCode() != 0)
        return Core::fail(Core::ErrorCode::NotFound,
                          QStringLiteral("pg_config not found (install libpq-dev)"));
    const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
    if (!QFile::exists(dir + QStringLiteral("/initdb")))
        return Core::fail(Core::ErrorCode::NotFound,
                          QStringLiteral("no initdb in %1 (install postgresql-15)").arg(dir));
    return dir;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// The server cannot run as root: hand the folder to the account it runs as.
Core::Result<> giveToServerAccount(const QString &path)
{
    if (geteuid() != 0)
        return {};
    const passwd *account = getpwnam(ServerAccount);
    if (!account)
        return Core::fail(Core::ErrorCode::NotFound,
                          QStringLiteral("running as root, and there is no '%1' account to run PostgreSQL as "
                                         "(install postgresql-15)")
                              .arg(QLatin1String(ServerAccount)));
    if (chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0)
        return Core::fail(Core::ErrorCode::Io,
                          QStringLiteral("cannot hand %1 to %2").arg(path, QLatin1String(ServerAccount)));
    return {};
}

} // namespace

PostgresFixture::~PostgresFixture()
{
    if (m_running)
        (void)stop();
}

Core::Result<QString> PostgresFixture::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (geteuid() == 0)
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QLatin1String(ServerAccount), QStringLiteral("--"), program}
                + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("%1 did not finish").arg(tool));
    }
    const QString output
        = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("%1 failed").arg(tool), output.trimmed());
    return output;
}

Core::Result<> PostgresFixture::start(Options options)
{
    auto dir = binDir();
    if (!dir)
        return std::unexpected(dir.error());
    m_binDir = *dir;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("no temporary folder"));
    GD_TRY(giveToServerAccount(m_dir->path()));
    const QString data = m_dir->filePath(QStringLiteral("data"));
    auto made = run(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), data, QStringLiteral("-U"), QLatin1String(Superuser),
                     QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
    if (!made)
        return std::unexpected(made.error());
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("no free loopback port"));
    QStringList settings{QStringLiteral("-p %1").arg(m_port), QStringLiteral("-c listen_addresses=127.0.0.1"),
                         QStringLiteral("-c unix_socket_directories=%1").arg(m_dir->path()),
                         QStringLiteral("-c max_connections=200")};
    if (!options.durable)
        settings << QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    auto started
        = run(QStringLiteral("pg_ctl"), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                                         QStringLiteral("60"), QStringLiteral("-D"), data,
                                         QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                                         QStringLiteral("-o"), settings.join(QLatin1Char(' '))});
    if (!started)
        return std::unexpected(started.error());
    m_running = true;
    return {};
}

Core::Result<> PostgresFixture::stop()
{
    if (!m_running)
        return {};
    auto stopped
        = run(QStringLiteral("pg_ctl"),
              {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
               QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data"))});
    if (!stopped)
        return std::unexpected(stopped.error());
    m_running = false;
    return {};
}

QString PostgresFixture::uri(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(QLatin1String(Superuser))
        .arg(m_port)
        .arg(database);
}

Core::Result<> PostgresFixture::createDatabase(const QString &name)
{
    auto created = run(QStringLiteral("createdb"),
                       {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                        QString::number(m_port), QStringLiteral("-U"), QLatin1String(Superuser), name});
    if (!created)
        return std::unexpected(created.error());
    return {};
}

QString PostgresFixture::log() const
{
    QFile file(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace GovDesk::Test
