#include "ProfileKey.h"

#include "store/SqliteError.h"

#include <openssl/crypto.h>

namespace GovDesk::Core {

Result<SecureBytes> ProfileKey::derive(const ProfileMetadata &profile, const SecureBytes &passphrase)
{
    auto key = KeyDerivation::deriveKey(passphrase, profile.kdf);
    if (!key)
        return key;
    const QByteArray check = KeyDerivation::keyCheck(*key);
    if (check.size() != profile.keyCheck.size()
        || CRYPTO_memcmp(check.constData(), profile.keyCheck.constData(), static_cast<std::size_t>(check.size())) != 0)
        return fail(ErrorCode::WrongPassphrase, SqliteError::messageFor(ErrorCode::WrongPassphrase));
    return key;
}

Result<SecureBytes> ProfileKey::assignNew(ProfileMetadata &profile, const SecureBytes &passphrase,
                                          const KdfParameters &kdf)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
    profile.kdf = kdf.withFreshSalt();
    auto key = KeyDerivation::deriveKey(passphrase, profile.kdf);
    if (key)
        profile.keyCheck = KeyDerivation::keyCheck(*key);
    return key;
}

Result<std::unique_ptr<Database>> ProfileKey::openDatabase(const QString &path, const SecureBytes &key,
                                                           bool create, std::shared_ptr<DamageMark> damage)
{
    // The profile lock (ProfileRepository::lockProfile) already excludes other processes.
    auto db = Database::open(path, key, {.create = create, .lockProfile = false, .damage = damage});
    if (!db && (db.error().code == ErrorCode::WrongPassphrase || db.error().code == ErrorCode::Corrupt)) {
        const QString detail = db.error().code == ErrorCode::Corrupt
                                   ? db.error().detail
                                   : QStringLiteral("key check passed but the first page does not decrypt: ")
                                         + db.error().detail;
        if (damage)
            damage->set(detail);
        return std::unexpected(DamageMark::damageError(detail));
    }
    return db;
}

Result<std::unique_ptr<Database>> ProfileKey::openChecked(const QString &path, const SecureBytes &key,
                                                          std::shared_ptr<DamageMark> damage)
{
    auto db = openDatabase(path, key, false, std::move(damage));
    if (!db)
        return db;
    auto problems = (*db)->integrityCheck(Database::CheckDepth::Quick);
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty())
        return std::unexpected((*db)->damage()->error());
    return db;
}

Result<> ProfileKey::verifyDatabase(const QString &path, const SecureBytes &key)
{
    // Read-write: SQLite 3.15 cannot open a WAL file read-only without its -shm; this is a
    // candidate copy that nobody else uses yet.
    auto db = Database::open(path, key, {.lockProfile = false});
    if (!db)
        return fail(ErrorCode::Corrupt, SqliteError::messageFor(ErrorCode::Corrupt), db.error().fullText());
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty())
        return fail(ErrorCode::Corrupt, SqliteError::messageFor(ErrorCode::Corrupt), problems->join(QStringLiteral("; ")));
    return {};
}

} // namespace GovDesk::Core
