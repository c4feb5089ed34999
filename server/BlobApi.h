// BlobApi: /v1/blobs/<sha256> upload in chunks, status, and download with Range resumption.
#pragma once

#include "ApiTypes.h"
#include "BlobStore.h"
#include "ServerLimits.h"

namespace GovDesk::Server {

class BlobApi
{
public:
    BlobApi(BlobStore &store, ServerLimits limits);

    [[nodiscard]] ApiResult<ApiResponse> status(const ApiRequest &request, const QString &sha256);
    [[nodiscard]] ApiResult<ApiResponse> upload(const ApiRequest &request, const QString &sha256);
    [[nodiscard]] ApiResult<ApiResponse> download(const ApiRequest &request, const QString &sha256);

private:
    BlobStore &m_store;
    ServerLimits m_limits;
};

} // namespace GovDesk::Server
