// BlobApi: /v1/blobs/<sha256> upload in chunks, status, and download with Range resumption.
#pragma once

#include "ApiTypes.h"
#include "AuthService.h"
#include "BlobStore.h"
#include "ServerLimits.h"

namespace GovDesk::Server {

class BlobApi
{
public:
    BlobApi(BlobStore &store, ServerLimits limits);

    // Each answers for the caller's organisation only: a blob it may not read (also when only
    // records of collections the caller's roles may not read name it), or another organisation's
    // upload, is a 404 exactly like a blob the server does not have.
    [[nodiscard]] ApiResult<ApiResponse> status(const ApiRequest &request, const Principal &principal,
                                                const QString &sha256);
    [[nodiscard]] ApiResult<ApiResponse> upload(const ApiRequest &request, const Principal &principal,
                                                const QString &sha256);
    [[nodiscard]] ApiResult<ApiResponse> download(const ApiRequest &request, const Principal &principal,
                                                  const QString &sha256);

private:
    BlobStore &m_store;
    ServerLimits m_limits;
};

} // namespace GovDesk::Server
