// ApiRouter: maps method and path to the API classes, with the checks every request passes first
// (body size, authentication, rate limit). Knows the protocol, not HTTP.
#pragma once

#include "ApiTypes.h"
#include "AuthApi.h"
#include "AuthService.h"
#include "BlobApi.h"
#include "FaultInjector.h"
#include "NumberApi.h"
#include "RateLimiter.h"
#include "OrganisationApi.h"
#include "SealApi.h"
#include "ServerLimits.h"
#include "SyncApi.h"

namespace GovDesk::Server {

class HealthApi;
class PortalApi;

class ApiRouter
{
public:
    struct Services
    {
        AuthService &auth;
        AuthApi &authApi;
        SyncApi &syncApi;
        BlobApi &blobApi;
        NumberApi &numberApi;
        SealApi &sealApi;
        OrganisationApi &organisationApi;
        RateLimiter &rateLimiter;
        FaultInjector *faults = nullptr; // only with --test-faults: /v1/test/faults exists then
        PortalApi *portal = nullptr;     // only with --portal: /portal/ exists then, without sign-in
        HealthApi *health = nullptr;     // /healthz and /readyz, without sign-in or rate limit
    };

    ApiRouter(Services services, ServerLimits limits);

    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

    // The most body bytes a request may have: a blob chunk's size for uploads, else the request limit.
    [[nodiscard]] qint64 bodyLimit(const QByteArray &method, const QString &path) const;

private:
    [[nodiscard]] ApiResult<ApiResponse> route(const ApiRequest &request);
    [[nodiscard]] ApiResult<ApiResponse> routeAuthenticated(const ApiRequest &request);
    [[nodiscard]] ApiResult<> admit(const QByteArray &rateKey);
    [[nodiscard]] ApiResponse info() const;

    Services m_services;
    ServerLimits m_limits;
};

} // namespace GovDesk::Server
