#include "OrganisationApi.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <algorithm>

namespace GovDesk::Server {

OrganisationApi::OrganisationApi(SyncRepository &repository)
    : m_repository(repository)
{
}

ApiResult<ApiResponse> OrganisationApi::list(const ApiRequest &request, const Principal &)
{
    GD_TRY(checkQueryKeys(request.query, {}));
    auto organisations = m_repository.organisations();
    if (!organisations)
        return std::unexpected(ApiError::internal(organisations.error()));
    auto templates = m_repository.redHeaderTemplates();
    if (!templates)
        return std::unexpected(ApiError::internal(templates.error()));
    QHash<QString, QList<Core::RedHeaderTemplate>> templatesOf;
    for (const OrganisationTemplate &stored : std::as_const(*templates))
        templatesOf[stored.organisationId].append(stored.header);
    // By id, so the answer is the same whatever order the rows were added in.
    std::ranges::sort(*organisations, {}, &Organisation::id);
    QJsonArray items;
    for (const Organisation &organisation : std::as_const(*organisations))
        items.append(QJsonObject{
            {QStringLiteral("id"), organisation.id},
            {QStringLiteral("name"), organisation.name},
            {QStringLiteral("redHeaders"), Core::RedHeaderTemplates::toJson(templatesOf.value(organisation.id))}});
    return ApiResponse::json(QJsonObject{{QStringLiteral("organisations"), items}});
}

} // namespace GovDesk::Server
