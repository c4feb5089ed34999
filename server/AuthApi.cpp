#include "AuthApi.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace GovDesk::Server {

AuthApi::AuthApi(AuthService &auth)
    : m_auth(auth)
{
}

QJsonObject AuthApi::grantJson(const SessionGrant &grant)
{
    const QJsonObject organisation{{QStringLiteral("id"), grant.organisation.id},
                                   {QStringLiteral("name"), grant.organisation.name}};
    const QJsonObject user{{QStringLiteral("id"), grant.user.id},
                           {QStringLiteral("name"), grant.user.name},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(grant.user.roles)},
                           {QStringLiteral("organisation"), organisation}};
    return {{QStringLiteral("accessToken"), grant.accessToken},
            {QStringLiteral("expiresAt"), rfc3339(grant.accessExpiresAt)},
            {QStringLiteral("refreshToken"), grant.refreshToken},
            {QStringLiteral("refreshExpiresAt"), rfc3339(grant.refreshExpiresAt)},
            {QStringLiteral("user"), user}};
}

ApiResult<ApiResponse> AuthApi::signIn(const ApiRequest &request)
{
    auto root = parseJsonObject(request.body);
    if (!root)
        return std::unexpected(root.error());
    JsonReader reader(*root, QStringLiteral("the request"));
    const QString user = reader.requiredString(QStringLiteral("user"));
    const QString password = reader.requiredString(QStringLiteral("password"));
    const QString device = reader.optionalString(QStringLiteral("device")).value_or(QString());
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    // The device name is the client's text and goes into the log: one line, bounded.
    QString deviceName = device.left(200);
    for (QChar &c : deviceName) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    auto grant = m_auth.signIn(user, password, deviceName);
    if (!grant)
        return std::unexpected(grant.error());
    return ApiResponse::json(grantJson(*grant));
}

ApiResult<ApiResponse> AuthApi::refresh(const ApiRequest &request)
{
    auto root = parseJsonObject(request.body);
    if (!root)
        return std::unexpected(root.error());
    JsonReader reader(*root, QStringLiteral("the request"));
    const QString refreshToken = reader.requiredString(QStringLiteral("refreshToken"));
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    auto grant = m_auth.refresh(refreshToken);
    if (!grant)
        return std::unexpected(grant.error());
    return ApiResponse::json(grantJson(*grant));
}

ApiResult<ApiResponse> AuthApi::signOut(const ApiRequest &request, const Principal &principal)
{
    // "{}" per the protocol; an empty body is accepted too, it cannot carry a typo.
    if (!request.body.trimmed().isEmpty()) {
        auto root = parseJsonObject(request.body);
        if (!root)
            return std::unexpected(root.error());
        if (auto finished = JsonReader(*root, QStringLiteral("the request")).finish(); !finished)
            return std::unexpected(finished.error());
    }
    if (auto done = m_auth.signOut(principal); !done)
        return std::unexpected(done.error());
    return ApiResponse::noContent();
}

} // namespace GovDesk::Server
