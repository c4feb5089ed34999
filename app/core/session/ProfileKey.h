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
    [[nodiscard]] static Result<std::unique_ptr<Database>> openDatabase(const QString &path, const SecureBytes &key,
                                                                        bool create = false);
    // Opens a candidate copy and runs the integrity check: used before a file replaces a profile's data.
    [[nodiscard]] static Result<> verifyDatabase(const QString &path, const SecureBytes &key);
};

} // namespace GovDesk::Core
