// SealCertificate: reads an SM2 seal certificate and checks it against the seal CA at a given
// time — issued by that CA (signature with the SM2 signer id), within its validity.
#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace GovDesk::Core {

struct CertificateInfo
{
    QString commonName;   // CN: the seal's name, e.g. 柳州市人民政府办公室
    QString organisation; // O: the organisation id on the sync server, e.g. gx-lz-gov
    QString issuerCommonName;
    QString serialNumber;      // upper-case hex
    QDateTime notBefore;       // UTC
    QDateTime notAfter;        // UTC
    QString sha256Fingerprint; // lower-case hex of the DER, to name a certificate in logs
};

enum class CertificateVerdict {
    Valid,
    NotIssuedByAuthority, // another CA, a self-made certificate, a forged signature
    Expired,              // after notAfter (of the certificate or of the CA)
    NotYetValid,          // before notBefore
    Unusable,             // anything else OpenSSL refuses (bad extensions, a CA used as a leaf)
};

struct CertificateCheck
{
    CertificateVerdict verdict = CertificateVerdict::Unusable;
    QString detail; // OpenSSL's reason, English, for logs and the "details" line of the UI
    [[nodiscard]] bool isValid() const { return verdict == CertificateVerdict::Valid; }
};

class SealCertificate
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::SealCertificate)
public:
    [[nodiscard]] static Result<CertificateInfo> inspect(QByteArrayView certificatePem);

    // Whether `certificatePem` was issued by `authorityPem` and both are valid at `at`. An error
    // only for unreadable input; every refusal of a readable certificate is a verdict.
    [[nodiscard]] static Result<CertificateCheck> check(QByteArrayView certificatePem,
                                                        QByteArrayView authorityPem, const QDateTime &at);
};

} // namespace GovDesk::Core
