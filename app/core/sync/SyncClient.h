// SyncClient: the requests of sync protocol v1 over an HttpTransport, answers parsed and checked.
#pragma once

#include "sync/BlobProtocol.h"
#include "sync/HttpTransport.h"
#include "sync/NumberRequests.h"
#include "sync/SyncError.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <optional>

namespace GovDesk::Core {

class SecureBytes;

// One call = one HTTP request; no retries, no state beyond the base URL and the access token
// the caller passes. Every failure becomes a SyncError classified by the protocol's error
// table, so the engine decides per class: back off, refresh, stop.
//
// Answers are checked, not trusted: a body cut short or not JSON is a retryable Protocol error
// (a proxy or a dying server), a well-formed answer of the wrong shape a non-retryable one.
// Unknown fields are ignored (the protocol lets servers add them).
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    // SyncError::code of an answer over HttpRequest::maxResponseBytes.
    static constexpr char ResponseTooLargeCode[] = "response_too_large";

    // `serverUrl` is the server's root ("https://sync.example.gov.cn"); "/v1/…" is appended.
    SyncClient(HttpTransport &transport, QUrl serverUrl,
               std::chrono::milliseconds timeout = std::chrono::seconds(30));

    [[nodiscard]] SyncResult<ServerInfo> info();
    [[nodiscard]] SyncResult<AuthSession> signIn(const QString &user, const QString &password, const QString &device);
    // The same with the password in a wiped buffer: the request body that carries it is built
    // from it directly and wiped as soon as the answer is in.
    [[nodiscard]] SyncResult<AuthSession> signIn(const QString &user, const SecureBytes &password, const QString &device);
    [[nodiscard]] SyncResult<AuthSession> refresh(const QString &refreshToken);
    [[nodiscard]] SyncResult<> signOut(const QString &accessToken);
    // Results in the order of `ops`, checked to name the same op ids.
    [[nodiscard]] SyncResult<QList<PushResult>> push(const QString &accessToken, const QList<OutboxOp> &ops);
    // `limit` 0 = the server's default.
    [[nodiscard]] SyncResult<PullPage> pull(const QString &accessToken, const QString &cursor, int limit);

    // The number the server hands out for the request (POST /v1/numbers); the same again for the
    // same op id or record.
    [[nodiscard]] SyncResult<qint64> allocateNumber(const QString &accessToken, const NumberRequest &request);

    // Electronic seals: the seal CA (GET /v1/seal/authority) and the caller's organisation seal
    // (GET /v1/seal, signers only), as the server answers them; SealKeyStore checks them.
    [[nodiscard]] SyncResult<QJsonObject> sealAuthority(const QString &accessToken);
    [[nodiscard]] SyncResult<QJsonObject> organisationSeal(const QString &accessToken);
    // The server's directory of organisations (GET /v1/organisations).
    [[nodiscard]] SyncResult<QList<OrganisationEntry>> organisations(const QString &accessToken);

    // Blobs (attachments). nullopt = the server has no bytes of it (404).
    [[nodiscard]] SyncResult<std::optional<BlobServerStatus>> blobStatus(const QString &accessToken,
                                                                         const QString &sha256);
    // Appends `bytes` at `offset` of a blob of `size` bytes; 409 and 422 are answers, not errors.
    [[nodiscard]] SyncResult<BlobChunkAnswer> putBlobChunk(const QString &accessToken, const QString &sha256,
                                                           qint64 offset, qint64 size, const QByteArray &bytes);
    // Up to `length` bytes from `offset` (Range: bytes=offset-…); the answer is checked to be the
    // range asked for (a 200 with the whole blob is accepted too: firstByte is then 0).
    [[nodiscard]] SyncResult<BlobBytes> getBlob(const QString &accessToken, const QString &sha256, qint64 offset,
                                                qint64 length);

    // The push body for `ops`: also used to keep a batch under maxRequestBytes.
    [[nodiscard]] static QByteArray pushBody(const QList<OutboxOp> &ops);
    [[nodiscard]] static QJsonObject opJson(const OutboxOp &op);

    // An HTTP answer (or transport failure) → SyncError; nullopt for a 2xx answer. Public for tests.
    [[nodiscard]] static std::optional<SyncError> errorOf(const HttpResponse &response);
    // The Retry-After header: seconds, or an HTTP date (relative to now); 0 when absent.
    [[nodiscard]] static std::chrono::seconds retryAfterOf(const HttpResponse &response);

private:
    [[nodiscard]] HttpRequest request(QByteArray method, const QString &path, const QString &accessToken = {}) const;
    [[nodiscard]] SyncResult<QJsonObject> exchange(const HttpRequest &request);
    [[nodiscard]] SyncResult<AuthSession> authSession(const HttpRequest &request);

    HttpTransport &m_transport;
    QUrl m_serverUrl;
    std::chrono::milliseconds m_timeout;
};

} // namespace GovDesk::Core
