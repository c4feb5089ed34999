#include "UnlockAhead.h"

#include "session/ProfileRepository.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QLockFile>
#include <future>

namespace GovDesk::Core {

struct UnlockAhead::Work
{
    std::future<UnlockAhead::Result> result;
};

UnlockAhead::UnlockAhead(const QString &profilesRoot, const QString &profileId, SecureBytes passphrase,
                         Session::PageCheck check, Session::Clock clock)
    : m_profileId(profileId)
    , m_passphrase(std::move(passphrase))
    , m_check(check)
    , m_work(std::make_unique<Work>())
{
    if (!clock)
        clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    // The thread gets its own copy of the passphrase: this object keeps one for the session.
    m_work->result = std::async(std::launch::async, [profilesRoot, profileId, check, clock = std::move(clock),
                                                     passphrase = m_passphrase.clone()] {
        const ProfileRepository profiles(profilesRoot);
        auto pending = Session::lockForUnlock(profiles, profileId, clock());
        if (!pending)
            return Result{std::unexpected(pending.error()), std::unexpected(pending.error())};
        auto opened
            = Session::openAndRecord(profiles, Session::coreMigrations(), *pending, passphrase, check, clock);
        return Result{std::move(pending), std::move(opened)};
    });
}

UnlockAhead::~UnlockAhead()
{
    if (m_work->result.valid())
        m_work->result.wait();
}

bool UnlockAhead::isDone() const
{
    return !m_work->result.valid()
           || m_work->result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

UnlockAhead::Result UnlockAhead::take()
{
    return m_work->result.get();
}

} // namespace GovDesk::Core
