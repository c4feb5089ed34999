#include "ProfileRepository.h"

#include "Logging.h"
#include "audit/AuditLog.h"
#include "session/BackupArchive.h"
#include "session/ProfileKey.h"
#include "store/ProcessLock.h"
#include "store/SqliteError.h"

#include <QDir>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <chrono>

namespace GovDesk::Core {

namespace {
const QString MetadataFile = QStringLiteral("profile.json");
const QString LockFile = QStringLiteral("profile.lock");

KdfParameters demoKdf()
{
    // The demo's passphrase is public, so a costly derivation protects nothing and would only slow
    // every start of the demo (it was 28% of start-up instructions at 8 MiB).
    KdfParameters p;
    p.memoryKiB = 1024;
    p.iterations = 1;
    p.parallelism = 1;
    return p;
}
} // namespace

ProfileRepository::ProfileRepository(QString rootDirectory)
    : m_root(std::move(rootDirectory))
{
}

QString ProfileRepository::defaultRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("GOVDESK_PROFILES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QString ProfileRepository::directoryOf(const QString &profileId) const
{
    return m_root + QLatin1Char('/') + profileId;
}

QString ProfileRepository::metadataPathOf(const QString &profileId) const
{
    return directoryOf(profileId) + QLatin1Char('/') + MetadataFile;
}

QString ProfileRepository::databasePathOf(const ProfileMetadata &profile) const
{
    return directoryOf(profile.id) + QLatin1Char('/') + profile.databaseFileName();
}

QList<ProfileMetadata> ProfileRepository::list() const
{
    QList<ProfileMetadata> profiles;
    const QStringList ids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        auto profile = ProfileMetadata::load(metadataPathOf(id));
        if (profile)
            profiles.append(*profile);
        else
            qCWarning(lcSession) << "skipping profile folder" << id << profile.error().detail;
    }
    std::stable_sort(profiles.begin(), profiles.end(), [](const ProfileMetadata &a, const ProfileMetadata &b) {
        return a.lastUsedAt > b.lastUsedAt;
    });
    return profiles;
}

Result<ProfileMetadata> ProfileRepository::find(const QString &profileId) const
{
    if (profileId.isEmpty() || profileId.contains(QLatin1Char('/')) || profileId.startsWith(QLatin1Char('.')))
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not a valid profile name.").arg(profileId));
    if (!QFileInfo::exists(metadataPathOf(profileId)))
        return fail(ErrorCode::NotFound, tr("There is no profile \"%1\".").arg(profileId));
    return ProfileMetadata::load(metadataPathOf(profileId));
}

Result<std::unique_ptr<QLockFile>> ProfileRepository::lockProfile(const QString &profileId) const
{
    return acquireProcessLock(directoryOf(profileId) + QLatin1Char('/') + LockFile);
}

Result<ProfileMetadata> ProfileRepository::create(const NewProfile &spec, const SecureBytes &passphrase,
                                                  std::optional<KdfParameters> kdf)
{
    if (spec.displayName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The profile needs a name."));
    ProfileMetadata profile;
    profile.id = spec.kind == ProfileKind::Demo ? QString::fromLatin1(DemoProfileId)
                                                : QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    profile.kind = spec.kind;
    profile.displayName = spec.displayName.trimmed();
    profile.organisation = spec.organisation.trimmed();
    profile.serverUrl = spec.kind == ProfileKind::Demo ? QString() : spec.serverUrl.trimmed();
    profile.createdAt = QDateTime::currentDateTimeUtc();
    profile.lastUsedAt = profile.createdAt;

    if (!kdf) {
        auto calibrated = KeyDerivation::calibrate(std::chrono::milliseconds(500));
        if (!calibrated)
            return std::unexpected(calibrated.error());
        kdf = *calibrated;
    }
    auto key = ProfileKey::assignNew(profile, passphrase, *kdf);
    if (!key)
        return std::unexpected(key.error());

    const QString directory = directoryOf(profile.id);
    if (QFileInfo::exists(directory))
        return fail(ErrorCode::AlreadyExists, tr("The profile \"%1\" already exists.").arg(profile.id));
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("The profile folder %1 cannot be created.").arg(directory));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto result = [&]() -> Result<> {
        auto lock = lockProfile(profile.id);
        if (!lock)
            return std::unexpected(lock.error());
        auto db = ProfileKey::openDatabase(databasePathOf(profile), *key, true);
        if (!db)
            return std::unexpected(db.error());
        return profile.save(metadataPathOf(profile.id));
    }();
    if (!result) {
        QDir(directory).removeRecursively(); // nothing half-made stays behind
        return std::unexpected(result.error());
    }
    qCInfo(lcSession) << "created profile" << profile.id;
    return profile;
}

Result<> ProfileRepository::remove(const QString &profileId)
{
    auto profile = find(profileId);
    if (!profile)
        return std::unexpected(profile.error());
    auto lock = lockProfile(profileId);
    if (!lock)
        return std::unexpected(lock.error());
    (*lock)->unlock();
    if (!QDir(directoryOf(profileId)).removeRecursively())
        return fail(ErrorCode::Io, tr("The profile folder could not be deleted completely."));
    qCInfo(lcSession) << "deleted profile" << profileId;
    return {};
}

Result<ProfileMetadata> ProfileRepository::restore(const QString &archivePath, const SecureBytes &passphrase)
{
    auto header = BackupArchive::readHeader(archivePath);
    if (!header)
        return std::unexpected(header.error());
    ProfileMetadata restored = header->profile;
    auto key = ProfileKey::derive(restored, passphrase);
    if (!key)
        return std::unexpected(key.error());

    const QString directory = directoryOf(restored.id);
    const bool existed = QFileInfo::exists(metadataPathOf(restored.id));
    if (!existed && !QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("The profile folder %1 cannot be created.").arg(directory));
    auto lock = lockProfile(restored.id);
    if (!lock)
        return std::unexpected(lock.error());

    // The restored data becomes a new generation; the current one stays untouched until the
    // description is switched over, which is the single atomic step. The number comes from the
    // files present, not from profile.json: a damaged description must not make the restore
    // pick, and overwrite, the file that still holds the current data.
    if (existed) {
        if (auto current = ProfileMetadata::load(metadataPathOf(restored.id)))
            restored.autoLockMinutes = current->autoLockMinutes;
    }
    restored.generation = nextFreeGeneration(restored.id);
    const QString candidate = databasePathOf(restored);
    auto verified = [&]() -> Result<> {
        auto extracted = BackupArchive::extract(archivePath, candidate);
        if (!extracted)
            return std::unexpected(extracted.error());
        GD_TRY(ProfileKey::verifyDatabase(candidate, *key));
        // Recorded in the restored data itself, so the history explains the jump back in time.
        auto db = ProfileKey::openDatabase(candidate, *key);
        if (!db)
            return std::unexpected(db.error());
        GD_TRY(AuditLog(**db).append(
            AuditEvent::BackupRestored, restored.id,
            {{QStringLiteral("file"), QFileInfo(archivePath).fileName()},
             {QStringLiteral("backupCreatedAt"), extracted->createdAt.toString(Qt::ISODateWithMs)}}));
        return {};
    }();
    if (verified)
        verified = restored.save(metadataPathOf(restored.id));
    if (!verified) {
        removeGeneration(restored);
        if (!existed) {
            (*lock)->unlock();
            QDir(directory).removeRecursively();
        }
        Error error = verified.error();
        error.message = tr("The backup was not restored: %1 Your current data is unchanged.").arg(error.message);
        return std::unexpected(error);
    }
    removeStaleGenerations(restored);
    qCInfo(lcSession) << "restored profile" << restored.id << "generation" << restored.generation;
    return restored;
}

int ProfileRepository::nextFreeGeneration(const QString &profileId) const
{
    static const QRegularExpression pattern(QStringLiteral("^store-(\\d+)\\.gddb"));
    int highest = 0;
    const QStringList files = QDir(directoryOf(profileId)).entryList({QStringLiteral("store-*.gddb*")}, QDir::Files);
    for (const QString &file : files) {
        if (const auto match = pattern.match(file); match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return highest + 1;
}

void ProfileRepository::removeGeneration(const ProfileMetadata &profile) const
{
    const QString path = databasePathOf(profile);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void ProfileRepository::removeStaleGenerations(const ProfileMetadata &profile) const
{
    QDir directory(directoryOf(profile.id));
    const QStringList files = directory.entryList({QStringLiteral("store-*.gddb*")}, QDir::Files);
    for (const QString &file : files) {
        if (!file.startsWith(profile.databaseFileName()))
            directory.remove(file);
    }
}

Result<ProfileMetadata> ProfileRepository::ensureDemo()
{
    auto existing = find(QString::fromLatin1(DemoProfileId));
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    return create({.displayName = tr("Demo"), .organisation = tr("Demo County People's Government"),
                   .serverUrl = {}, .kind = ProfileKind::Demo},
                  SecureBytes::copyOf(DemoPassphrase), demoKdf());
}

Result<ProfileMetadata> ProfileRepository::resetDemo()
{
    if (QFileInfo::exists(directoryOf(QString::fromLatin1(DemoProfileId))))
        GD_TRY(remove(QString::fromLatin1(DemoProfileId)));
    return ensureDemo();
}

} // namespace GovDesk::Core
