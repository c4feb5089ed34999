#include "PasswordHasher.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>
#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace GovDesk::Server {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
constexpr quint32 Lanes = 1;
const QString Pbkdf2Scheme = QStringLiteral("pbkdf2-sha256");

// Wipes the UTF-8 copy of a password when it goes out of scope.
struct PasswordBytes
{
    explicit PasswordBytes(const QString &password)
        : bytes(password.toUtf8())
    {
    }
    ~PasswordBytes() { OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;
    QByteArray bytes;
};

// PHC base64: the standard alphabet without padding.
QString phcBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
}

bool argon2(const QString &password, const QByteArray &salt, quint32 memoryKiB, quint32 iterations,
            QByteArray &out)
{
    const PasswordBytes utf8(password);
    out.resize(HashBytes);
    return argon2id_hash_raw(iterations, memoryKiB, Lanes, utf8.bytes.constData(),
                             static_cast<std::size_t>(utf8.bytes.size()), salt.constData(),
                             static_cast<std::size_t>(salt.size()), out.data(), HashBytes)
           == ARGON2_OK;
}

bool verifyArgon2(const QString &password, const QString &encoded)
{
    // Parsed here, not by argon2id_verify(), so the stored cost is bounded before any work.
    static const QRegularExpression Pattern(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$"));
    const QRegularExpressionMatch match = Pattern.match(encoded);
    if (!match.hasMatch())
        return false;
    const qint64 memoryKiB = match.captured(1).toLongLong();
    const qint64 iterations = match.captured(2).toLongLong();
    if (memoryKiB < PasswordHasher::MinMemoryKiB || memoryKiB > PasswordHasher::MaxMemoryKiB || iterations < 1
        || iterations > PasswordHasher::MaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(match.captured(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(match.captured(4).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.size() < ARGON2_MIN_SALT_LENGTH
        || expected.decoded.size() != HashBytes)
        return false;
    QByteArray derived;
    if (!argon2(password, salt.decoded, static_cast<quint32>(memoryKiB), static_cast<quint32>(iterations),
                derived))
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.decoded.constData(), HashBytes) == 0;
}

bool verifyPbkdf2(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Pbkdf2Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > PasswordHasher::MaxPbkdf2Iterations)
        return false;
    const auto salt
        = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected
        = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || expected.decoded.size() != HashBytes)
        return false;
    const PasswordBytes utf8(password);
    QByteArray derived(HashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.bytes.constData(), static_cast<int>(utf8.bytes.size()),
                          reinterpret_cast<const unsigned char *>(salt.decoded.constData()),
                          static_cast<int>(salt.decoded.size()), iterations, EVP_sha256(), HashBytes,
                          reinterpret_cast<unsigned char *>(derived.data()))
        != 1)
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.decoded.constData(), HashBytes) == 0;
}

} // namespace

PasswordHasher::PasswordHasher()
    : PasswordHasher(Cost{})
{
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost{qBound(MinMemoryKiB, cost.memoryKiB, MaxMemoryKiB), qBound(1u, cost.iterations, MaxIterations)}
{
}

Core::Result<QString> PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return Core::fail(Core::ErrorCode::Crypto, QStringLiteral("No random bytes for a password salt."));
    QByteArray derived;
    if (!argon2(password, salt, m_cost.memoryKiB, m_cost.iterations, derived))
        return Core::fail(Core::ErrorCode::Crypto, QStringLiteral("Argon2id failed."));
    return QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=%3$%4$%5")
        .arg(m_cost.memoryKiB)
        .arg(m_cost.iterations)
        .arg(Lanes)
        .arg(phcBase64(salt), phcBase64(derived));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    if (encoded.startsWith(QStringLiteral("$argon2id$")))
        return verifyArgon2(password, encoded);
    return verifyPbkdf2(password, encoded);
}

bool PasswordHasher::needsUpgrade(const QString &encoded)
{
    return !encoded.startsWith(QStringLiteral("$argon2id$"));
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    // A fixed salt is fine: the result is thrown away, only the cost matters.
    QByteArray derived;
    (void)argon2(password, QByteArray(SaltBytes, '\x5a'), m_cost.memoryKiB, m_cost.iterations, derived);
}

} // namespace GovDesk::Server
