#include "Session.h"

#include "Logging.h"
#include "audit/AuditLog.h"
#include "import/DatasetStatus.h"
#include "search/SearchService.h"
#include "session/BackgroundPageCheck.h"
#include "session/BackupArchive.h"
#include "session/ProfileKey.h"
#include "session/ProfileRepository.h"
#include "session/UnlockAhead.h"
#include "settings/ProfileSettings.h"
#include "store/DamageMark.h"
#include "store/Database.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"
#include "sync/SyncState.h"
#include "todo/TodoService.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <algorithm>
#include <optional>

namespace GovDesk::Core {

namespace {
constexpr int FreeFailures = 2;
constexpr int MaxRecordedFailures = 100;
constexpr std::chrono::seconds MaxUnlockDelay{300};
} // namespace

Session::Session(ProfileRepository &profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_migrations(coreMigrations())
    , m_recordListeners(std::make_shared<RecordListeners>())
{
    connect(&m_idleLock, &IdleLockTimer::idleTimeout, this, [this] {
        qCInfo(lcSession) << "locking after" << m_idleLock.timeout().count() << "ms without activity";
        lock();
    });
}

Session::~Session()
{
    lock();
}

MigrationRunner Session::coreMigrations()
{
    MigrationRunner runner;
    const std::pair<const char *, QList<Migration>> coreSchema[] = {
        {AuditLog::MigrationOwner, AuditLog::migrations()},
        {SearchService::MigrationOwner, SearchService::migrations()},
        {TodoService::MigrationOwner, TodoService::migrations()},
        {ProfileSettings::MigrationOwner, ProfileSettings::migrations()},
        {RecordStore::MigrationOwner, RecordStore::migrations()},
        {DatasetStatusStore::MigrationOwner, DatasetStatusStore::migrations()},
    };
    // A failure here is a programming error in the migration lists.
    for (const auto &[owner, migrations] : coreSchema) {
        if (auto added = runner.add(QString::fromLatin1(owner), migrations); !added)
            qCCritical(lcSession) << added.error().detail;
    }
    return runner;
}

std::chrono::seconds Session::unlockDelay(int failures)
{
    if (failures <= FreeFailures)
        return std::chrono::seconds(0);
    const int exponent = std::min(failures - FreeFailures - 1, 16);
    return std::min(std::chrono::seconds(1LL << exponent), MaxUnlockDelay);
}

Database &Session::database() const
{
    Q_ASSERT(m_db);
    return *m_db;
}

AuditLog &Session::audit() const
{
    Q_ASSERT(m_audit);
    return *m_audit;
}

SearchService &Session::search() const
{
    Q_ASSERT(m_search);
    return *m_search;
}

TodoService &Session::todos() const
{
    Q_ASSERT(m_todos);
    return *m_todos;
}

ProfileSettings &Session::settings() const
{
    Q_ASSERT(m_settings);
    return *m_settings;
}

RecordStore &Session::records() const
{
    Q_ASSERT(m_records);
    return *m_records;
}

Result<std::unique_ptr<Database>> Session::openWorkerConnection() const
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    return ProfileKey::openDatabase(databasePath(), m_key, false, m_damage);
}

bool Session::isDamaged() const
{
    return m_damage && m_damage->isSet();
}

Error Session::damageError() const
{
    return m_damage ? m_damage->error() : DamageMark::damageError({});
}

void Session::watchDamage()
{
    m_damage = m_db->damage();
    // The damage may be found on a sync worker's thread; damaged() is emitted on ours. A queued
    // call to a deleted context object is dropped, and close() removes the listener first.
    m_damage->setListener([this](const Error &) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT damaged(); }, Qt::QueuedConnection);
    });
}

void Session::attachServices()
{
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_search = std::make_unique<SearchService>(*m_db);
    m_todos = std::make_unique<TodoService>(*m_db, m_clock);
    m_settings = std::make_unique<ProfileSettings>(*m_db);
    m_records = std::make_unique<RecordStore>(*m_db, m_recordListeners, m_clock);
    // Modules registered their search types once, at initialisation; a lock and unlock must not
    // make their records unindexable.
    for (const SearchType &type : std::as_const(m_searchTypes)) {
        if (auto registered = m_search->registerType(type); !registered)
            qCWarning(lcSession) << "re-registering search type:" << registered.error().detail;
    }
}

void Session::reloadAccount()
{
    if (!isUnlocked())
        return;
    auto stored = SyncState(*m_db).account();
    if (!stored) {
        qCWarning(lcSession) << "reading the sync account:" << stored.error().detail;
        return;
    }
    if (*stored == m_account)
        return;
    m_account = *stored;
    Q_EMIT accountChanged();
}

void Session::detachServices()
{
    if (m_search)
        m_searchTypes = m_search->registeredTypes();
    m_records.reset();
    m_settings.reset();
    m_todos.reset();
    m_search.reset();
    m_audit.reset();
}

void Session::notifyTodosChanged()
{
    if (std::exchange(m_todosChangeQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_todosChangeQueued = false;
            Q_EMIT todosChanged();
        },
        Qt::QueuedConnection);
}

void Session::notifyBlobsArrived()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT blobsArrived(); }, Qt::QueuedConnection);
}

QString Session::databasePath() const
{
    return m_profiles.databasePathOf(m_profile);
}

Result<Session::PendingUnlock> Session::prepareUnlock(const QString &profileId)
{
    if (isUnlocked())
        lock();
    return lockForUnlock(m_profiles, profileId, m_clock());
}

Result<Session::PendingUnlock> Session::lockForUnlock(const ProfileRepository &profiles,
                                                      const QString &profileId, const QDateTime &now)
{
    GD_TRY(profiles.find(profileId)); // an unknown profile is NotFound, not a lock failure
    auto lock = profiles.lockProfile(profileId);
    if (!lock)
        return std::unexpected(lock.error());
    // Read again under the lock: what another process wrote before it let go counts.
    auto profile = profiles.find(profileId);
    if (!profile)
        return std::unexpected(profile.error());
    if (profile->failedUnlocks > 0 && profile->lastFailedUnlockAt.isValid()) {
        const QDateTime allowedAt
            = profile->lastFailedUnlockAt.addSecs(unlockDelay(profile->failedUnlocks).count());
        if (now < allowedAt) {
            const qint64 wait = std::max<qint64>(1, now.secsTo(allowedAt));
            return fail(ErrorCode::Throttled, tr("Too many wrong passphrases. Try again in %n second(s).",
                                                 nullptr, static_cast<int>(wait)));
        }
    }
    return PendingUnlock{*profile, profiles.databasePathOf(*profile), std::move(*lock)};
}

Result<Session::OpenedStore> Session::openStore(const PendingUnlock &pending, const SecureBytes &passphrase,
                                                PageCheck check)
{
    auto key = ProfileKey::derive(pending.profile, passphrase);
    if (!key)
        return std::unexpected(key.error());
    // Checked before the first write (the unlock's audit entry): a damaged profile is refused
    // unchanged, so that its file is still what the damage left and the backup can replace it.
    // The demo, made again at will, is checked after its window shows (checkPagesInBackground).
    auto db
        = check == PageCheck::BeforeUnlock
              ? ProfileKey::openChecked(pending.databasePath, *key, std::make_shared<DamageMark>())
              : ProfileKey::openDatabase(pending.databasePath, *key, false, std::make_shared<DamageMark>());
    if (!db)
        return std::unexpected(db.error());
    return OpenedStore{std::move(*key), std::move(*db)};
}

Result<Session::OpenedProfile> Session::openAndRecord(const ProfileRepository &profiles,
                                                      const MigrationRunner &migrations,
                                                      const PendingUnlock &pending,
                                                      const SecureBytes &passphrase, PageCheck check,
                                                      const Clock &clock)
{
    auto store = openStore(pending, passphrase, check);
    if (!store) {
        if (store.error().code == ErrorCode::WrongPassphrase)
            GD_TRY(recordFailedUnlock(profiles, pending.profile, clock()));
        return std::unexpected(store.error());
    }
    GD_TRY(migrations.run(*store->db));

    ProfileMetadata profile = pending.profile;
    AuditLog audit(*store->db);
    // Failed attempts could not be written while the database was locked; they go in now.
    for (const QDateTime &at : std::as_const(profile.unrecordedFailedUnlocks))
        GD_TRY(audit.append(AuditEvent::UnlockFailed, profile.id, {}, {}, at));
    GD_TRY(audit.append(AuditEvent::UnlockSucceeded, profile.id,
                        {{QStringLiteral("failedAttemptsBefore"), profile.failedUnlocks}}));

    profile.failedUnlocks = 0;
    profile.lastFailedUnlockAt = {};
    profile.unrecordedFailedUnlocks.clear();
    profile.lastUsedAt = clock();
    GD_TRY(profile.save(profiles.metadataPathOf(profile.id)));
    profiles.removeStaleGenerations(profile);
    return OpenedProfile{std::move(profile), std::move(store->key), std::move(store->db)};
}

Result<> Session::unlock(const QString &profileId, const SecureBytes &passphrase, PageCheck check)
{
    auto pending = prepareUnlock(profileId);
    if (!pending)
        return std::unexpected(pending.error());
    auto opened = openAndRecord(m_profiles, m_migrations, *pending, passphrase, check, m_clock);
    if (!opened)
        return std::unexpected(opened.error());
    attach(std::move(*opened), std::move(pending->lock));
    return {};
}

Result<> Session::unlock(UnlockAhead &ahead)
{
    if (isUnlocked())
        lock();
    UnlockAhead::Result early = ahead.take();
    if (!early.pending) {
        // The thread could not read or lock the profile (the demo's first start makes it after
        // the look-ahead): unlock as without one, with the same passphrase.
        const SecureBytes passphrase = std::move(ahead.m_passphrase);
        return unlock(ahead.profileId(), passphrase, ahead.m_check);
    }
    ahead.m_passphrase.wipe();
    if (!early.opened)
        return std::unexpected(early.opened.error());
    attach(std::move(*early.opened), std::move(early.pending->lock));
    return {};
}

void Session::unlockAsync(const QString &profileId, SecureBytes passphrase,
                          std::function<void(Result<>)> done)
{
    auto pending = prepareUnlock(profileId);
    if (!pending) {
        done(std::unexpected(pending.error()));
        return;
    }
    // Argon2id takes about half a second by design, the quick check of a large profile a few
    // tenths more, and recording the unlock syncs to disk: all run on a pool thread (the
    // connection is handed over afterwards), only attaching the profile back on this object's
    // thread. The job has copies of what it needs: the session may be gone when it ends.
    struct Job
    {
        PendingUnlock pending;
        SecureBytes passphrase;
        ProfileRepository profiles;
        MigrationRunner migrations;
        Clock clock;
        std::optional<Result<OpenedProfile>> opened;
    };
    auto job = std::make_shared<Job>(Job{std::move(*pending), std::move(passphrase),
                                         ProfileRepository(m_profiles.root()), m_migrations, m_clock});
    QPointer<Session> self(this);
    QThreadPool::globalInstance()->start([self, job, done = std::move(done)]() mutable {
        job->opened = openAndRecord(job->profiles, job->migrations, job->pending, job->passphrase,
                                    PageCheck::BeforeUnlock, job->clock);
        job->passphrase = SecureBytes();
        QMetaObject::invokeMethod(
            self.data() ? static_cast<QObject *>(self.data()) : QCoreApplication::instance(),
            [self, job, done = std::move(done)]() mutable {
                if (!self)
                    return;
                Result<OpenedProfile> &opened = *job->opened;
                if (!opened) {
                    done(std::unexpected(opened.error()));
                    return;
                }
                self->attach(std::move(*opened), std::move(job->pending.lock));
                done({});
            },
            Qt::QueuedConnection);
    });
}

Result<> Session::recordFailedUnlock(const ProfileRepository &profiles, ProfileMetadata profile,
                                     const QDateTime &now)
{
    profile.failedUnlocks += 1;
    profile.lastFailedUnlockAt = now;
    if (profile.unrecordedFailedUnlocks.size() < MaxRecordedFailures)
        profile.unrecordedFailedUnlocks.append(profile.lastFailedUnlockAt);
    qCWarning(lcSession) << "failed unlock of profile" << profile.id << "count" << profile.failedUnlocks;
    return profile.save(profiles.metadataPathOf(profile.id));
}

void Session::attach(OpenedProfile opened, std::unique_ptr<QLockFile> lock)
{
    m_profile = std::move(opened.profile);
    m_key = std::move(opened.key);
    m_lock = std::move(lock);
    m_db = std::move(opened.db);
    watchDamage();
    attachServices();
    m_idleLock.setTimeoutMinutes(m_profile.autoLockMinutes);
    m_idleLock.start();
    reloadAccount(); // another profile may have been open before
    qCInfo(lcSession) << "unlocked profile" << m_profile.id;
    Q_EMIT unlocked();
}

void Session::lock()
{
    if (!isUnlocked())
        return;
    if (auto logged = m_audit->append(AuditEvent::Locked, m_profile.id); logged) {
        ProfileMetadata anchored = m_profile;
        anchored.auditAnchorSequence = logged->sequence;
        anchored.auditAnchorHash = logged->hash;
        if (auto saved = anchored.save(m_profiles.metadataPathOf(anchored.id)); saved)
            m_profile = anchored;
        else
            qCWarning(lcSession) << "could not record the audit anchor:" << saved.error().detail;
    } else {
        qCWarning(lcSession) << "could not log the lock:" << logged.error().detail;
    }
    close();
}

void Session::checkPagesInBackground()
{
    if (!isUnlocked())
        return;
    // Shared, not copied, as std::function copies its target: one copy of the key to wipe.
    m_pageCheck = std::make_unique<BackgroundPageCheck>(
        [path = databasePath(), key = std::make_shared<const SecureBytes>(m_key.clone()), damage = m_damage] {
            return ProfileKey::openDatabase(path, *key, false, damage);
        });
    connect(m_pageCheck.get(), &BackgroundPageCheck::finished, this, &Session::pagesChecked);
}

void Session::close()
{
    m_pageCheck.reset(); // its connection closes before the key is wiped
    m_idleLock.stop();
    if (m_damage)
        m_damage->setListener({});
    m_damage.reset();
    detachServices();
    m_db.reset();
    m_key = SecureBytes(); // the old buffer is wiped as it is released
    m_lock.reset();
    qCInfo(lcSession) << "locked profile" << m_profile.id;
    Q_EMIT locked();
}

Result<> Session::changePassphrase(const SecureBytes &currentPassphrase, const SecureBytes &newPassphrase,
                                   std::optional<KdfParameters> kdf)
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    if (isDamaged())
        return std::unexpected(damageError());
    // Asking again protects an unlocked, unattended window from a passer-by.
    auto check = ProfileKey::derive(m_profile, currentPassphrase);
    if (!check)
        return std::unexpected(check.error());

    ProfileMetadata next = m_profile;
    auto newKey = ProfileKey::assignNew(next, newPassphrase, kdf.value_or(m_profile.kdf));
    if (!newKey)
        return std::unexpected(newKey.error());
    next.generation = m_profiles.nextFreeGeneration(next.id);
    const QString nextPath = m_profiles.databasePathOf(next);
    auto written = [&]() -> Result<> {
        GD_TRY(m_db->exportTo(nextPath, *newKey));
        GD_TRY(ProfileKey::verifyDatabase(nextPath, *newKey));
        return next.save(m_profiles.metadataPathOf(next.id)); // the switch
    }();
    if (!written) {
        m_profiles.removeGeneration(next);
        return written;
    }

    // From here the new generation is the profile; reopen on it.
    detachServices();
    m_db.reset();
    auto db = ProfileKey::openDatabase(nextPath, *newKey);
    if (!db) {
        close(); // nothing to log into: the old database is closed, the new one did not open
        return std::unexpected(db.error());
    }
    m_db = std::move(*db);
    m_key = std::move(*newKey);
    m_profile = next;
    watchDamage(); // a new file, a new mark
    attachServices();
    m_profiles.removeStaleGenerations(m_profile);
    GD_TRY(m_audit->append(AuditEvent::PassphraseChanged, m_profile.id));
    qCInfo(lcSession) << "passphrase changed for profile" << m_profile.id;
    return {};
}

Result<> Session::backupTo(const QString &archivePath)
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    if (isDamaged()) // a copy of a damaged file must not pass for a good backup
        return std::unexpected(damageError());
    QTemporaryDir work(QFileInfo(archivePath).absolutePath() + QStringLiteral("/.govdesk-backup-XXXXXX"));
    if (!work.isValid())
        return fail(ErrorCode::Io, tr("The backup folder is not writable."), work.errorString());
    GD_TRY(m_audit->append(AuditEvent::BackupCreated, m_profile.id,
                           {{QStringLiteral("file"), QFileInfo(archivePath).fileName()}}));
    // An export is a consistent snapshot even while other connections write.
    const QString snapshot = work.filePath(QStringLiteral("snapshot.gddb"));
    GD_TRY(m_db->exportTo(snapshot, m_key));
    GD_TRY(BackupArchive::write(archivePath, m_profile, snapshot));

    const QString readBack = work.filePath(QStringLiteral("verify.gddb"));
    auto verified = [&]() -> Result<> {
        GD_TRY(BackupArchive::extract(archivePath, readBack));
        return ProfileKey::verifyDatabase(readBack, m_key);
    }();
    if (!verified) {
        QFile::remove(archivePath);
        Error error = verified.error();
        error.message = tr("The backup could not be verified and was deleted: %1").arg(error.message);
        return std::unexpected(error);
    }
    qCInfo(lcSession) << "backup written and verified for profile" << m_profile.id;
    return {};
}

Result<QStringList> Session::integrityCheck()
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    return m_db->integrityCheck();
}

Result<AuditVerification> Session::verifyAudit() const
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    auto verification = m_audit->verify();
    if (!verification || !verification->intact || m_profile.auditAnchorSequence <= 0)
        return verification;
    auto anchored = m_audit->entries(m_profile.auditAnchorSequence, 1);
    if (!anchored)
        return std::unexpected(anchored.error());
    if (anchored->isEmpty() || anchored->first().hash != m_profile.auditAnchorHash) {
        verification->intact = false;
        verification->firstBrokenSequence = m_profile.auditAnchorSequence;
        verification->reason
            = tr("Audit entry %1, present when the profile was last locked, is missing or changed: "
                 "entries were removed from the end of the log.")
                  .arg(m_profile.auditAnchorSequence);
    }
    return verification;
}

QString Session::serverUrl() const
{
    if (!isUnlocked())
        return {};
    const QVariant configured
        = m_settings->value(QStringLiteral("core"), QStringLiteral("serverUrl")).value_or(QVariant());
    return configured.isValid() ? configured.toString() : m_profile.serverUrl;
}

Result<> Session::setAutoLockMinutes(int minutes)
{
    if (!isUnlocked())
        return fail(ErrorCode::InvalidArgument, tr("Unlock the profile first."));
    if (minutes < 0 || minutes > 24 * 60)
        return fail(ErrorCode::InvalidArgument, tr("Auto-lock must be between 0 (off) and 1440 minutes."));
    ProfileMetadata next = m_profile;
    next.autoLockMinutes = minutes;
    GD_TRY(next.save(m_profiles.metadataPathOf(next.id)));
    m_profile = next;
    m_idleLock.setTimeoutMinutes(minutes);
    return {};
}

} // namespace GovDesk::Core
