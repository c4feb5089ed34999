// ApiRequest, ApiResponse and ApiError: the HTTP-independent shape of one protocol exchange, so
// the API classes are tested without sockets and the HTTP layer knows nothing about the protocol.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <expected>

namespace GovDesk::Server {

// A protocol error: one row of the error table in docs/sync-protocol.md.
struct ApiError
{
    int status = 500;
    QString code = QStringLiteral("internal");
    QString message;
    QJsonObject extra;  // merged into the "error" object (e.g. "received" for blob_offset)
    int retryAfter = 0; // seconds; > 0 adds a Retry-After header

    // true exactly for the codes the table marks "yes"; the "once" codes need a refresh first.
    [[nodiscard]] bool retryable() const;
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static ApiError badJson(const QString &message);
    [[nodiscard]] static ApiError unknownField(const QString &message);
    [[nodiscard]] static ApiError missingField(const QString &message);
    [[nodiscard]] static ApiError badValue(const QString &message);
    [[nodiscard]] static ApiError badCredentials();
    [[nodiscard]] static ApiError tokenExpired();
    [[nodiscard]] static ApiError tokenInvalid(const QString &message);
    [[nodiscard]] static ApiError forbidden(const QString &message);
    [[nodiscard]] static ApiError notFound(const QString &message);
    [[nodiscard]] static ApiError tooLarge(const QString &message);
    [[nodiscard]] static ApiError rateLimited(int retryAfterSeconds);
    [[nodiscard]] static ApiError unavailable(int retryAfterSeconds);
    // The technical detail goes to the log, never to the client.
    [[nodiscard]] static ApiError internal(const Core::Error &cause);
};

template<typename T = void>
using ApiResult = std::expected<T, ApiError>;

struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer; // remote address, for per-address rate limits and logs

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A file range sent instead of `body` (blob downloads are streamed, not loaded into memory).
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    // HEAD: the head as for GET (Content-Length included), without the body.
    bool omitBody = false;

    [[nodiscard]] bool streamsFile() const { return !filePath.isEmpty(); }
    [[nodiscard]] qint64 contentLength() const { return streamsFile() ? fileLength : body.size(); }

    [[nodiscard]] static ApiResponse json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static ApiResponse error(const ApiError &error);
    [[nodiscard]] static ApiResponse noContent();
};

} // namespace GovDesk::Server
