// AuthApi: the JSON side of /v1/auth/sign-in, /refresh and /sign-out around AuthService.
#pragma once

#include "ApiTypes.h"
#include "AuthService.h"

namespace GovDesk::Server {

class AuthApi
{
public:
    explicit AuthApi(AuthService &auth);

    [[nodiscard]] ApiResult<ApiResponse> signIn(const ApiRequest &request);
    [[nodiscard]] ApiResult<ApiResponse> refresh(const ApiRequest &request);
    [[nodiscard]] ApiResult<ApiResponse> signOut(const ApiRequest &request, const Principal &principal);

    [[nodiscard]] static QJsonObject grantJson(const SessionGrant &grant);

private:
    AuthService &m_auth;
};

} // namespace GovDesk::Server
