#include "SyncState.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace GovDesk::Core {

namespace {

// Stored key names: never rename them.
const QString CursorKey = QStringLiteral("cursor");
const QString AccessTokenKey = QStringLiteral("accessToken");
const QString AccessExpiresKey = QStringLiteral("accessTokenExpiresAt");
const QString RefreshTokenKey = QStringLiteral("refreshToken");
const QString AccountKey = QStringLiteral("account");
const QString LimitsKey = QStringLiteral("serverLimits");
const QString LastSyncKey = QStringLiteral("lastSuccessfulSync");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SyncState::SyncState(Database &db)
    : m_db(&db)
{
}

Result<QString> SyncState::value(const QString &key) const
{
    auto select = m_db->prepareCached(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, key);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? select->text(0) : QString();
}

Result<> SyncState::setValue(const QString &key, const QString &value)
{
    auto write = m_db->prepareCached(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)"));
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return write->exec();
}

Result<> SyncState::remove(const QString &key)
{
    auto remove = m_db->prepareCached(QStringLiteral("DELETE FROM sync_state WHERE key = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, key);
    return remove->exec();
}

Result<QString> SyncState::cursor() const
{
    return value(CursorKey);
}

Result<> SyncState::setCursor(const QString &cursor)
{
    return setValue(CursorKey, cursor);
}

Result<AuthSession> SyncState::session() const
{
    AuthSession session;
    auto access = value(AccessTokenKey);
    auto expires = value(AccessExpiresKey);
    auto refresh = value(RefreshTokenKey);
    auto known = account();
    if (!access || !expires || !refresh || !known)
        return std::unexpected(!access ? access.error() : !expires ? expires.error() : !refresh ? refresh.error() : known.error());
    session.accessToken = *access;
    session.expiresAt = QDateTime::fromString(*expires, Qt::ISODateWithMs);
    session.refreshToken = *refresh;
    session.account = *known;
    return session;
}

Result<> SyncState::setSession(const AuthSession &session)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(setValue(AccessTokenKey, session.accessToken));
    GD_TRY(setValue(AccessExpiresKey, session.expiresAt.toUTC().toString(Qt::ISODateWithMs)));
    GD_TRY(setValue(RefreshTokenKey, session.refreshToken));
    const SyncAccount &account = session.account;
    GD_TRY(setValue(AccountKey, compact({{QStringLiteral("id"), account.userId},
                                         {QStringLiteral("name"), account.name},
                                         {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
                                         {QStringLiteral("organisationId"), account.organisationId},
                                         {QStringLiteral("organisationName"), account.organisationName}})));
    return transaction->commit();
}

Result<> SyncState::clearTokens()
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(remove(AccessTokenKey));
    GD_TRY(remove(AccessExpiresKey));
    GD_TRY(remove(RefreshTokenKey));
    return transaction->commit();
}

Result<SyncAccount> SyncState::account() const
{
    auto stored = value(AccountKey);
    if (!stored)
        return std::unexpected(stored.error());
    const QJsonObject json = parseObject(*stored);
    SyncAccount account;
    account.userId = json.value(QLatin1StringView("id")).toString();
    account.name = json.value(QLatin1StringView("name")).toString();
    for (const QJsonValue &role : json.value(QLatin1StringView("roles")).toArray())
        account.roles << role.toString();
    account.organisationId = json.value(QLatin1StringView("organisationId")).toString();
    account.organisationName = json.value(QLatin1StringView("organisationName")).toString();
    return account;
}

Result<std::optional<ServerLimits>> SyncState::limits() const
{
    auto stored = value(LimitsKey);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isEmpty())
        return std::optional<ServerLimits>();
    const QJsonObject json = parseObject(*stored);
    ServerLimits limits;
    limits.maxRequestBytes = json.value(QLatin1StringView("maxRequestBytes")).toInteger(limits.maxRequestBytes);
    limits.maxPushOps = json.value(QLatin1StringView("maxPushOps")).toInt(limits.maxPushOps);
    limits.maxPayloadBytes = json.value(QLatin1StringView("maxPayloadBytes")).toInteger(limits.maxPayloadBytes);
    limits.maxPullLimit = json.value(QLatin1StringView("maxPullLimit")).toInt(limits.maxPullLimit);
    limits.maxBlobBytes = json.value(QLatin1StringView("maxBlobBytes")).toInteger(limits.maxBlobBytes);
    limits.blobChunkBytes = json.value(QLatin1StringView("blobChunkBytes")).toInteger(limits.blobChunkBytes);
    limits.ratePerMinute = json.value(QLatin1StringView("ratePerMinute")).toInt(limits.ratePerMinute);
    return std::optional<ServerLimits>(limits);
}

Result<> SyncState::setLimits(const ServerLimits &limits)
{
    return setValue(LimitsKey, compact({{QStringLiteral("maxRequestBytes"), limits.maxRequestBytes},
                                        {QStringLiteral("maxPushOps"), limits.maxPushOps},
                                        {QStringLiteral("maxPayloadBytes"), limits.maxPayloadBytes},
                                        {QStringLiteral("maxPullLimit"), limits.maxPullLimit},
                                        {QStringLiteral("maxBlobBytes"), limits.maxBlobBytes},
                                        {QStringLiteral("blobChunkBytes"), limits.blobChunkBytes},
                                        {QStringLiteral("ratePerMinute"), limits.ratePerMinute}}));
}

Result<QDateTime> SyncState::lastSuccessfulSync() const
{
    auto stored = value(LastSyncKey);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->isEmpty() ? QDateTime() : QDateTime::fromString(*stored, Qt::ISODateWithMs);
}

Result<> SyncState::setLastSuccessfulSync(const QDateTime &at)
{
    return setValue(LastSyncKey, at.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace GovDesk::Core
