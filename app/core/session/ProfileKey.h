// ProfileKey: passphrase → key with the profile's parameters, and opening its database with it.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "session/ProfileMetadata.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <memory>

namespace GovDesk::Core {

class ProfileKey
{
    Q_DECLARE_TR_FUNCTIONS(ProfileKey)
public:
    // Derives the key and compares it with the profile's key check: WrongPassphrase on mismatch.
    [[nodiscard]] static Result<SecureBytes> derive(const ProfileMetadata &profile, const SecureBytes &passphrase);
    // New salt (same cost unless `kdf` is given), key and key check for `profile`.
    [[nodiscard]] static Result<SecureBytes> assignNew(ProfileMetadata &profile, const SecureBytes &passphrase,
                                                       const KdfParameters &kdf);
    // Opens a profile database with a key that already passed the key check, so that SQLCipher's
    // "not a database" can only mean a damaged file, and says so.
    // `damage` is shared with the other connections to the file (see Database::OpenOptions).
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openDatabase(const QString &path, const SecureBytes &key, bool create = false,
                 std::shared_ptr<DamageMark> damage = {});
    // openDatabase, then PRAGMA quick_check: every page is read, so a page that fails its HMAC is
    // found before anything is written (the damage error, ErrorCode::Corrupt). About 0.1 s for a
    // 50 MB profile, 0.2–0.4 s on a busy two-core machine (docs/architecture.md); callers run it
    // off the UI thread, next to the key derivation.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openChecked(const QString &path, const SecureBytes &key, std::shared_ptr<DamageMark> damage);
    // Opens a candidate copy and runs the integrity check: used before a file replaces a profile's data.
    [[nodiscard]] static Result<> verifyDatabase(const QString &path, const SecureBytes &key);
};

} // namespace GovDesk::Core
