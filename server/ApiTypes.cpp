#include "ApiTypes.h"

#include "LogSafe.h"
#include "ServerLogging.h"

#include <QJsonDocument>

namespace GovDesk::Server {

namespace {
ApiError make(int status, const char *code, const QString &message)
{
    return ApiError{status, QString::fromLatin1(code), message, {}, 0};
}
} // namespace

bool ApiError::retryable() const
{
    static const QStringList Retryable{QStringLiteral("blob_offset"), QStringLiteral("blob_hash_mismatch"),
                                       QStringLiteral("rate_limited"), QStringLiteral("internal"),
                                       QStringLiteral("unavailable")};
    return Retryable.contains(code);
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    error.insert(QStringLiteral("retryable"), retryable());
    return {{QStringLiteral("error"), error}};
}

ApiError ApiError::badJson(const QString &message) { return make(400, "bad_json", message); }
ApiError ApiError::unknownField(const QString &message) { return make(400, "unknown_field", message); }
ApiError ApiError::missingField(const QString &message) { return make(400, "missing_field", message); }
ApiError ApiError::badValue(const QString &message) { return make(400, "bad_value", message); }

ApiError ApiError::badCredentials()
{
    return make(401, "bad_credentials", QStringLiteral("Unknown user or wrong password."));
}

ApiError ApiError::tokenExpired()
{
    return make(401, "token_expired", QStringLiteral("The access token has expired; refresh it."));
}

ApiError ApiError::tokenInvalid(const QString &message) { return make(401, "token_invalid", message); }
ApiError ApiError::forbidden(const QString &message) { return make(403, "forbidden", message); }
ApiError ApiError::notFound(const QString &message) { return make(404, "not_found", message); }
ApiError ApiError::tooLarge(const QString &message) { return make(413, "too_large", message); }

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    ApiError error = make(429, "rate_limited", QStringLiteral("Too many requests; retry after %1 s.").arg(retryAfterSeconds));
    error.retryAfter = retryAfterSeconds;
    return error;
}

ApiError ApiError::unavailable(int retryAfterSeconds)
{
    ApiError error = make(503, "unavailable", QStringLiteral("The server is temporarily unavailable."));
    error.retryAfter = retryAfterSeconds;
    return error;
}

ApiError ApiError::internal(const Core::Error &cause)
{
    qCWarning(lcSyncd).noquote() << "internal error:" << Core::logSafe(cause.fullText());
    return make(500, "internal", QStringLiteral("Internal server error; try again later."));
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(const ApiError &error)
{
    ApiResponse response = json(error.toJson(), error.status);
    if (error.retryAfter > 0)
        response.headers.emplaceBack("Retry-After", QByteArray::number(error.retryAfter));
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

} // namespace GovDesk::Server
