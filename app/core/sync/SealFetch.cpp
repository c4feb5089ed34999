#include "SealFetch.h"

#include "Logging.h"
#include "crypto/SealKeyStore.h"

namespace GovDesk::Core {

SealFetch::SealFetch(SyncClient &client, Database &db, Caller call, std::function<QDateTime()> clock)
    : m_client(client)
    , m_db(db)
    , m_call(std::move(call))
    , m_clock(std::move(clock))
{
}

const std::optional<Error> &SealFetch::localFailure() const
{
    return m_localFailure;
}

SyncError SealFetch::local(const Error &error)
{
    m_localFailure = error;
    SyncError failure;
    failure.kind = SyncError::Kind::Local;
    failure.code = QStringLiteral("local");
    failure.message = error.message;
    failure.detail = error.detail;
    return failure;
}

SyncResult<SealFetchOutcome> SealFetch::run(const SyncAccount &account)
{
    SealFetchOutcome outcome;
    if (auto fetched = fetchAuthority(outcome); !fetched)
        return std::unexpected(fetched.error());
    // The role as the server told it at sign-in; the server checks it again on every request,
    // and a 403 there (the role was taken away since) makes the profile forget the key.
    if (account.roles.contains(QLatin1StringView(SignerRole))) {
        if (auto fetched = fetchKey(outcome); !fetched)
            return std::unexpected(fetched.error());
    }
    return outcome;
}

SyncResult<> SealFetch::fetchAuthority(SealFetchOutcome &outcome)
{
    auto answer = m_call([this](const QString &token) { return m_client.sealAuthority(token); });
    if (!answer) {
        if (answer.error().kind == SyncError::Kind::NotFound) {
            qCInfo(lcSync) << "the server has issued no seal yet";
            return {};
        }
        return std::unexpected(answer.error());
    }
    const QByteArray certificate = answer->value(QLatin1StringView("certificate")).toString().toLatin1();
    if (auto stored = SealKeyStore::storeAuthority(m_db, certificate); !stored) {
        if (stored.error().code == ErrorCode::InvalidArgument) {
            outcome.problem = stored.error().message;
            return {};
        }
        return std::unexpected(local(stored.error()));
    }
    outcome.authorityStored = true;
    return {};
}

SyncResult<> SealFetch::fetchKey(SealFetchOutcome &outcome)
{
    auto answer = m_call([this](const QString &token) { return m_client.organisationSeal(token); });
    if (!answer) {
        const SyncError::Kind kind = answer.error().kind;
        // 403: the role was taken away since sign-in; 404: the organisation has no seal (any more).
        if (kind == SyncError::Kind::Forbidden || kind == SyncError::Kind::NotFound)
            return forgetKey(outcome);
        return std::unexpected(answer.error());
    }
    auto material = SealKeyStore::fromServerAnswer(*answer, m_clock());
    if (!material) {
        qCWarning(lcSync).noquote() << "the organisation's seal was refused:" << material.error().detail;
        outcome.problem = material.error().message;
        return {};
    }
    if (auto stored = SealKeyStore::store(m_db, *material); !stored)
        return std::unexpected(local(stored.error()));
    outcome.keyStored = true;
    return {};
}

SyncResult<> SealFetch::forgetKey(SealFetchOutcome &outcome)
{
    auto held = SealKeyStore::load(m_db);
    if (!held)
        return std::unexpected(local(held.error()));
    if (!held->has_value())
        return {};
    if (auto forgotten = SealKeyStore::forget(m_db); !forgotten)
        return std::unexpected(local(forgotten.error()));
    qCInfo(lcSync) << "forgot the organisation's seal: this account may no longer use it";
    outcome.keyForgotten = true;
    return {};
}

} // namespace GovDesk::Core
