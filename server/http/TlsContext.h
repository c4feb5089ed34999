// TlsContext: the server's OpenSSL context — its certificate chain and key, TLS 1.2 or later, and
// only suites with forward secrecy and AEAD (Mozilla's "intermediate" profile).
#pragma once

#include "Result.h"

#include <boost/asio/ssl/context.hpp>
#include <memory>

namespace GovDesk::Server::TlsContext {

// Certificate file: PEM, the server's certificate first, then any intermediates. Key file: PEM,
// RSA or EC, unencrypted.
[[nodiscard]] Core::Result<std::unique_ptr<boost::asio::ssl::context>> load(const QString &certificateFile,
                                                                            const QString &keyFile);

} // namespace GovDesk::Server::TlsContext
