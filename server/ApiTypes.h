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
#include <memory>

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

template<typename T = void> using ApiResult = std::expected<T, ApiError>;

struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer; // remote address, for per-address rate limits and logs

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// The bytes of a long answer, read piece by piece as the connection sends them: a blob download
// is never held in memory whole. Read on the connection's thread, after the head is written.
class ResponseBody
{
public:
    virtual ~ResponseBody() = default;
    // The next at most `maxBytes` bytes; empty (or an error) before the end means the source broke.
    [[nodiscard]] virtual Core::Result<QByteArray> read(qint64 maxBytes) = 0;
    // What is read, for logs ("blob 3f…").
    [[nodiscard]] virtual QString describe() const = 0;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Sent instead of `body` (blob downloads are streamed, not loaded into memory): `streamLength`
    // bytes read from `stream`.
    std::shared_ptr<ResponseBody> stream;
    qint64 streamLength = 0;
    // HEAD: the head as for GET (Content-Length included), without the body.
    bool omitBody = false;

    [[nodiscard]] bool streamsBody() const { return stream != nullptr; }
    [[nodiscard]] qint64 contentLength() const { return streamsBody() ? streamLength : body.size(); }

    [[nodiscard]] static ApiResponse json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static ApiResponse error(const ApiError &error);
    [[nodiscard]] static ApiResponse noContent();
};

} // namespace GovDesk::Server
