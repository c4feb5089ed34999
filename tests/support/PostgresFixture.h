// PostgresFixture: a PostgreSQL 15 server of the test's own — initdb into a temporary folder,
// pg_ctl on a free loopback port, stopped and removed at the end. Never a shared server.
//
// As root (CI, fresh-check) the server runs as the `postgres` account the Debian package creates:
// PostgreSQL refuses to run as root. GOVDESK_PG_BINDIR overrides where initdb and pg_ctl are
// (default: `pg_config --bindir`, /usr/lib/postgresql/15/bin on Debian 12).
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace GovDesk::Test {

class PostgresFixture
{
public:
    struct Options
    {
        // Off for tests (fsync, full-page writes and synchronous commit cost time and prove
        // nothing here); on for benchmarks and crash tests, which need a real server's behaviour.
        bool durable = false;
    };

    PostgresFixture() = default;
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    [[nodiscard]] Core::Result<> start(Options options);
    [[nodiscard]] Core::Result<> start() { return start(Options{}); }
    // A fast shutdown (pg_ctl stop -m fast): connections are closed, the data stays.
    [[nodiscard]] Core::Result<> stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // libpq URI of a database on this server, as its superuser `govdesk` (trust on 127.0.0.1).
    [[nodiscard]] QString uri(const QString &database = QStringLiteral("postgres")) const;
    [[nodiscard]] Core::Result<> createDatabase(const QString &name);
    [[nodiscard]] int port() const { return m_port; }
    // The server's log, for a failing test's message.
    [[nodiscard]] QString log() const;

private:
    [[nodiscard]] Core::Result<QString> run(const QString &tool, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace GovDesk::Test
