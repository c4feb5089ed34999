#include "PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace GovDesk::Server {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
const QString Scheme = QStringLiteral("pbkdf2-sha256");

// Wipes the UTF-8 copy of a password when it goes out of scope.
struct PasswordBytes
{
    explicit PasswordBytes(const QString &password) : bytes(password.toUtf8()) {}
    ~PasswordBytes() { OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;
    QByteArray bytes;
};

bool derive(const QString &password, const QByteArray &salt, int iterations, QByteArray &out)
{
    const PasswordBytes utf8(password);
    out.resize(HashBytes);
    return PKCS5_PBKDF2_HMAC(utf8.bytes.constData(), static_cast<int>(utf8.bytes.size()),
                             reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                             iterations, EVP_sha256(), HashBytes, reinterpret_cast<unsigned char *>(out.data()))
        == 1;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(qBound(1, iterations, MaxIterations))
{
}

Core::Result<QString> PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return Core::fail(Core::ErrorCode::Crypto, QStringLiteral("No random bytes for a password salt."));
    QByteArray derived;
    if (!derive(password, salt, m_iterations, derived))
        return Core::fail(Core::ErrorCode::Crypto, QStringLiteral("PBKDF2 failed."));
    return QStringList{Scheme, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derived.toBase64())}.join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > MaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || expected.decoded.size() != HashBytes)
        return false;
    QByteArray derived;
    if (!derive(password, salt.decoded, iterations, derived))
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.decoded.constData(), HashBytes) == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    // A fixed salt is fine: the result is thrown away, only the cost matters.
    QByteArray derived;
    (void)derive(password, QByteArray(SaltBytes, '\x5a'), m_iterations, derived);
}

} // namespace GovDesk::Server
