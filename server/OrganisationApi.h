// OrganisationApi: GET /v1/organisations — the directory of organisations (id, name and 套红
// templates), so a clerk addresses a 公文 to organisations the server can route it to, and every
// client lays a 公文 out on its issuing organisation's red header.
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
    // and red headers are printed on every 公文 anyway (a received one shows its sender's).
    [[nodiscard]] ApiResult<ApiResponse> list(const ApiRequest &request, const Principal &principal);

private:
    SyncRepository &m_repository;
};

} // namespace GovDesk::Server
