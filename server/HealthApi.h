// HealthApi: what a load balancer or service manager asks — is the process alive (GET /healthz),
// and may it take requests (GET /readyz: its database answers and it is not shutting down).
#pragma once

#include "ApiTypes.h"
#include "SyncRepository.h"

#include <atomic>

namespace GovDesk::Server {

class HealthApi
{
public:
    // `database`: "sqlite" or "postgresql", reported by /readyz.
    HealthApi(SyncRepository &repository, QString database);

    [[nodiscard]] static bool handles(const QString &path);
    [[nodiscard]] ApiResponse handle(const ApiRequest &request) const;
    // From now on /readyz answers 503, so that a load balancer sends new requests elsewhere
    // while the requests in flight finish (SIGTERM).
    void setDraining() { m_draining = true; }

private:
    [[nodiscard]] ApiResponse ready() const;

    SyncRepository &m_repository;
    QString m_database;
    std::atomic_bool m_draining{false};
};

} // namespace GovDesk::Server
