#include "Sm2CertificateIssuer.h"

#include "OpenSslHandles.h"
#include "Sm2Signature.h"

#include <cstring>
#include <openssl/bn.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace GovDesk::Core {

namespace {

using Extension = std::unique_ptr<X509_EXTENSION, OpenSsl::Deleter<X509_EXTENSION_free>>;
using Name = std::unique_ptr<X509_NAME, OpenSsl::Deleter<X509_NAME_free>>;

std::unexpected<Error> issueFailure(const char *what)
{
    return OpenSsl::failure(Sm2CertificateIssuer::tr("The seal certificate could not be made."), what);
}

Result<OpenSsl::Pkey> newSm2Key()
{
    OpenSsl::Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    if (!key)
        return issueFailure("EVP_PKEY_Q_keygen(SM2)");
    return key;
}

Result<QByteArray> privateKeyPem(EVP_PKEY *key)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return issueFailure("PEM_write_bio_PrivateKey");
    return OpenSsl::contentsOf(bio.get());
}

Result<QByteArray> certificatePem(X509 *certificate)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return issueFailure("PEM_write_bio_X509");
    return OpenSsl::contentsOf(bio.get());
}

Result<> addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return {};
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   static_cast<int>(utf8.size()), -1, 0)
        != 1)
        return issueFailure("X509_NAME_add_entry_by_txt");
    return {};
}

Result<Name> nameOf(const CertificateSubject &subject)
{
    Name name(X509_NAME_new());
    if (!name)
        return issueFailure("X509_NAME_new");
    GD_TRY(addNameEntry(name.get(), "C", QStringLiteral("CN")));
    GD_TRY(addNameEntry(name.get(), "O", subject.organisation));
    GD_TRY(addNameEntry(name.get(), "OU", subject.organisationalUnit));
    GD_TRY(addNameEntry(name.get(), "CN", subject.commonName));
    return name;
}

// A random positive 128-bit serial (RFC 5280 allows up to 20 octets), so that serials never
// repeat without the issuer keeping a counter.
Result<> setRandomSerial(X509 *certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return issueFailure("RAND_bytes");
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never a shorter encoding
    std::unique_ptr<BIGNUM, OpenSsl::Deleter<BN_free>> serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)))
        return issueFailure("BN_to_ASN1_INTEGER");
    return {};
}

Result<> addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    Extension extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1)
        return issueFailure("X509V3_EXT_conf_nid");
    return {};
}

// Signs with SM3 and the SM2 signer id (X509_sign() would use OpenSSL 3.0's empty id).
Result<> signCertificate(X509 *certificate, EVP_PKEY *issuerKey)
{
    OpenSsl::PkeyContext keyContext(EVP_PKEY_CTX_new(issuerKey, nullptr));
    OpenSsl::MdContext digestContext(EVP_MD_CTX_new());
    if (!keyContext || !digestContext)
        return issueFailure("EVP_MD_CTX_new");
    if (EVP_PKEY_CTX_set1_id(keyContext.get(), Sm2::DistinguishingId, std::strlen(Sm2::DistinguishingId))
        <= 0)
        return issueFailure("EVP_PKEY_CTX_set1_id");
    EVP_MD_CTX_set_pkey_ctx(digestContext.get(), keyContext.get());
    if (EVP_DigestSignInit(digestContext.get(), nullptr, EVP_sm3(), nullptr, issuerKey) <= 0)
        return issueFailure("EVP_DigestSignInit");
    if (X509_sign_ctx(certificate, digestContext.get()) <= 0)
        return issueFailure("X509_sign_ctx");
    digestContext.reset(); // before the key context it borrows
    return {};
}

struct Blueprint
{
    const CertificateSubject &subject;
    const QDateTime &notBefore;
    const QDateTime &notAfter;
    bool isAuthority = false;
};

// `issuer` and `issuerKey` are null for a self-signed certificate.
Result<Sm2Credential> make(const Blueprint &blueprint, X509 *issuer, EVP_PKEY *issuerKey)
{
    if (!blueprint.notBefore.isValid() || !blueprint.notAfter.isValid()
        || blueprint.notAfter <= blueprint.notBefore)
        return fail(ErrorCode::InvalidArgument,
                    Sm2CertificateIssuer::tr("The seal's validity period is empty."));
    auto key = newSm2Key();
    if (!key)
        return std::unexpected(key.error());
    OpenSsl::Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return issueFailure("X509_new");
    GD_TRY(setRandomSerial(certificate.get()));
    auto name = nameOf(blueprint.subject);
    if (!name)
        return std::unexpected(name.error());
    if (X509_set_subject_name(certificate.get(), name->get()) != 1
        || X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name->get()) != 1)
        return issueFailure("X509_set_issuer_name");
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), blueprint.notBefore.toSecsSinceEpoch())
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), blueprint.notAfter.toSecsSinceEpoch()))
        return issueFailure("ASN1_TIME_set");
    if (X509_set_pubkey(certificate.get(), key->get()) != 1)
        return issueFailure("X509_set_pubkey");

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate.get(), certificate.get(), nullptr, nullptr, 0);
    if (blueprint.isAuthority) {
        GD_TRY(
            addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0"));
        GD_TRY(addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign"));
    } else {
        GD_TRY(addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE"));
        GD_TRY(addExtension(certificate.get(), &context, NID_key_usage,
                            "critical,digitalSignature,nonRepudiation"));
    }
    GD_TRY(addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash"));
    if (issuer)
        GD_TRY(addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always"));
    GD_TRY(signCertificate(certificate.get(), issuerKey ? issuerKey : key->get()));

    auto certificateText = certificatePem(certificate.get());
    if (!certificateText)
        return std::unexpected(certificateText.error());
    auto keyText = privateKeyPem(key->get());
    if (!keyText)
        return std::unexpected(keyText.error());
    return Sm2Credential{*certificateText, *keyText};
}

} // namespace

Result<Sm2Credential> Sm2CertificateIssuer::createAuthority(const CertificateSubject &subject,
                                                            const QDateTime &notBefore,
                                                            const QDateTime &notAfter)
{
    return make({subject, notBefore, notAfter, true}, nullptr, nullptr);
}

Result<Sm2Credential> Sm2CertificateIssuer::issue(const Sm2Credential &authority,
                                                  const CertificateSubject &subject,
                                                  const QDateTime &notBefore, const QDateTime &notAfter)
{
    OpenSsl::Certificate issuer = OpenSsl::readCertificate(authority.certificatePem);
    if (!issuer)
        return OpenSsl::failure(tr("The seal CA certificate cannot be read."), "PEM_read_bio_X509");
    OpenSsl::Pkey issuerKey = OpenSsl::readPrivateKey(authority.privateKeyPem);
    if (!issuerKey)
        return OpenSsl::failure(tr("The seal CA's private key cannot be read."), "PEM_read_bio_PrivateKey");
    if (X509_check_private_key(issuer.get(), issuerKey.get()) != 1)
        return OpenSsl::failure(tr("The seal CA's private key does not match its certificate."),
                                "X509_check_private_key");
    return make({subject, notBefore, notAfter, false}, issuer.get(), issuerKey.get());
}

} // namespace GovDesk::Core
