// BackgroundPageCheck: PRAGMA quick_check (every page read, so every page's HMAC checked) on a
// connection and thread of its own, for a profile that is already open — the demo's window does
// not wait for its 60 MB to be read. Damage found marks the profile through the connection's
// shared DamageMark, as damage found anywhere else does.
#pragma once

#include "Result.h"

#include <QObject>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace GovDesk::Core {

class Database;

class BackgroundPageCheck : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;
    // Starts at once: `open` makes the worker connection to the open profile on the check's own
    // thread (opening reads and decrypts pages too, which the UI thread need not wait for).
    explicit BackgroundPageCheck(Opener open, QObject *parent = nullptr);
    // Interrupts the check and waits for its thread, which closes the connection: it must be
    // closed before the profile is locked. SQLite 3.15 runs the whole quick_check as one step and
    // only looks for the interrupt between steps, so once it is reading pages this waits for the
    // end (~0.3 s for the demo's 60 MB).
    ~BackgroundPageCheck() override;

Q_SIGNALS:
    // On this object's thread; not at all when interrupted or when the connection did not open.
    void finished(bool sound);

private:
    // What the destructor and the thread share: the connection while it is checked, so that it
    // can be interrupted, and whether to stop before it starts.
    struct Shared
    {
        std::mutex mutex;
        Database *connection = nullptr;
        bool stopped = false;
        std::optional<bool> sound; // set when the check ran to its end
    };
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace GovDesk::Core
