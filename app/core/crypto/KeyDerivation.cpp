#include "KeyDerivation.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QRandomGenerator>

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cmath>

namespace GovDesk::Core {

namespace {
constexpr quint32 MinIterations = 2;
constexpr quint32 MaxIterations = 64;
constexpr quint32 MinMemoryKiB = 8 * 1024;
} // namespace

QJsonObject KdfParameters::toJson() const
{
    return {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
            {QStringLiteral("version"), ARGON2_VERSION_13},
            {QStringLiteral("memoryKiB"), static_cast<qint64>(memoryKiB)},
            {QStringLiteral("iterations"), static_cast<qint64>(iterations)},
            {QStringLiteral("parallelism"), static_cast<qint64>(parallelism)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

Result<KdfParameters> KdfParameters::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("algorithm")).toString() != QStringLiteral("argon2id"))
        return fail(ErrorCode::NotGovDeskDatabase,
                    KeyDerivation::tr("The profile uses an unknown key derivation method."),
                    QStringLiteral("algorithm=%1").arg(json.value(QStringLiteral("algorithm")).toString()));
    if (json.value(QStringLiteral("version")).toInteger() != ARGON2_VERSION_13)
        return fail(ErrorCode::NotGovDeskDatabase,
                    KeyDerivation::tr("The profile uses an unknown key derivation method."),
                    QStringLiteral("argon2 version %1").arg(json.value(QStringLiteral("version")).toInteger()));
    // Range-check the 64-bit values before narrowing: 2^32 + 3 must not become 3.
    const qint64 memory = json.value(QStringLiteral("memoryKiB")).toInteger();
    const qint64 iterations = json.value(QStringLiteral("iterations")).toInteger();
    const qint64 parallelism = json.value(QStringLiteral("parallelism")).toInteger();
    KdfParameters p;
    p.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    const bool sane = memory >= 1024 && memory <= 4 * 1024 * 1024 && iterations >= 1 && iterations <= 1000
        && parallelism >= 1 && parallelism <= 64 && p.salt.size() >= 16;
    if (!sane)
        return fail(ErrorCode::Corrupt, KeyDerivation::tr("The profile's key parameters are damaged."),
                    QStringLiteral("kdf parameters out of range"));
    p.memoryKiB = static_cast<quint32>(memory);
    p.iterations = static_cast<quint32>(iterations);
    p.parallelism = static_cast<quint32>(parallelism);
    return p;
}

KdfParameters KdfParameters::withFreshSalt() const
{
    KdfParameters p = *this;
    p.salt = KeyDerivation::randomBytes(SaltLength);
    return p;
}

KdfParameters KdfParameters::forTests()
{
    KdfParameters p;
    p.memoryKiB = 1024;
    p.iterations = 1;
    p.parallelism = 1;
    p.salt = KeyDerivation::randomBytes(SaltLength);
    return p;
}

Result<SecureBytes> KeyDerivation::deriveKey(const SecureBytes &passphrase, const KdfParameters &p)
{
    SecureBytes key(KdfParameters::KeyLength);
    const int rc = argon2id_hash_raw(p.iterations, p.memoryKiB, p.parallelism, passphrase.data(),
                                     passphrase.size(), p.salt.constData(),
                                     static_cast<std::size_t>(p.salt.size()), key.data(), key.size());
    if (rc != ARGON2_OK)
        return fail(ErrorCode::Crypto, tr("The encryption key could not be derived."),
                    QString::fromLatin1(argon2_error_message(rc)));
    return key;
}

Result<KdfParameters> KeyDerivation::calibrate(std::chrono::milliseconds target, quint32 memoryKiB)
{
    KdfParameters p;
    p.memoryKiB = std::max(memoryKiB, MinMemoryKiB);
    p.iterations = 1;
    p.parallelism = 2;
    p.salt = randomBytes(KdfParameters::SaltLength);
    const SecureBytes probe = SecureBytes::copyOf("calibration");
    QElapsedTimer timer;
    timer.start();
    GD_TRY(deriveKey(probe, p));
    const double perIteration = std::max<double>(1.0, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    const auto wanted = static_cast<quint32>(std::lround(static_cast<double>(target.count()) / perIteration));
    p.iterations = std::clamp(wanted, MinIterations, MaxIterations);
    qCInfo(lcCrypto) << "Argon2id calibrated:" << p.memoryKiB << "KiB," << p.iterations
                     << "iterations," << perIteration << "ms per iteration";
    return p;
}

QByteArray KeyDerivation::keyCheck(const SecureBytes &key)
{
    static constexpr char label[] = "GovDesk profile key check v1";
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(label), sizeof(label) - 1, mac, &macLength);
    return QByteArray(reinterpret_cast<const char *>(mac), macLength);
}

QByteArray KeyDerivation::randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(count)) != 1) {
        // OpenSSL's CSPRNG failing is near impossible; fall back to the OS source via Qt.
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), count / 4);
    }
    return out;
}

} // namespace GovDesk::Core
