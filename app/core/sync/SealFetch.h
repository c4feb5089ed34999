// SealFetch: the sync run's last step — brings the seal CA certificate and, for signers, the
// organisation's seal key into the encrypted profile (SealKeyStore), so modules never fetch them.
#pragma once

#include "sync/SyncClient.h"
#include "sync/SyncError.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class Database;
struct Error;

struct SealFetchOutcome
{
    bool authorityStored = false; // the seal CA certificate is in the profile now
    bool keyStored = false;       // the organisation's seal key is in the profile now
    bool keyForgotten = false;    // a key held before was removed (no longer a signer)
    // A seal the server sent but that was refused (invalid certificate, key not matching it):
    // reported, not fatal — the documents still sync, only 用印 waits for a good seal.
    QString problem;
};

class SealFetch
{
    Q_DECLARE_TR_FUNCTIONS(SealFetch)
public:
    // The role that may fetch and use the organisation's seal (as the server's SealApi).
    static constexpr char SignerRole[] = "signer";

    using Request = std::function<SyncResult<QJsonObject>(const QString &accessToken)>;
    // Runs one authenticated request with the engine's retries and token refresh.
    using Caller = std::function<SyncResult<QJsonObject>(const Request &request)>;

    SealFetch(SyncClient &client, Database &db, Caller call, std::function<QDateTime()> clock);

    // 404 (the server has issued no seal yet) and 403 (not a signer of the organisation) are
    // answers, not errors. A local database failure is returned as a Local SyncError and kept in
    // localFailure().
    [[nodiscard]] SyncResult<SealFetchOutcome> run(const SyncAccount &account);
    [[nodiscard]] const std::optional<Error> &localFailure() const;

private:
    [[nodiscard]] SyncResult<> fetchAuthority(SealFetchOutcome &outcome);
    [[nodiscard]] SyncResult<> fetchKey(SealFetchOutcome &outcome);
    [[nodiscard]] SyncResult<> forgetKey(SealFetchOutcome &outcome);
    [[nodiscard]] SyncError local(const Error &error);

    SyncClient &m_client;
    Database &m_db;
    Caller m_call;
    std::function<QDateTime()> m_clock;
    std::optional<Error> m_localFailure;
};

} // namespace GovDesk::Core
