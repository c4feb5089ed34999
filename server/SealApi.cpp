#include "SealApi.h"

#include "JsonReader.h"
#include "LogSafe.h"
#include "ServerLogging.h"
#include "crypto/Sm2Signature.h"

namespace GovDesk::Server {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject algorithms()
{
    return {{key("signatureAlgorithm"), QString::fromLatin1(Core::Sm2::SignatureAlgorithmOid)},
            {key("digestAlgorithm"), QString::fromLatin1(Core::Sm2::DigestAlgorithmOid)},
            {key("distinguishingId"), QString::fromLatin1(Core::Sm2::DistinguishingId)}};
}

} // namespace

SealApi::SealApi(SyncRepository &repository)
    : m_repository(repository)
{
}

ApiResult<ApiResponse> SealApi::authority(const ApiRequest &request, const Principal &)
{
    GD_TRY(checkQueryKeys(request.query, {}));
    auto authority = m_repository.sealAuthority();
    if (!authority)
        return std::unexpected(ApiError::internal(authority.error()));
    if (!*authority)
        return std::unexpected(ApiError::notFound(QStringLiteral("This server has issued no seals yet.")));
    QJsonObject answer = algorithms();
    answer.insert(key("certificate"), QString::fromLatin1((*authority)->certificatePem));
    return ApiResponse::json(answer);
}

ApiResult<ApiResponse> SealApi::seal(const ApiRequest &request, const Principal &principal)
{
    GD_TRY(checkQueryKeys(request.query, {key("organisation")}));
    const QString organisation = request.query.hasQueryItem(key("organisation"))
                                     ? request.query.queryItemValue(key("organisation"), QUrl::FullyDecoded)
                                     : principal.organisationId;
    // Another organisation's seal is refused without looking it up, so the answer says nothing
    // about whether it has one.
    if (organisation != principal.organisationId || !principal.roles.contains(QLatin1String(SealRole))) {
        qCInfo(lcSyncd).noquote() << "seal key refused to" << Core::logSafe(principal.userId) << "for"
                                  << Core::logSafe(organisation);
        return std::unexpected(
            ApiError::forbidden(QStringLiteral("Only a signer of the organisation may fetch its seal key.")));
    }
    auto seal = m_repository.organisationSeal(organisation);
    if (!seal)
        return std::unexpected(ApiError::internal(seal.error()));
    auto authority = m_repository.sealAuthority();
    if (!authority)
        return std::unexpected(ApiError::internal(authority.error()));
    if (!*seal || !*authority)
        return std::unexpected(ApiError::notFound(
            QStringLiteral("No seal has been issued to this organisation (govdesk-syncd seal issue).")));
    QJsonObject answer = algorithms();
    answer.insert(key("sealId"), (*seal)->sealId);
    answer.insert(key("sealName"), (*seal)->sealName);
    answer.insert(key("organisation"), (*seal)->organisationId);
    answer.insert(key("issuedAt"), (*seal)->issuedAt);
    answer.insert(key("validUntil"), (*seal)->validUntil);
    answer.insert(key("certificate"), QString::fromLatin1((*seal)->certificatePem));
    answer.insert(key("privateKey"), QString::fromLatin1((*seal)->privateKeyPem));
    answer.insert(key("authorityCertificate"), QString::fromLatin1((*authority)->certificatePem));
    // The key itself is never logged; who fetched it is.
    qCInfo(lcSyncd).noquote() << "seal key" << (*seal)->sealId << "sent to"
                              << Core::logSafe(principal.userId);
    return ApiResponse::json(answer);
}

} // namespace GovDesk::Server
