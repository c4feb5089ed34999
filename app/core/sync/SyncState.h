// SyncState: the sync engine's own values (cursor, tokens, account, limits) in the encrypted profile.
#pragma once

#include "Result.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QString>

namespace GovDesk::Core {

class Database;

// Tokens live here, inside the SQLCipher database, and nowhere else: never in settings files,
// never in logs (the protocol requires it). Writes join the caller's transaction when one is
// open, so the cursor is stored with the page it belongs to.
class SyncState
{
public:
    explicit SyncState(Database &db);

    // The pull cursor; empty before the first pull.
    [[nodiscard]] Result<QString> cursor() const;
    [[nodiscard]] Result<> setCursor(const QString &cursor);

    // Empty tokens when signed out.
    [[nodiscard]] Result<AuthSession> session() const;
    // Tokens and account in one transaction.
    [[nodiscard]] Result<> setSession(const AuthSession &session);
    // Forgets the tokens, keeps the account (a profile belongs to one user).
    [[nodiscard]] Result<> clearTokens();
    [[nodiscard]] Result<SyncAccount> account() const;

    [[nodiscard]] Result<std::optional<ServerLimits>> limits() const;
    [[nodiscard]] Result<> setLimits(const ServerLimits &limits);

    // Invalid before the first successful sync.
    [[nodiscard]] Result<QDateTime> lastSuccessfulSync() const;
    [[nodiscard]] Result<> setLastSuccessfulSync(const QDateTime &at);

    // Raw access for values without a typed accessor; a null QString when unset.
    [[nodiscard]] Result<QString> value(const QString &key) const;
    [[nodiscard]] Result<> setValue(const QString &key, const QString &value);
    [[nodiscard]] Result<> remove(const QString &key);

private:
    Database *m_db;
};

} // namespace GovDesk::Core
