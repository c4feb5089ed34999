// OrganisationApi: GET /v1/organisations — the directory of organisations (id and name), so a
// clerk addresses a 公文 to organisations the server can route it to.
#pragma once

#include "ApiTypes.h"
#include "AuthService.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class OrganisationApi
{
public:
    explicit OrganisationApi(SyncRepository &repository);

    // Every signed-in user sees every organisation: recipients are addressed by id, and the names
    // are printed on every 公文 anyway.
    [[nodiscard]] ApiResult<ApiResponse> list(const ApiRequest &request, const Principal &principal);

private:
    SyncRepository &m_repository;
};

} // namespace GovDesk::Server
