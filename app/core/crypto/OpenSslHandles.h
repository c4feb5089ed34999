// OpenSslHandles: RAII owners for OpenSSL objects and the error text of a failed call. Private to
// govdesk-core's .cpp files (OpenSSL is a private dependency: no public header includes it).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace GovDesk::Core::OpenSsl {

template<auto FreeFunction> struct Deleter
{
    template<typename T> void operator()(T *object) const { FreeFunction(object); }
};

using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Certificate = std::unique_ptr<X509, Deleter<X509_free>>;

// The queued OpenSSL errors as one line, oldest first; clears the queue. Never holds key bytes.
[[nodiscard]] inline QString drainErrors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines.append(QString::fromLatin1(text));
    }
    return lines.join(QStringLiteral("; "));
}

// A Crypto error naming the OpenSSL call that failed (`what`) with OpenSSL's own reasons.
[[nodiscard]] inline std::unexpected<Error> failure(const QString &message, const char *what)
{
    const QString reasons = drainErrors();
    return fail(ErrorCode::Crypto, message,
                reasons.isEmpty() ? QString::fromLatin1(what)
                                  : QString::fromLatin1(what) + QStringLiteral(": ") + reasons);
}

// A read-only memory BIO over `bytes` (which must outlive it).
[[nodiscard]] inline Bio memoryReader(QByteArrayView bytes)
{
    return Bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

// Everything written into a memory BIO.
[[nodiscard]] inline QByteArray contentsOf(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

[[nodiscard]] inline Certificate readCertificate(QByteArrayView pem)
{
    Bio bio = memoryReader(pem);
    return Certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// An unencrypted PEM private key; no passphrase callback, so an encrypted one fails instead of
// prompting on a terminal.
[[nodiscard]] inline Pkey readPrivateKey(QByteArrayView pem)
{
    Bio bio = memoryReader(pem);
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>("")) : nullptr);
}

} // namespace GovDesk::Core::OpenSsl
