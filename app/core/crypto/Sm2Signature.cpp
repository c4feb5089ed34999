#include "Sm2Signature.h"

#include "Logging.h"
#include "OpenSslHandles.h"

#include <cstring>
#include <openssl/pem.h>

namespace GovDesk::Core {

namespace {

// A signing or verifying context whose SM2 parameters carry the distinguishing id. OpenSSL 3.0
// reads the id only from a key context attached before the Digest*Init call
// (EVP_MD_CTX_set_pkey_ctx, as its SM2(7) page shows); the MD context does not own it.
// Members in this order so that the MD context goes first: it only borrows the key context.
struct Sm2DigestContext
{
    OpenSsl::PkeyContext pkey;
    OpenSsl::MdContext md;
};

Result<Sm2DigestContext> digestContext(EVP_PKEY *key, bool forSigning)
{
    Sm2DigestContext context{OpenSsl::PkeyContext(EVP_PKEY_CTX_new(key, nullptr)),
                             OpenSsl::MdContext(EVP_MD_CTX_new())};
    if (!context.md || !context.pkey)
        return OpenSsl::failure(Sm2Crypto::tr("The seal could not be checked: out of memory."),
                                "EVP_MD_CTX_new");
    if (EVP_PKEY_CTX_set1_id(context.pkey.get(), Sm2::DistinguishingId, std::strlen(Sm2::DistinguishingId))
        <= 0)
        return OpenSsl::failure(Sm2Crypto::tr("The SM2 signer id could not be set."), "EVP_PKEY_CTX_set1_id");
    EVP_MD_CTX_set_pkey_ctx(context.md.get(), context.pkey.get());
    const int initialised = forSigning
                                ? EVP_DigestSignInit(context.md.get(), nullptr, EVP_sm3(), nullptr, key)
                                : EVP_DigestVerifyInit(context.md.get(), nullptr, EVP_sm3(), nullptr, key);
    if (initialised <= 0)
        return OpenSsl::failure(Sm2Crypto::tr("SM2 with SM3 is not available in this OpenSSL."),
                                forSigning ? "EVP_DigestSignInit" : "EVP_DigestVerifyInit");
    return context;
}

Result<> requireSm2(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "SM2") != 1)
        return fail(ErrorCode::Crypto, Sm2Crypto::tr("The key is not an SM2 key."),
                    QStringLiteral("key type %1").arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
    return {};
}

} // namespace

void Sm2KeyDeleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

Result<QByteArray> Sm2Crypto::sm3(QByteArrayView data)
{
    QByteArray digest(Sm2::Sm3Size, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sm3(), nullptr)
            != 1
        || size != Sm2::Sm3Size)
        return OpenSsl::failure(tr("SM3 is not available in this OpenSSL."), "EVP_Digest(SM3)");
    return digest;
}

Sm2Signer::Sm2Signer(Sm2KeyHandle key)
    : m_key(std::move(key))
{
}

Result<Sm2Signer> Sm2Signer::fromPrivateKeyPem(QByteArrayView pem)
{
    Sm2KeyHandle key(OpenSsl::readPrivateKey(pem).release());
    if (!key)
        return OpenSsl::failure(Sm2Crypto::tr("The seal's private key cannot be read."),
                                "PEM_read_bio_PrivateKey");
    GD_TRY(requireSm2(key.get()));
    return Sm2Signer(std::move(key));
}

Result<QByteArray> Sm2Signer::sign(QByteArrayView message) const
{
    auto context = digestContext(m_key.get(), true);
    if (!context)
        return std::unexpected(context.error());
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    size_t size = 0;
    if (EVP_DigestSign(context->md.get(), nullptr, &size, data, static_cast<size_t>(message.size())) <= 0)
        return OpenSsl::failure(Sm2Crypto::tr("The document could not be signed."), "EVP_DigestSign(size)");
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(context->md.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, data,
                       static_cast<size_t>(message.size()))
        <= 0)
        return OpenSsl::failure(Sm2Crypto::tr("The document could not be signed."), "EVP_DigestSign");
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

Sm2Verifier::Sm2Verifier(Sm2KeyHandle key)
    : m_key(std::move(key))
{
}

Result<Sm2Verifier> Sm2Verifier::fromCertificatePem(QByteArrayView pem)
{
    OpenSsl::Certificate certificate = OpenSsl::readCertificate(pem);
    if (!certificate)
        return OpenSsl::failure(Sm2Crypto::tr("The seal certificate cannot be read."), "PEM_read_bio_X509");
    Sm2KeyHandle key(X509_get_pubkey(certificate.get()));
    if (!key)
        return OpenSsl::failure(Sm2Crypto::tr("The seal certificate cannot be read."), "X509_get_pubkey");
    GD_TRY(requireSm2(key.get()));
    return Sm2Verifier(std::move(key));
}

Result<Sm2Verifier> Sm2Verifier::fromPublicKeyPem(QByteArrayView pem)
{
    OpenSsl::Bio bio = OpenSsl::memoryReader(pem);
    Sm2KeyHandle key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return OpenSsl::failure(Sm2Crypto::tr("The public key cannot be read."), "PEM_read_bio_PUBKEY");
    GD_TRY(requireSm2(key.get()));
    return Sm2Verifier(std::move(key));
}

Result<bool> Sm2Verifier::verify(QByteArrayView message, QByteArrayView signature) const
{
    auto context = digestContext(m_key.get(), false);
    if (!context)
        return std::unexpected(context.error());
    const int verified = EVP_DigestVerify(
        context->md.get(), reinterpret_cast<const unsigned char *>(signature.data()),
        static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(message.data()),
        static_cast<size_t>(message.size()));
    if (verified == 1)
        return true;
    // 0 is a wrong signature; a negative value is a malformed one (not DER, wrong length). Both
    // mean "not signed by this key"; the reasons only go to the debug log.
    const QString reasons = OpenSsl::drainErrors();
    if (!reasons.isEmpty())
        qCDebug(lcCrypto).noquote() << "SM2 verification failed:" << reasons;
    return false;
}

} // namespace GovDesk::Core
