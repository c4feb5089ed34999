// UnlockAhead: the slow half of an unlock — reading the profile, deriving its key, opening its
// database — on a thread of its own, started before there is a Session to unlock. main() starts
// the demo's before QApplication, whose connection to the display takes as long, so that the
// two run side by side; Session::unlock(UnlockAhead &) finishes it on the session's thread with
// the same checks and results as Session::unlock(profileId, passphrase).
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"

#include <memory>

namespace GovDesk::Core {

class UnlockAhead
{
public:
    UnlockAhead(const QString &profilesRoot, const QString &profileId, SecureBytes passphrase,
                Session::PageCheck check);
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
    // What the thread read of the profile (the unlock must not trust it if the profile changed
    // since: a new passphrase or a restored generation) and what it opened with it.
    struct Result
    {
        Core::Result<QString> databasePath;
        QByteArray keyCheck;
        Core::Result<Session::OpenedStore> store;
    };
    [[nodiscard]] Result take(); // waits for the thread; once

    QString m_profileId;
    SecureBytes m_passphrase; // for unlock() to derive again when the profile changed meanwhile
    Session::PageCheck m_check;
    std::unique_ptr<Work> m_work;
};

} // namespace GovDesk::Core
