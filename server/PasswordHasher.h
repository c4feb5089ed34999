// PasswordHasher: salted, memory-hard password hashes — Argon2id (libargon2) in the standard PHC
// form $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt b64>$<hash b64> — and verification of the
// PBKDF2-HMAC-SHA256 hashes of earlier versions (pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>),
// which AuthService replaces with Argon2id at the user's next successful sign-in.
#pragma once

#include "Result.h"

#include <QString>

namespace GovDesk::Server {

class PasswordHasher
{
public:
    // OWASP's recommendation for Argon2id (19 MiB, 2 passes, 1 lane): about 30 ms here, on a
    // server that handles one request at a time. Tests configure far less.
    struct Cost
    {
        quint32 memoryKiB = 19 * 1024;
        quint32 iterations = 2;
    };
    static constexpr quint32 MinMemoryKiB = 8;           // libargon2's minimum for one lane
    static constexpr quint32 MaxMemoryKiB = 1024 * 1024; // bounds the work a stored hash can demand
    static constexpr quint32 MaxIterations = 100;
    static constexpr int MaxPbkdf2Iterations = 10000000;

    PasswordHasher(); // the default Cost
    explicit PasswordHasher(Cost cost);

    [[nodiscard]] Cost cost() const { return m_cost; }
    // A new Argon2id hash with a fresh random salt.
    [[nodiscard]] Core::Result<QString> hash(const QString &password) const;
    // Constant-time comparison; false for malformed hashes. The cost is the stored one, so
    // changing the configured cost does not lock out existing users.
    [[nodiscard]] bool verify(const QString &password, const QString &encoded) const;
    // True for a hash in an older scheme (PBKDF2): replace it once the password is known to be right.
    [[nodiscard]] static bool needsUpgrade(const QString &encoded);
    // Spends the time of a verification at the configured cost: sign-in for an unknown user must
    // not answer faster than for a wrong password.
    void verifyDummy(const QString &password) const;

private:
    Cost m_cost;
};

} // namespace GovDesk::Server
