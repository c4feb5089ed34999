#include "TlsContext.h"

#include <QFile>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace GovDesk::Server::TlsContext {

namespace {

// TLS 1.2, ECDHE only: forward secrecy and AEAD, nothing with RSA key exchange, CBC or SHA-1.
// TLS 1.3 has only such suites; OpenSSL's defaults for it stay.
constexpr const char *Tls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

QString openSslErrors()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        errors << QString::fromLatin1(text);
    }
    return errors.isEmpty() ? QStringLiteral("unknown error") : errors.join(QStringLiteral("; "));
}

Core::Error failure(Core::ErrorCode code, const QString &what)
{
    return Core::Error{code, what + QLatin1Char('.'), openSslErrors()};
}

} // namespace

Core::Result<std::unique_ptr<boost::asio::ssl::context>> load(const QString &certificateFile,
                                                              const QString &keyFile)
{
    for (const QString &file : {certificateFile, keyFile}) {
        if (QFile f(file); !f.open(QIODevice::ReadOnly))
            return Core::fail(Core::ErrorCode::Io,
                              QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString()));
    }
    ERR_clear_error();
    auto context = std::make_unique<boost::asio::ssl::context>(boost::asio::ssl::context::tls_server);
    SSL_CTX *ctx = context->native_handle();
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1)
        return std::unexpected(
            failure(Core::ErrorCode::InvalidArgument, QStringLiteral("TLS 1.2 is not available")));
    if (SSL_CTX_set_cipher_list(ctx, Tls12Ciphers) != 1)
        return std::unexpected(
            failure(Core::ErrorCode::InvalidArgument,
                    QStringLiteral("The TLS library offers none of the cipher suites the server allows")));
    const QByteArray certificatePath = QFile::encodeName(certificateFile);
    if (SSL_CTX_use_certificate_chain_file(ctx, certificatePath.constData()) != 1)
        return std::unexpected(failure(Core::ErrorCode::InvalidArgument,
                                       QStringLiteral("No PEM certificate in %1").arg(certificateFile)));
    const QByteArray keyPath = QFile::encodeName(keyFile);
    if (SSL_CTX_use_PrivateKey_file(ctx, keyPath.constData(), SSL_FILETYPE_PEM) != 1)
        return std::unexpected(
            failure(Core::ErrorCode::InvalidArgument,
                    QStringLiteral("No unencrypted RSA or EC private key in %1").arg(keyFile)));
    if (SSL_CTX_check_private_key(ctx) != 1)
        return std::unexpected(
            failure(Core::ErrorCode::InvalidArgument,
                    QStringLiteral("The key in %1 does not belong to the certificate in %2")
                        .arg(keyFile, certificateFile)));
    // Clients authenticate with tokens, not certificates: no client certificate is asked for.
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    return context;
}

} // namespace GovDesk::Server::TlsContext
