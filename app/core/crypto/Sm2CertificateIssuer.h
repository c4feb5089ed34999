// Sm2CertificateIssuer: creates SM2 key pairs and X.509 certificates for them — the seal CA and
// one seal certificate per organisation. Used by govdesk-syncd (`seal issue`) and by tests;
// here rather than in the server so that issuing and checking agree on the SM2 signer id.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace GovDesk::Core {

// A certificate with its private key, both PEM (PKCS#8, unencrypted: whoever stores it
// encrypts it, as the client's profile does).
struct Sm2Credential
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

struct CertificateSubject
{
    QString commonName;         // CN
    QString organisation;       // O
    QString organisationalUnit; // OU, optional
};

class Sm2CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::Sm2CertificateIssuer)
public:
    // A new self-signed CA (basicConstraints CA:TRUE, keyCertSign) with a fresh SM2 key.
    [[nodiscard]] static Result<Sm2Credential>
    createAuthority(const CertificateSubject &subject, const QDateTime &notBefore, const QDateTime &notAfter);
    // A new SM2 key and its end-entity certificate (digitalSignature, nonRepudiation), signed by
    // `authority` with SM3 and the SM2 signer id.
    [[nodiscard]] static Result<Sm2Credential> issue(const Sm2Credential &authority,
                                                     const CertificateSubject &subject,
                                                     const QDateTime &notBefore, const QDateTime &notAfter);
};

} // namespace GovDesk::Core
