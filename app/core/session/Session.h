// Session: the one unlocked profile of this process: its key, database, audit log and search.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "search/SearchService.h"
#include "session/IdleLockTimer.h"
#include "session/ProfileMetadata.h"
#include "store/MigrationRunner.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace GovDesk::Core {

class BackgroundPageCheck;
class DamageMark;
class AuditLog;
class ProfileSettings;
class RecordListeners;
class RecordStore;
class TodoService;
class UnlockAhead;
struct AuditVerification;
class Database;
class ProfileRepository;
class SearchService;

class Session : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Session(ProfileRepository &profiles, QObject *parent = nullptr);
    ~Session() override;

    // Unit tests replace the clock to check the failed-unlock delay without sleeping.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Wrong passphrases are counted in the profile's description and answered with a growing
    // delay (ErrorCode::Throttled, no key derivation) so that guessing is slow even offline.
    // When the pages are checked (PRAGMA quick_check: every page read, so every page's HMAC):
    // before the unlock, so that nothing is written to a damaged file, or after it on a thread of
    // its own (checkPagesInBackground) — the demo's choice, whose data can be made again, so that
    // its window does not wait for a large profile to be read.
    enum class PageCheck { BeforeUnlock, InBackground };
    [[nodiscard]] Result<> unlock(const QString &profileId, const SecureBytes &passphrase,
                                  PageCheck check = PageCheck::BeforeUnlock);
    // The same, with the key derived and the database opened ahead (UnlockAhead). The throttle
    // and the profile lock are checked here as above, and what was opened is used only if the
    // profile is still the one the thread read; otherwise the key is derived again.
    [[nodiscard]] Result<> unlock(UnlockAhead &ahead);
    // The same without blocking the caller's thread: the key is derived on a pool thread and
    // `done` runs on this object's thread (not at all if the session is destroyed meanwhile).
    void unlockAsync(const QString &profileId, SecureBytes passphrase, std::function<void(Result<>)> done);
    // The quick check on a worker connection and thread of their own: damage found there marks
    // the profile as damage found anywhere does (damaged()); pagesChecked() when it is done.
    // lock() stops it (waiting for its end once it reads pages: see BackgroundPageCheck).
    void checkPagesInBackground();
    // Writes the lock to the audit log, closes the database and wipes the key.
    void lock();
    [[nodiscard]] bool isUnlocked() const { return m_db != nullptr; }
    // Damage found on any connection to the unlocked profile (this session's or a sync worker's):
    // from then on nothing is written to it, and damaged() has been emitted. Unlocking a profile
    // whose pages fail their check is refused with the same error (ErrorCode::Corrupt).
    [[nodiscard]] bool isDamaged() const;
    [[nodiscard]] Error damageError() const;

    [[nodiscard]] const ProfileMetadata &profile() const { return m_profile; }
    [[nodiscard]] Database &database() const;
    [[nodiscard]] AuditLog &audit() const;
    [[nodiscard]] SearchService &search() const;
    [[nodiscard]] TodoService &todos() const;
    [[nodiscard]] ProfileSettings &settings() const;
    // Synced records of all modules (offline first: every change is queued in the outbox).
    [[nodiscard]] RecordStore &records() const;
    // The record listeners of modules; kept across lock and unlock like search types, so a
    // module registers once at initialisation.
    [[nodiscard]] RecordListeners &recordListeners() const { return *m_recordListeners; }
    // A second connection to the unlocked profile's database, for the sync worker thread: the
    // same file and key, no profile lock (this process holds it), WAL and the busy timeout let
    // it write next to the UI thread's connection. Call it on the session's thread; the returned
    // connection may then be used on one other thread. It must be closed before the profile is
    // locked for good (SyncService does so on locked()).
    [[nodiscard]] Result<std::unique_ptr<Database>> openWorkerConnection() const;
    [[nodiscard]] IdleLockTimer &idleLock() { return m_idleLock; }
    // Demo profiles never talk to a server.
    [[nodiscard]] bool canSync() const
    {
        return isUnlocked() && !m_profile.isDemo() && !serverUrl().isEmpty();
    }
    // The settings dialog's value (encrypted, per profile) once set, else the one given at creation.
    [[nodiscard]] QString serverUrl() const;
    // The sync account the profile last signed in with (user, name, organisation, roles), as
    // stored in the profile at sign-in and at each token refresh; invalid before the first
    // sign-in and in the demo. Read at unlock and kept while locked, so nothing flickers behind
    // the lock overlay.
    [[nodiscard]] const SyncAccount &account() const { return m_account; }
    // Reads the stored account again (the sync service wrote one); accountChanged() if it differs.
    void reloadAccount();

    // Re-encrypts into a new database generation under a key from `newPassphrase`; the old
    // passphrase keeps working until the switch, which is one atomic rename.
    [[nodiscard]] Result<> changePassphrase(const SecureBytes &currentPassphrase,
                                            const SecureBytes &newPassphrase,
                                            std::optional<KdfParameters> kdf = std::nullopt);
    // Writes a single-file encrypted backup and reports success only after it has been read back,
    // decrypted and integrity-checked.
    [[nodiscard]] Result<> backupTo(const QString &archivePath);
    [[nodiscard]] Result<QStringList> integrityCheck();
    // AuditLog::verify() plus the check that the entry recorded at the last lock is still there
    // unchanged, which catches entries cut off the end of the log.
    [[nodiscard]] Result<AuditVerification> verifyAudit() const;
    [[nodiscard]] Result<> setAutoLockMinutes(int minutes);

    // Emits todosChanged() once from the event loop, after the writer's transaction committed;
    // called by ModuleTodos after every change of a to-do item.
    void notifyTodosChanged();
    // Emits blobsArrived() from the event loop; called by whoever ran a sync that downloaded
    // attachments (SyncService).
    void notifyBlobsArrived();

    // Seconds to wait before the next unlock attempt after `failures` wrong passphrases.
    [[nodiscard]] static std::chrono::seconds unlockDelay(int failures);

Q_SIGNALS:
    void unlocked();
    void locked();
    void todosChanged();
    // account() changed: another user or new roles.
    void accountChanged();
    // Damage was found while the profile was unlocked (on this object's thread, once).
    void damaged();
    // The background page check has read every page (`sound`: no damage found).
    void pagesChecked(bool sound);
    // A sync stored attachments that had not been here (see notifyBlobsArrived()).
    void blobsArrived();

private:
    friend class UnlockAhead;
    struct PendingUnlock
    {
        ProfileMetadata profile;
        QString databasePath;
        std::unique_ptr<QLockFile> lock;
    };
    struct OpenedStore
    {
        SecureBytes key;
        std::unique_ptr<Database> db;
    };
    // A profile opened and its unlock recorded, not yet any session's.
    struct OpenedProfile
    {
        ProfileMetadata profile;
        SecureBytes key;
        std::unique_ptr<Database> db;
    };
    // The profile's own schema (audit, search, to-dos, settings, records, datasets).
    [[nodiscard]] static MigrationRunner coreMigrations();
    // Reads the profile, takes its lock and reads it again under the lock; refuses a throttled
    // profile (`now`: the caller's clock). Any thread.
    [[nodiscard]] static Result<PendingUnlock> lockForUnlock(const ProfileRepository &profiles,
                                                             const QString &profileId, const QDateTime &now);
    // Key derivation, open and quick check.
    [[nodiscard]] static Result<OpenedStore> openStore(const PendingUnlock &pending,
                                                       const SecureBytes &passphrase,
                                                       PageCheck check = PageCheck::BeforeUnlock);
    // All of an unlock that touches only the profile's files, on any thread: openStore(), the
    // migrations, the audit entries and the metadata (a wrong passphrase is counted). Slow and
    // syncing to disk several times: unlockAsync() and UnlockAhead run it off the UI thread.
    [[nodiscard]] static Result<OpenedProfile> openAndRecord(const ProfileRepository &profiles,
                                                             const MigrationRunner &migrations,
                                                             const PendingUnlock &pending,
                                                             const SecureBytes &passphrase, PageCheck check,
                                                             const Clock &clock);
    [[nodiscard]] static Result<> recordFailedUnlock(const ProfileRepository &profiles,
                                                     ProfileMetadata profile, const QDateTime &now);
    // Locks an open profile first, then lockForUnlock() on this session's clock.
    [[nodiscard]] Result<PendingUnlock> prepareUnlock(const QString &profileId);
    // Makes an opened profile this session's, on the session's thread.
    void attach(OpenedProfile opened, std::unique_ptr<QLockFile> lock);
    void watchDamage();
    [[nodiscard]] QString databasePath() const;
    // Creates the services on m_db; dropped by detachServices() before the database closes.
    void attachServices();
    void detachServices();
    // Closes the database, wipes the key, releases the profile lock, emits locked().
    void close();

    ProfileRepository &m_profiles;
    Clock m_clock;
    MigrationRunner m_migrations;
    ProfileMetadata m_profile;
    SecureBytes m_key; // wiped on lock
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<DamageMark> m_damage; // m_db's, shared with the worker connections
    std::unique_ptr<BackgroundPageCheck> m_pageCheck;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<TodoService> m_todos;
    std::unique_ptr<ProfileSettings> m_settings;
    std::shared_ptr<RecordListeners> m_recordListeners;
    std::unique_ptr<RecordStore> m_records;
    QList<SearchType> m_searchTypes; // kept across lock/unlock of the same session
    SyncAccount m_account;
    IdleLockTimer m_idleLock;
    bool m_todosChangeQueued = false;
};

} // namespace GovDesk::Core
