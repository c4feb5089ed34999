#include "SealCertificate.h"

#include "OpenSslHandles.h"
#include "Sm2Signature.h"

#include <cstring>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/x509_vfy.h>

namespace GovDesk::Core {

namespace {

using Store = std::unique_ptr<X509_STORE, OpenSsl::Deleter<X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, OpenSsl::Deleter<X509_STORE_CTX_free>>;

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, data);
    if (size < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm parts
    {
    };
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

// X509_verify() hashes the certificate's distinguishing id into the SM2 check; OpenSSL 3.0
// leaves it empty unless told, while certificates are signed with the standard id.
Result<> setSm2Id(X509 *certificate)
{
    ASN1_OCTET_STRING *id = ASN1_OCTET_STRING_new();
    if (!id
        || ASN1_OCTET_STRING_set(id, reinterpret_cast<const unsigned char *>(Sm2::DistinguishingId),
                                 static_cast<int>(std::strlen(Sm2::DistinguishingId)))
               != 1) {
        ASN1_OCTET_STRING_free(id);
        return OpenSsl::failure(SealCertificate::tr("The seal certificate cannot be checked."),
                                "ASN1_OCTET_STRING_set");
    }
    X509_set0_distinguishing_id(certificate, id); // takes ownership
    return {};
}

CertificateVerdict verdictOf(int error)
{
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return CertificateVerdict::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return CertificateVerdict::NotYetValid;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_AKID_SKID_MISMATCH:
    case X509_V_ERR_SUBJECT_ISSUER_MISMATCH:
        return CertificateVerdict::NotIssuedByAuthority;
    default:
        return CertificateVerdict::Unusable;
    }
}

} // namespace

Result<CertificateInfo> SealCertificate::inspect(QByteArrayView certificatePem)
{
    OpenSsl::Certificate certificate = OpenSsl::readCertificate(certificatePem);
    if (!certificate)
        return OpenSsl::failure(tr("The seal certificate cannot be read."), "PEM_read_bio_X509");
    CertificateInfo info;
    const X509_NAME *subject = X509_get_subject_name(certificate.get());
    info.commonName = nameEntry(subject, NID_commonName);
    info.organisation = nameEntry(subject, NID_organizationName);
    info.issuerCommonName = nameEntry(X509_get_issuer_name(certificate.get()), NID_commonName);
    info.notBefore = timeOf(X509_get0_notBefore(certificate.get()));
    info.notAfter = timeOf(X509_get0_notAfter(certificate.get()));
    std::unique_ptr<BIGNUM, OpenSsl::Deleter<BN_free>> serial(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.get()), nullptr));
    if (serial) {
        char *hex = BN_bn2hex(serial.get());
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    unsigned char fingerprint[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(certificate.get(), EVP_sha256(), fingerprint, &size) != 1)
        return OpenSsl::failure(tr("The seal certificate cannot be read."), "X509_digest");
    info.sha256Fingerprint
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(fingerprint), size).toHex());
    return info;
}

Result<CertificateCheck> SealCertificate::check(QByteArrayView certificatePem, QByteArrayView authorityPem,
                                                const QDateTime &at)
{
    OpenSsl::Certificate certificate = OpenSsl::readCertificate(certificatePem);
    if (!certificate)
        return OpenSsl::failure(tr("The seal certificate cannot be read."), "PEM_read_bio_X509(certificate)");
    OpenSsl::Certificate authority = OpenSsl::readCertificate(authorityPem);
    if (!authority)
        return OpenSsl::failure(tr("The seal CA certificate cannot be read."),
                                "PEM_read_bio_X509(authority)");
    GD_TRY(setSm2Id(certificate.get()));

    Store store(X509_STORE_new());
    StoreContext context(X509_STORE_CTX_new());
    if (!store || !context)
        return OpenSsl::failure(tr("The seal certificate cannot be checked."), "X509_STORE_new");
    if (X509_STORE_add_cert(store.get(), authority.get()) != 1)
        return OpenSsl::failure(tr("The seal certificate cannot be checked."), "X509_STORE_add_cert");
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1)
        return OpenSsl::failure(tr("The seal certificate cannot be checked."), "X509_STORE_CTX_init");
    // The time is the caller's: the moment of verification, or a test's clock.
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), at.toSecsSinceEpoch());

    if (X509_verify_cert(context.get()) == 1)
        return CertificateCheck{CertificateVerdict::Valid, {}};
    const int error = X509_STORE_CTX_get_error(context.get());
    const int depth = X509_STORE_CTX_get_error_depth(context.get());
    ERR_clear_error();
    return CertificateCheck{verdictOf(error),
                            QStringLiteral("%1 (depth %2)")
                                .arg(QString::fromLatin1(X509_verify_cert_error_string(error)))
                                .arg(depth)};
}

} // namespace GovDesk::Core
