#include "AuthService.h"

#include "LogSafe.h"
#include "ServerLogging.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

namespace GovDesk::Server {

namespace {

constexpr int TokenBytes = 32;
constexpr qint64 ExpiredTokenGraceSeconds = 7 * 24 * 60 * 60; // long enough to answer token_expired

Core::Result<QString> randomToken(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return Core::fail(Core::ErrorCode::Crypto, QStringLiteral("no random bytes for a token"));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AuthService::AuthService(SyncRepository &repository, const Clock &clock, const PasswordHasher &hasher,
                         Lifetimes lifetimes)
    : m_repository(repository)
    , m_access(repository)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_lifetimes(lifetimes)
{
}

QByteArray AuthService::tokenHash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

ApiResult<SessionGrant> AuthService::signIn(const QString &userId, const QString &password,
                                            const QString &device)
{
    auto user = m_repository.user(userId);
    if (!user)
        return std::unexpected(ApiError::internal(user.error()));
    if (!*user) {
        m_hasher.verifyDummy(password);
        qCInfo(lcSyncd).noquote() << "sign-in refused: unknown user" << Core::logSafe(userId);
        return std::unexpected(ApiError::badCredentials());
    }
    if (!m_hasher.verify(password, (*user)->passwordHash)) {
        qCInfo(lcSyncd).noquote() << "sign-in refused: wrong password for" << Core::logSafe(userId);
        return std::unexpected(ApiError::badCredentials());
    }
    // The password is known to be right only now: the moment to replace an older hash.
    if (PasswordHasher::needsUpgrade((*user)->passwordHash)) {
        auto upgraded = m_hasher.hash(password);
        if (!upgraded)
            return std::unexpected(ApiError::internal(upgraded.error()));
        if (auto stored = m_repository.setPasswordHash(userId, *upgraded); !stored)
            return std::unexpected(ApiError::internal(stored.error()));
        qCInfo(lcSyncd).noquote() << "password hash of" << Core::logSafe(userId) << "upgraded to Argon2id";
    }
    // Housekeeping on sign-in, a rare event: tokens long expired are no longer worth answering.
    if (auto purged = m_repository.removeTokensExpiredBefore(m_clock.nowSeconds() - ExpiredTokenGraceSeconds);
        !purged)
        return std::unexpected(ApiError::internal(purged.error()));
    auto sessionId = randomToken(16);
    if (!sessionId)
        return std::unexpected(ApiError::internal(sessionId.error()));
    qCInfo(lcSyncd).noquote() << "signed in:" << Core::logSafe(userId) << "device" << Core::logSafe(device);
    return grant(**user, *sessionId, device);
}

ApiResult<SessionGrant> AuthService::grant(const UserAccount &user, const QString &sessionId,
                                           const QString &device)
{
    auto organisation = m_repository.organisation(user.organisationId);
    if (!organisation)
        return std::unexpected(ApiError::internal(organisation.error()));
    auto access = randomToken(TokenBytes);
    auto refresh = randomToken(TokenBytes);
    if (!access || !refresh)
        return std::unexpected(ApiError::internal(access ? refresh.error() : access.error()));

    const QDateTime now = m_clock.now();
    SessionGrant result{
        *access,  now.addSecs(m_lifetimes.accessSeconds),
        *refresh, now.addSecs(m_lifetimes.refreshSeconds),
        user,     organisation->value_or(Organisation{user.organisationId, user.organisationId})};
    result.user.passwordHash.clear();
    auto stored = m_repository.inTransaction([&]() -> Result<> {
        GD_TRY(m_repository.addToken({tokenHash(access->toLatin1()), TokenKind::Access, user.id, sessionId,
                                      device, result.accessExpiresAt.toSecsSinceEpoch()}));
        return m_repository.addToken({tokenHash(refresh->toLatin1()), TokenKind::Refresh, user.id, sessionId,
                                      device, result.refreshExpiresAt.toSecsSinceEpoch()});
    });
    if (!stored)
        return std::unexpected(ApiError::internal(stored.error()));
    return result;
}

ApiResult<SessionGrant> AuthService::refresh(const QString &refreshToken)
{
    const QByteArray hash = tokenHash(refreshToken.toLatin1());
    auto token = m_repository.token(hash);
    if (!token)
        return std::unexpected(ApiError::internal(token.error()));
    if (!*token || (*token)->kind != TokenKind::Refresh || (*token)->expiresAt <= m_clock.nowSeconds())
        return std::unexpected(
            ApiError::tokenInvalid(QStringLiteral("Unknown or expired refresh token; sign in again.")));
    auto user = m_repository.user((*token)->userId);
    if (!user)
        return std::unexpected(ApiError::internal(user.error()));
    if (!*user)
        return std::unexpected(ApiError::tokenInvalid(QStringLiteral("The user no longer exists.")));
    // Revoking the old token and storing the new pair together: a failure leaves the old one valid.
    ApiResult<SessionGrant> result = std::unexpected(ApiError{});
    auto done = m_repository.inTransaction([&]() -> Result<> {
        GD_TRY(m_repository.removeToken(hash));
        result = grant(**user, (*token)->sessionId, (*token)->device);
        return result ? Result<>{}
                      : Core::fail(Core::ErrorCode::Sql, QStringLiteral("refresh: grant failed"));
    });
    if (!result)
        return result;
    if (!done)
        return std::unexpected(ApiError::internal(done.error()));
    return result;
}

ApiResult<> AuthService::signOut(const Principal &principal)
{
    if (auto removed = m_repository.removeSession(principal.sessionId); !removed)
        return std::unexpected(ApiError::internal(removed.error()));
    qCInfo(lcSyncd).noquote() << "signed out:" << Core::logSafe(principal.userId);
    return {};
}

ApiResult<Principal> AuthService::authenticate(const QByteArray &authorization)
{
    static const QByteArray Prefix = "Bearer ";
    if (!authorization.startsWith(Prefix) || authorization.size() == Prefix.size())
        return std::unexpected(ApiError::tokenInvalid(
            QStringLiteral("This request needs \"Authorization: Bearer <accessToken>\".")));
    const QByteArray hash = tokenHash(QByteArrayView(authorization).sliced(Prefix.size()).trimmed());
    auto found = m_repository.tokenWithUser(hash);
    if (!found)
        return std::unexpected(ApiError::internal(found.error()));
    if (!*found || (*found)->first.kind != TokenKind::Access)
        return std::unexpected(
            ApiError::tokenInvalid(QStringLiteral("Unknown access token; sign in again.")));
    const auto &[token, user] = **found;
    if (token.expiresAt <= m_clock.nowSeconds())
        return std::unexpected(ApiError::tokenExpired());
    if (!user)
        return std::unexpected(ApiError::tokenInvalid(QStringLiteral("The user no longer exists.")));
    auto hidden = m_access.hiddenCollections(user->roles);
    if (!hidden)
        return std::unexpected(ApiError::internal(hidden.error()));
    return Principal{user->id, user->organisationId, token.sessionId, hash, user->roles, *hidden};
}

} // namespace GovDesk::Server
