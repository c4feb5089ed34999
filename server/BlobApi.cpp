#include "BlobApi.h"

#include "JsonReader.h"

#include <QRegularExpression>

namespace GovDesk::Server {

namespace {

QJsonObject infoJson(const BlobInfo &info)
{
    return {{QStringLiteral("size"), info.size},
            {QStringLiteral("received"), info.complete ? info.size : info.received},
            {QStringLiteral("complete"), info.complete}};
}

// "bytes=n-" or "bytes=n-m" (one range; multipart answers are not worth it for resumption).
std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression Pattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const auto match = Pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    // A number too large for 64 bits is past any blob's end: not satisfiable, not "from 0".
    bool firstOk = false;
    const qint64 first = match.captured(1).toLongLong(&firstOk);
    bool lastOk = true;
    const qint64 last
        = match.captured(2).isEmpty() ? size - 1 : qMin(match.captured(2).toLongLong(&lastOk), size - 1);
    if (!firstOk || first >= size)
        return std::nullopt;
    if (!lastOk) // bytes=0-99999999999999999999: up to the end, as for any last byte past it
        return std::pair{first, size - 1};
    if (last < first)
        return std::nullopt;
    return std::pair{first, last};
}

} // namespace

BlobApi::BlobApi(BlobStore &store, ServerLimits limits)
    : m_store(store)
    , m_limits(limits)
{
}

ApiResult<ApiResponse> BlobApi::status(const ApiRequest &request, const Principal &principal,
                                       const QString &sha256)
{
    if (auto query = checkQueryKeys(request.query, {}); !query)
        return std::unexpected(query.error());
    auto info = m_store.status(sha256, principal.organisationId, principal.hiddenCollections);
    if (!info)
        return std::unexpected(ApiError::internal(info.error()));
    if (!*info)
        return std::unexpected(
            ApiError::notFound(QStringLiteral("The server has no bytes of blob %1.").arg(sha256)));
    return ApiResponse::json(infoJson(**info));
}

ApiResult<ApiResponse> BlobApi::upload(const ApiRequest &request, const Principal &principal,
                                       const QString &sha256)
{
    if (auto query = checkQueryKeys(request.query, {QStringLiteral("offset"), QStringLiteral("size")});
        !query)
        return std::unexpected(query.error());
    auto offset = queryInteger(request.query, QStringLiteral("offset"));
    if (!offset)
        return std::unexpected(offset.error());
    auto size = queryInteger(request.query, QStringLiteral("size"));
    if (!size)
        return std::unexpected(size.error());
    if (!*offset || !*size)
        return std::unexpected(
            ApiError::missingField(QStringLiteral("A blob upload needs ?offset=<n>&size=<total>.")));
    if (**size > m_limits.maxBlobBytes)
        return std::unexpected(ApiError::tooLarge(
            QStringLiteral("Blobs may have at most %1 bytes.").arg(m_limits.maxBlobBytes)));
    if (**offset + request.body.size() > **size)
        return std::unexpected(ApiError::badValue(QStringLiteral("The chunk ends after the blob's size.")));

    auto outcome = m_store.append(sha256, principal.organisationId, **offset, **size, request.body,
                                  principal.hiddenCollections);
    if (!outcome)
        return std::unexpected(ApiError::internal(outcome.error()));
    using Kind = BlobStore::AppendOutcome::Kind;
    switch (outcome->kind) {
    case Kind::Accepted:
        return ApiResponse::json(
            {{QStringLiteral("complete"), false}, {QStringLiteral("received"), outcome->info.received}});
    case Kind::Complete:
        return ApiResponse::json(
            {{QStringLiteral("complete"), true}, {QStringLiteral("received"), outcome->info.size}});
    case Kind::OffsetMismatch: {
        ApiError error{409,
                       QStringLiteral("blob_offset"),
                       QStringLiteral("The upload continues at offset %1, not %2.")
                           .arg(outcome->info.received)
                           .arg(**offset),
                       {{QStringLiteral("received"), outcome->info.received}},
                       0};
        return std::unexpected(error);
    }
    case Kind::SizeMismatch:
        return std::unexpected(ApiError::badValue(
            QStringLiteral("This upload was started with size %1; restart from offset 0 to change it.")
                .arg(outcome->info.size)));
    case Kind::HashMismatch:
        return std::unexpected(ApiError{
            422,
            QStringLiteral("blob_hash_mismatch"),
            QStringLiteral("The bytes received do not have the SHA-256 %1; the upload was discarded.")
                .arg(sha256),
            {},
            0});
    }
    return std::unexpected(ApiError{});
}

ApiResult<ApiResponse> BlobApi::download(const ApiRequest &request, const Principal &principal,
                                         const QString &sha256)
{
    if (auto query = checkQueryKeys(request.query, {}); !query)
        return std::unexpected(query.error());
    auto info = m_store.status(sha256, principal.organisationId, principal.hiddenCollections);
    if (!info)
        return std::unexpected(ApiError::internal(info.error()));
    if (!*info || !(*info)->complete)
        return std::unexpected(
            ApiError::notFound(QStringLiteral("Blob %1 is not (completely) on the server.").arg(sha256)));

    ApiResponse response;
    response.contentType = "application/octet-stream";
    response.streamLength = (*info)->size;
    response.headers.emplaceBack("Accept-Ranges", "bytes");
    qint64 offset = 0;
    const QByteArray range = request.header("range");
    if (!range.isEmpty()) {
        const auto bounds = parseRange(range, (*info)->size);
        if (!bounds) {
            ApiError error{416,
                           QStringLiteral("bad_value"),
                           QStringLiteral("The range \"%1\" is not within the blob's %2 bytes.")
                               .arg(QString::fromLatin1(range))
                               .arg((*info)->size),
                           {},
                           0};
            return std::unexpected(error);
        }
        response.status = 206;
        offset = bounds->first;
        response.streamLength = bounds->second - bounds->first + 1;
        response.headers.emplaceBack("Content-Range", QStringLiteral("bytes %1-%2/%3")
                                                          .arg(bounds->first)
                                                          .arg(bounds->second)
                                                          .arg((*info)->size)
                                                          .toLatin1());
    }
    auto stream = m_store.read(sha256, offset, response.streamLength);
    if (!stream)
        return std::unexpected(ApiError::internal(stream.error()));
    response.stream = std::move(*stream);
    return response;
}

} // namespace GovDesk::Server
