// AuthService: sign-in, refresh, sign-out and bearer-token checks. Tokens are random and only
// their SHA-256 is stored, so a copy of the database lets nobody act as a user.
#pragma once

#include "AccessPolicy.h"
#include "ApiTypes.h"
#include "Clock.h"
#include "PasswordHasher.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

// The caller of an authenticated request.
struct Principal
{
    QString userId;
    QString organisationId;
    QString sessionId;
    QByteArray tokenHash;
    QStringList roles;             // as stored now, not as at sign-in: a change applies at once
    QStringList hiddenCollections; // collections these roles may not read (AccessPolicy)
};

// What sign-in and refresh answer.
struct SessionGrant
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    UserAccount user;
    Organisation organisation;
};

class AuthService
{
public:
    struct Lifetimes
    {
        qint64 accessSeconds = 60 * 60;
        qint64 refreshSeconds = 30 * 24 * 60 * 60;
    };

    AuthService(SyncRepository &repository, const Clock &clock, const PasswordHasher &hasher, Lifetimes lifetimes);

    [[nodiscard]] ApiResult<SessionGrant> signIn(const QString &userId, const QString &password, const QString &device);
    // A new pair in the same session; the old refresh token stops working at once. The old access
    // token stays valid until it expires, so requests already in flight do not fail.
    [[nodiscard]] ApiResult<SessionGrant> refresh(const QString &refreshToken);
    // Revokes every token of the principal's session.
    [[nodiscard]] ApiResult<> signOut(const Principal &principal);
    // Checks an "Authorization: Bearer …" header value.
    [[nodiscard]] ApiResult<Principal> authenticate(const QByteArray &authorization);

    [[nodiscard]] static QByteArray tokenHash(QByteArrayView token);

private:
    [[nodiscard]] ApiResult<SessionGrant> grant(const UserAccount &user, const QString &sessionId, const QString &device);

    SyncRepository &m_repository;
    AccessPolicy m_access;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    Lifetimes m_lifetimes;
};

} // namespace GovDesk::Server
