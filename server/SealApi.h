// SealApi: GET /v1/seal/authority — the seal CA certificate, to everyone signed in (to verify
// seals); GET /v1/seal — the caller's organisation's seal key and certificate, to its signers only.
#pragma once

#include "ApiTypes.h"
#include "AuthService.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class SealApi
{
public:
    // The role that may fetch its organisation's seal key (签发人 also press 用印).
    static constexpr char SealRole[] = "signer";

    explicit SealApi(SyncRepository &repository);

    [[nodiscard]] ApiResult<ApiResponse> authority(const ApiRequest &request, const Principal &principal);
    [[nodiscard]] ApiResult<ApiResponse> seal(const ApiRequest &request, const Principal &principal);

private:
    SyncRepository &m_repository;
};

} // namespace GovDesk::Server
