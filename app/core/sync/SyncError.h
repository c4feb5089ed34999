// SyncError: why a sync request failed, classified so that each class has one policy.
#pragma once

#include <QString>

#include <chrono>
#include <expected>

namespace GovDesk::Core {

// The classes follow the protocol's error table: retry with back-off, refresh the token once,
// ask the user to sign in, or stop and report.
struct SyncError
{
    enum class Kind {
        Network,        // refused, reset, DNS, proxy: retryable
        Timeout,        // no progress within the request's timeout: retryable
        Tls,            // certificate or pin problem: never retried, the message names the cause
        Protocol,       // an answer cut short or not JSON (retryable), or of the wrong shape (not)
        Server,         // 5xx and other retryable server answers
        RateLimited,    // 429: wait Retry-After
        TokenExpired,   // 401 token_expired/token_invalid: refresh once, then retry once
        SignInRequired, // wrong credentials, no or dead refresh token: the user must sign in
        Forbidden,      // 403
        NotFound,       // 404
        TooLarge,       // 413
        BadRequest,     // 400 and other 4xx: a client bug, reported
        Unsupported,    // the server does not speak this client's protocol version
        Cancelled,      // the user cancelled
        Local,          // the local database failed
    };

    Kind kind = Kind::Network;
    QString code;    // the server's error code ("rate_limited"), or a client one ("bad_json_answer")
    QString message; // translated, for the user
    QString detail;  // untranslated, for logs; never a secret
    bool retryable = false;
    std::chrono::seconds retryAfter{0}; // the server's Retry-After, 0 when not given
    int httpStatus = 0;                 // 0 when no HTTP answer arrived

    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    // Offline rather than broken: the shell shows "offline" and tries again later.
    [[nodiscard]] bool isConnectivity() const { return kind == Kind::Network || kind == Kind::Timeout; }
};

template<typename T = void>
using SyncResult = std::expected<T, SyncError>;

} // namespace GovDesk::Core
