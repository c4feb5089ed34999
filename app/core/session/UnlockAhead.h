// UnlockAhead: an unlock done on a thread of its own before there is a Session to take it — the
// profile locked and read, its key derived, its database opened and migrated, the unlock written
// to its audit log and description (Session::openAndRecord, as every unlock). main() starts the
// demo's before QApplication, whose connection to the display takes as long, so that the two run
// side by side; Session::unlock(UnlockAhead &) then only makes the opened profile the session's.
// The thread holds the profile's lock from before it reads it until the session takes it (or
// this object goes), so nothing it read can change meanwhile.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"

#include <memory>

namespace GovDesk::Core {

class UnlockAhead
{
public:
    // `clock`: the time the throttle and the description see (tests pin it, as Session's); the
    // system's when empty.
    UnlockAhead(const QString &profilesRoot, const QString &profileId, SecureBytes passphrase,
                Session::PageCheck check, Session::Clock clock = {});
    // Waits for the thread if nobody took its work (it closes what it opened).
    ~UnlockAhead();
    UnlockAhead(const UnlockAhead &) = delete;
    UnlockAhead &operator=(const UnlockAhead &) = delete;

    [[nodiscard]] const QString &profileId() const { return m_profileId; }
    // The thread has finished (and what it opened waits for unlock()).
    [[nodiscard]] bool isDone() const;

private:
    friend class Session;
    struct Work;
    // The profile locked (or why not: then the session unlocks it itself) and what opening it gave.
    struct Result
    {
        Core::Result<Session::PendingUnlock> pending;
        Core::Result<Session::OpenedProfile> opened;
    };
    [[nodiscard]] Result take(); // waits for the thread; once

    QString m_profileId;
    SecureBytes m_passphrase; // for the session to unlock with when the thread could not
    Session::PageCheck m_check;
    std::unique_ptr<Work> m_work;
};

} // namespace GovDesk::Core
