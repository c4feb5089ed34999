// FakeSyncServer: sync protocol v1 in memory, with fault injection, for engine tests without sockets.
#pragma once

#include "FakeTransport.h"
#include "sync/HttpTransport.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <optional>

namespace GovDesk::Test {

// Follows docs/sync-protocol.md closely enough for the client's behaviour to be tested against
// it: revisions, op ids remembered with their result, conflicts, tombstones, visibility by
// organisation, a cursor over a change sequence, token expiry and refresh-token rotation,
// blobs (status, chunked upload with 409/422, Range downloads, size limits), and the reference
// server's fault modes (500, 503 with Retry-After, drop, truncate).
class FakeSyncServer
{
public:
    struct Record
    {
        qint64 revision = 0;
        bool deleted = false;
        QJsonObject payload;
        QString owner;
        QStringList recipients;
        qint64 changeSeq = 0;
    };
    enum class Fault {
        Status500,
        Status503,    // with Retry-After when retryAfter > 0
        Status429,
        Drop,         // processed, then the connection drops (the answer is lost)
        Truncate,     // processed, then a 200 whose body is cut in half
        Timeout,      // not processed; the transport times out
        TokenExpired, // 401 token_expired, not processed
        BadRequest,   // 400 bad_value, not processed
        TooLarge,     // 413 too_large, not processed
    };

    explicit FakeSyncServer(std::function<QDateTime()> clock = {});

    void addUser(const QString &user, const QString &password, const QString &organisation,
                 const QString &name = {});
    // Roles given at sign-in (default: clerk).
    void setRoles(const QString &user, const QStringList &roles);
    // Electronic seals: GET /v1/seal/authority answers {"certificate": pem} once set (404 before);
    // GET /v1/seal answers `answer` to signers of `organisation` (403 to everyone else).
    void setSealAuthority(const QByteArray &certificatePem);
    void setSeal(const QString &organisation, const QJsonObject &answer);

    // The next `count` requests whose path starts with `pathPrefix` (any when empty) fail so.
    void injectFault(Fault fault, int count = 1, const QString &pathPrefix = {}, int retryAfterSeconds = 0);
    // Ops on this collection are rejected (forbidden), as for a record of another organisation.
    void rejectCollection(const QString &collection);
    // GET /v1/organisations answers this directory (empty by default); nullopt: 404, as from an
    // older server.
    void setOrganisations(const std::optional<QList<Core::OrganisationEntry>> &organisations);
    // The directory's items exactly as given (a newer server's fields, a broken template); empty:
    // setOrganisations() again.
    void setOrganisationsJson(const QJsonArray &items) { m_organisationsJson = items; }
    // Access tokens stop working (401 token_expired); refresh tokens still do.
    void expireAccessTokens();
    void revokeRefreshTokens();

    // Another client's change, made directly on the server.
    void serverPut(const QString &collection, const QString &recordId, const QJsonObject &payload,
                   const QString &owner, const QStringList &recipients = {}, bool deleted = false);
    [[nodiscard]] std::optional<Record> record(const QString &collection, const QString &recordId) const;
    [[nodiscard]] int recordCount() const;
    // How often each op id was applied (never more than once, whatever was resent).
    [[nodiscard]] int timesApplied(const QString &opId) const;
    [[nodiscard]] int requestCount(const QString &path) const;

    // Blobs. The limits are announced in /v1/info and enforced.
    void setBlobLimits(qint64 maxBlobBytes, qint64 blobChunkBytes);
    // The next `count` chunks are damaged on arrival (one byte flipped), as by a bad proxy: the
    // upload ends in 422 blob_hash_mismatch.
    void damageNextBlobChunks(int count = 1);
    // Another client's upload: the server has the complete blob. Returns its id.
    QString serverPutBlob(const QByteArray &bytes);
    // From now on the blob is served with a byte flipped (a damaged disk on the server).
    void damageStoredBlob(const QString &sha256);
    // Ignores Range headers and answers 200 with the whole blob (as some proxies do).
    void setIgnoreRanges(bool ignore);
    // The bytes received so far (complete or not); nullopt when the server has none.
    [[nodiscard]] std::optional<QByteArray> blobBytes(const QString &sha256) const;
    [[nodiscard]] bool blobComplete(const QString &sha256) const;

    [[nodiscard]] Core::HttpResponse handle(const Core::HttpRequest &request);
    [[nodiscard]] FakeTransport::Handler handler();

private:
    struct Account
    {
        QString password;
        QString organisation;
        QString name;
        QStringList roles{QStringLiteral("clerk")};
    };
    struct PendingFault
    {
        Fault fault;
        int count;
        QString pathPrefix;
        int retryAfter;
    };
    struct OpResult
    {
        QString status; // applied or rejected
        qint64 revision = 0;
        QString reasonCode;
    };

    [[nodiscard]] Core::HttpResponse route(const Core::HttpRequest &request);
    [[nodiscard]] Core::HttpResponse signIn(const QJsonObject &body);
    [[nodiscard]] Core::HttpResponse refresh(const QJsonObject &body);
    [[nodiscard]] Core::HttpResponse issueTokens(const QString &user);
    [[nodiscard]] Core::HttpResponse push(const QString &user, const QJsonObject &body);
    [[nodiscard]] Core::HttpResponse pull(const QString &user, const Core::HttpRequest &request);
    [[nodiscard]] Core::HttpResponse sealRoute(const QString &user, bool authority) const;
    [[nodiscard]] Core::HttpResponse blobRoute(const Core::HttpRequest &request, const QString &sha256, bool status);
    [[nodiscard]] Core::HttpResponse blobUpload(const Core::HttpRequest &request, const QString &sha256);
    [[nodiscard]] Core::HttpResponse blobDownload(const Core::HttpRequest &request, const QString &sha256);
    [[nodiscard]] std::optional<PendingFault> takeFault(const QString &path);
    [[nodiscard]] static QString key(const QString &collection, const QString &recordId);
    [[nodiscard]] QJsonObject recordJson(const QString &key, const Record &record) const;

    mutable QMutex m_mutex;
    std::function<QDateTime()> m_clock;
    QHash<QString, Account> m_accounts;
    QHash<QString, QPair<QString, QDateTime>> m_accessTokens; // token → user, expiry
    QHash<QString, QString> m_refreshTokens;                  // token → user
    QMap<QString, Record> m_records;                          // "collection\nid" → record
    QHash<QString, OpResult> m_ops;
    QHash<QString, int> m_applied;
    QHash<QString, int> m_requests;
    QList<PendingFault> m_faults;
    QStringList m_rejectedCollections;
    QByteArray m_sealAuthority;
    QHash<QString, QJsonObject> m_seals; // organisation → GET /v1/seal answer
    std::optional<QList<Core::OrganisationEntry>> m_organisations = QList<Core::OrganisationEntry>{};
    QJsonArray m_organisationsJson;
    struct Blob
    {
        qint64 size = 0;
        QByteArray bytes;
        bool complete = false;
    };
    QHash<QString, Blob> m_blobs;
    qint64 m_maxBlobBytes = 100 * 1024 * 1024;
    qint64 m_blobChunkBytes = 4 * 1024 * 1024;
    int m_damageChunks = 0;
    bool m_ignoreRanges = false;
    qint64 m_changeSeq = 0;
    int m_tokenSerial = 0;
};

} // namespace GovDesk::Test
