// Sm2Signature: SM2 signatures over SM3 (GB/T 32918, GB/T 32905) with the signer id set
// explicitly, and the SM3 digest; keys and certificates in PEM. The electronic seal's crypto.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <memory>

struct evp_pkey_st;

namespace GovDesk::Core {

namespace Sm2 {
// The distinguishing id hashed into Z_A (GB/T 35276-2017, 1234567812345678). OpenSSL 3.0 uses an
// empty id unless one is set, which no other SM2 implementation would verify, so every
// signature and verification here sets this one.
inline constexpr char DistinguishingId[] = "1234567812345678";
// Object identifiers as GB/T 33560 assigns them, for the seal's algorithm fields.
inline constexpr char SignatureAlgorithmOid[] = "1.2.156.10197.1.501"; // SM2 with SM3
inline constexpr char DigestAlgorithmOid[] = "1.2.156.10197.1.401";    // SM3
inline constexpr int Sm3Size = 32;
} // namespace Sm2

class Sm2Crypto
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::Sm2Crypto)
public:
    // The 32-byte SM3 digest of `data`.
    [[nodiscard]] static Result<QByteArray> sm3(QByteArrayView data);
};

struct Sm2KeyDeleter
{
    void operator()(evp_pkey_st *key) const;
};
using Sm2KeyHandle = std::unique_ptr<evp_pkey_st, Sm2KeyDeleter>;

// Signs with one SM2 private key. The key stays inside OpenSSL; the PEM it came from is the
// caller's to drop.
class Sm2Signer
{
public:
    // An unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") holding an SM2 key.
    [[nodiscard]] static Result<Sm2Signer> fromPrivateKeyPem(QByteArrayView pem);

    // The DER-encoded SM2 signature (SEQUENCE of r, s) of `message`, with SM3 and the id above.
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;

private:
    explicit Sm2Signer(Sm2KeyHandle key);
    Sm2KeyHandle m_key;
};

// Verifies SM2 signatures with the public key of a certificate (or a bare public key).
class Sm2Verifier
{
public:
    [[nodiscard]] static Result<Sm2Verifier> fromCertificatePem(QByteArrayView pem);
    [[nodiscard]] static Result<Sm2Verifier> fromPublicKeyPem(QByteArrayView pem);

    // True when `signature` is this key's over `message`; false when it is not (a changed message,
    // another key, another id, garbage); an error only when OpenSSL itself fails.
    [[nodiscard]] Result<bool> verify(QByteArrayView message, QByteArrayView signature) const;

private:
    explicit Sm2Verifier(Sm2KeyHandle key);
    Sm2KeyHandle m_key;
};

} // namespace GovDesk::Core
