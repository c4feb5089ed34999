#include "UnlockAhead.h"

#include "session/ProfileRepository.h"
#include "store/Database.h"

#include <QLockFile>
#include <future>

namespace GovDesk::Core {

struct UnlockAhead::Work
{
    std::future<UnlockAhead::Result> result;
};

UnlockAhead::UnlockAhead(const QString &profilesRoot, const QString &profileId, SecureBytes passphrase,
                         Session::PageCheck check)
    : m_profileId(profileId)
    , m_passphrase(std::move(passphrase))
    , m_check(check)
    , m_work(std::make_unique<Work>())
{
    // The thread gets its own copy of the passphrase: this object keeps one for unlock().
    m_work->result
        = std::async(std::launch::async, [profilesRoot, profileId, check, passphrase = m_passphrase.clone()] {
              const ProfileRepository profiles(profilesRoot);
              auto profile = profiles.find(profileId);
              if (!profile)
                  return Result{std::unexpected(profile.error()), {}, std::unexpected(profile.error())};
              const QString databasePath = profiles.databasePathOf(*profile);
              auto store = Session::openStore({*profile, databasePath, nullptr}, passphrase, check);
              return Result{databasePath, profile->keyCheck, std::move(store)};
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
