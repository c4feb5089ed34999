// KeyDerivation: Argon2id from a passphrase to the raw 256-bit SQLCipher key, as KeePassXC does.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <chrono>

namespace GovDesk::Core {

struct KdfParameters
{
    quint32 memoryKiB = 64 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 2;
    QByteArray salt; // 32 random bytes per profile

    static constexpr std::size_t KeyLength = 32;
    static constexpr qsizetype SaltLength = 32;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<KdfParameters> fromJson(const QJsonObject &json);
    // The same cost with a fresh random salt (new profile, rekey).
    [[nodiscard]] KdfParameters withFreshSalt() const;
    // Cheap parameters for unit tests only; never used for a real profile.
    [[nodiscard]] static KdfParameters forTests();
    bool operator==(const KdfParameters &) const = default;
};

class KeyDerivation
{
    Q_DECLARE_TR_FUNCTIONS(KeyDerivation)
public:
    [[nodiscard]] static Result<SecureBytes> deriveKey(const SecureBytes &passphrase,
                                                       const KdfParameters &parameters);
    // Picks the iteration count whose derivation takes about `target` on this machine at
    // `memoryKiB`, so that the cost follows the hardware as KeePassXC's benchmark does.
    [[nodiscard]] static Result<KdfParameters> calibrate(std::chrono::milliseconds target,
                                                         quint32 memoryKiB = 64 * 1024);
    // HMAC-SHA256 of a fixed label under the key: tells a wrong passphrase from a damaged file.
    [[nodiscard]] static QByteArray keyCheck(const SecureBytes &key);
    [[nodiscard]] static QByteArray randomBytes(qsizetype count);
};

} // namespace GovDesk::Core
