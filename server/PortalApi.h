// PortalApi: the public 政府信息公开 portal under /portal/ (serve --portal), without sign-in and
// read-only: each organisation's published disclosure.item and disclosure.report records as the
// columns of a government website, an Atom feed, items.json and the published items' attachments.
// Anything that is not public — unknown, draft, under review, withdrawn, deleted, classified — is
// the same 404 page, so nothing tells an unpublished record from one that never existed.
#pragma once

#include "ApiTypes.h"
#include "BlobStore.h"
#include "PortalFeeds.h"
#include "PortalRenderer.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class PortalApi
{
public:
    PortalApi(SyncRepository &repository, BlobStore &blobs);

    [[nodiscard]] static bool handles(const QString &path);
    // GET and HEAD; other methods are 405.
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

private:
    [[nodiscard]] Result<ApiResponse> route(const ApiRequest &request);
    [[nodiscard]] Result<ApiResponse> routeOrganisation(const ApiRequest &request,
                                                        const QString &organisationId, const QString &rest);
    [[nodiscard]] Result<std::optional<Disclosure::PortalSite>> site(const QString &organisationId);
    [[nodiscard]] Result<ApiResponse> attachment(const Disclosure::PortalItem &item, const QString &sha256);
    [[nodiscard]] ApiResponse notFound() const;
    // Where the portals are for links that leave the page (feeds): absolute from the Host header.
    [[nodiscard]] static QString absolutePrefix(const ApiRequest &request);

    SyncRepository &m_repository;
    BlobStore &m_blobs;
    Disclosure::PortalRenderer m_renderer;
    Disclosure::PortalFeeds m_feeds;
};

} // namespace GovDesk::Server
