// PasswordHasher: salted, slow password hashes (PBKDF2-HMAC-SHA256 from OpenSSL) in the
// self-describing form pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>.
#pragma once

#include "Result.h"

#include <QString>

namespace GovDesk::Server {

class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 200000;
    static constexpr int MaxIterations = 10000000; // bounds the work a stored hash can demand

    explicit PasswordHasher(int iterations = DefaultIterations);

    [[nodiscard]] int iterations() const { return m_iterations; }
    // A new hash with a fresh random salt.
    [[nodiscard]] Core::Result<QString> hash(const QString &password) const;
    // Constant-time comparison; false for malformed hashes. The iteration count is the stored
    // one, so raising the default does not lock out existing users.
    [[nodiscard]] bool verify(const QString &password, const QString &encoded) const;
    // Spends the time of a verification at the configured iterations: sign-in for an unknown user must not
    // answer faster than for a wrong password.
    void verifyDummy(const QString &password) const;

private:
    int m_iterations;
};

} // namespace GovDesk::Server
