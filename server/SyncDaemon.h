// SyncDaemon: the composition root of `govdesk-syncd serve` — opens the data directory, wires the
// services together and starts the HTTPS listener.
#pragma once

#include "Result.h"
#include "PasswordHasher.h"
#include "ServerLimits.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace GovDesk::Server {

struct ServeOptions
{
    QString dataDirectory;
    QString database; // a PostgreSQL URI, or empty for syncd.db in dataDirectory
    QString certificateFile;
    QString keyFile;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    bool testFaults = false;
    bool demo = false;
    bool portal = false; // serve the public 政府信息公开 portal under /portal/
    PasswordHasher::Cost passwordCost;
    qint64 accessTokenSeconds = 60 * 60;
    ServerLimits limits;
};

class SyncDaemon
{
public:
    [[nodiscard]] static Core::Result<std::unique_ptr<SyncDaemon>> start(const ServeOptions &options);
    ~SyncDaemon();
    SyncDaemon(const SyncDaemon &) = delete;
    SyncDaemon &operator=(const SyncDaemon &) = delete;

    [[nodiscard]] quint16 port() const;
    // GET /readyz answers 503 from now on (SIGTERM, before the listener stops).
    void beginDraining();
    // "https://127.0.0.1:8443", the address clients use.
    [[nodiscard]] QString url() const;

    // The path of the database inside a data directory.
    [[nodiscard]] static QString databasePath(const QString &dataDirectory);

private:
    struct Parts;
    explicit SyncDaemon(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace GovDesk::Server
