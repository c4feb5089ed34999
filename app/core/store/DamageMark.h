// DamageMark: shared by the connections to one database file; set once a page fails its check.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

namespace GovDesk::Core {

// SQLCipher answers a page whose HMAC fails with SQLITE_CORRUPT, and every later read of the same
// transaction with a bare SQLITE_ERROR; a write that avoids the bad page still succeeds. Writing on
// would bury the damage under new data and make the last backup the only copy that can be trusted
// less. So the first sign of damage is remembered here, and every connection sharing the mark
// (the session's and the sync worker's) refuses to write from then on.
class DamageMark
{
    Q_DECLARE_TR_FUNCTIONS(DamageMark)
public:
    // Runs on the thread that found the damage, once; it must not call back into the mark.
    using Listener = std::function<void(const Error &)>;

    [[nodiscard]] bool isSet() const { return m_set.load(std::memory_order_acquire); }
    // Records the damage; the first detail is kept. True when this call set the mark.
    bool set(const QString &detail);
    // The damage error with the first detail (any later problem of the same file is the same one).
    [[nodiscard]] Error error() const;
    // The damage error for a write refused because of the mark; `what` names the write for logs.
    [[nodiscard]] Error refusal(const QString &what) const;
    void setListener(Listener listener);

    // The error every damaged profile is reported with: ErrorCode::Corrupt (CLI exit code 5).
    [[nodiscard]] static Error damageError(const QString &detail);

private:
    std::atomic_bool m_set{false};
    mutable std::mutex m_mutex;
    QString m_detail;
    Listener m_listener;
};

} // namespace GovDesk::Core
