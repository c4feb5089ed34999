// BackgroundPageCheck: PRAGMA quick_check (every page read, so every page's HMAC checked) on a
// connection and thread of its own, for a profile that is already open — the demo's window does
// not wait for its 60 MB to be read. Damage found marks the profile through the connection's
// shared DamageMark, as damage found anywhere else does.
#pragma once

#include <QObject>
#include <memory>

class QThread;

namespace GovDesk::Core {

class Database;

class BackgroundPageCheck : public QObject
{
    Q_OBJECT
public:
    // Starts at once on `connection` (a worker connection to the open profile), which it owns.
    explicit BackgroundPageCheck(std::unique_ptr<Database> connection, QObject *parent = nullptr);
    // Interrupts the check and waits for its thread: the connection must be closed before the
    // profile is locked. SQLite 3.15 runs the whole quick_check as one step and only looks for
    // the interrupt between steps, so once it is reading pages this waits for the end (~0.3 s for
    // the demo's 60 MB).
    ~BackgroundPageCheck() override;

Q_SIGNALS:
    // On this object's thread; not at all when interrupted.
    void finished(bool sound);

private:
    std::unique_ptr<Database> m_connection;
    QThread *m_thread = nullptr;
    std::shared_ptr<bool> m_sound;
};

} // namespace GovDesk::Core
