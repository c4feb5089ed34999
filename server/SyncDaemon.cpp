#include "SyncDaemon.h"

#include "ApiRouter.h"
#include "AuthApi.h"
#include "AuthService.h"
#include "BlobApi.h"
#include "BlobStore.h"
#include "Clock.h"
#include "DemoData.h"
#include "FaultInjector.h"
#include "HealthApi.h"
#include "OpApplier.h"
#include "PasswordHasher.h"
#include "PortalApi.h"
#include "RateLimiter.h"
#include "ServerLogging.h"
#include "SqlSyncRepository.h"
#include "SyncApi.h"
#include "SyncServer.h"
#include "http/HttpsListener.h"
#include "http/TlsContext.h"
#include "postgres/PgRateLimiter.h"

#include <QDir>

namespace GovDesk::Server {

// Declaration order is construction order; destruction runs backwards, so the listener stops
// before the services it calls, and the database closes last.
struct SyncDaemon::Parts
{
    SystemClock clock;
    std::unique_ptr<SqlSyncRepository> repository;
    std::unique_ptr<PasswordHasher> hasher;
    std::unique_ptr<RateLimiter> rateLimiter;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<OpApplier> applier;
    std::unique_ptr<BlobBytes> blobBytes;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<AuthApi> authApi;
    std::unique_ptr<SyncApi> syncApi;
    std::unique_ptr<BlobApi> blobApi;
    std::unique_ptr<NumberApi> numberApi;
    std::unique_ptr<SealApi> sealApi;
    std::unique_ptr<OrganisationApi> organisationApi;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<PortalApi> portal;
    std::unique_ptr<HealthApi> health;
    std::unique_ptr<ApiRouter> router;
    std::unique_ptr<SyncServer> server;
    QHostAddress address;
    quint16 port = 0;
};

SyncDaemon::SyncDaemon(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts))
{
}

SyncDaemon::~SyncDaemon()
{
    if (m_parts && m_parts->server)
        qCInfo(lcSyncd) << "stopping; closing the database";
}

QString SyncDaemon::databasePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("syncd.db"));
}

Core::Result<std::unique_ptr<SyncDaemon>> SyncDaemon::start(const ServeOptions &options)
{
    auto tls = TlsContext::load(options.certificateFile, options.keyFile);
    if (!tls)
        return std::unexpected(tls.error());
    if (!QDir().mkpath(options.dataDirectory))
        return Core::fail(Core::ErrorCode::Io,
                          QStringLiteral("Cannot create the data directory %1.").arg(options.dataDirectory));

    ServerLimits limits = options.limits;
    if (SqlSyncRepository::isPostgresUri(options.database))
        limits.http.apiThreads = SqlSyncRepository::PostgresConnections;
    limits.http = HttpsListener::fitToSystem(limits.http);
    auto parts = std::make_unique<Parts>();
    auto repository
        = SqlSyncRepository::open(options.database, databasePath(options.dataDirectory), {.exclusive = true});
    if (!repository)
        return std::unexpected(repository.error());
    parts->repository = std::move(*repository);
    parts->hasher = std::make_unique<PasswordHasher>(options.passwordCost);
    if (SqlSyncRepository::isPostgresUri(options.database) && limits.ratePerMinute > 0) {
        // Shared by the instances on this database: a client's requests count wherever they land.
        auto shared = PgRateLimiter::open(options.database, limits.ratePerMinute, parts->clock);
        if (!shared)
            return std::unexpected(shared.error());
        parts->rateLimiter = std::move(*shared);
    } else {
        parts->rateLimiter = std::make_unique<LocalRateLimiter>(limits.ratePerMinute, parts->clock);
    }
    parts->auth
        = std::make_unique<AuthService>(*parts->repository, parts->clock, *parts->hasher,
                                        AuthService::Lifetimes{.accessSeconds = options.accessTokenSeconds});
    parts->applier = std::make_unique<OpApplier>(*parts->repository, parts->clock, limits);
    auto blobBytes = openBlobBytes(options.database, options.dataDirectory);
    if (!blobBytes)
        return std::unexpected(blobBytes.error());
    parts->blobBytes = std::move(*blobBytes);
    parts->blobs = std::make_unique<BlobStore>(*parts->repository, *parts->blobBytes);
    parts->authApi = std::make_unique<AuthApi>(*parts->auth);
    parts->syncApi = std::make_unique<SyncApi>(*parts->repository, *parts->applier, limits);
    parts->blobApi = std::make_unique<BlobApi>(*parts->blobs, limits);
    parts->numberApi = std::make_unique<NumberApi>(*parts->repository, parts->clock);
    parts->sealApi = std::make_unique<SealApi>(*parts->repository);
    parts->organisationApi = std::make_unique<OrganisationApi>(*parts->repository);
    if (options.testFaults) {
        parts->faults = std::make_unique<FaultInjector>();
        qCWarning(lcSyncd) << "test faults are enabled (POST /v1/test/faults): never use this in production";
    }
    if (options.portal)
        parts->portal = std::make_unique<PortalApi>(*parts->repository, *parts->blobs);
    parts->health = std::make_unique<HealthApi>(*parts->repository, parts->repository->databaseKind());
    parts->router = std::make_unique<ApiRouter>(
        ApiRouter::Services{*parts->auth, *parts->authApi, *parts->syncApi, *parts->blobApi,
                            *parts->numberApi, *parts->sealApi, *parts->organisationApi, *parts->rateLimiter,
                            parts->faults.get(), parts->portal.get(), parts->health.get()},
        limits);

    if (options.demo) {
        auto seeded = DemoData::seedIfEmpty(*parts->repository, *parts->applier, *parts->hasher);
        if (!seeded)
            return std::unexpected(seeded.error());
        if (!*seeded)
            qCInfo(lcSyncd) << "--demo: the data directory has organisations already; nothing seeded";
        else
            GD_TRY(DemoData::issueSeals(*parts->repository, parts->clock));
        auto templates = DemoData::addTemplates(*parts->repository);
        if (!templates)
            return std::unexpected(templates.error());
        if (*templates > 0)
            qCInfo(lcSyncd) << "--demo:" << *templates << "red-header templates added";
    }

    parts->server = std::make_unique<SyncServer>(*parts->router, parts->faults.get());
    auto port = parts->server->start(options.address, options.port, std::move(*tls), limits.http);
    if (!port)
        return std::unexpected(port.error());
    parts->address = options.address;
    parts->port = *port;
    qCInfo(lcSyncd).noquote() << "serving" << options.dataDirectory << "on port" << *port;
    return std::unique_ptr<SyncDaemon>(new SyncDaemon(std::move(parts)));
}

void SyncDaemon::beginDraining()
{
    m_parts->health->setDraining();
}

quint16 SyncDaemon::port() const
{
    return m_parts->port;
}

QString SyncDaemon::url() const
{
    const QHostAddress &address = m_parts->address;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(m_parts->port);
}

} // namespace GovDesk::Server
