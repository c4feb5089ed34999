// Result and Error: how every fallible core function reports failure (no exceptions).
#pragma once

#include <QString>

#include <expected>

namespace GovDesk::Core {

// Each code has one user-facing meaning; callers branch on the code, show the message.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    WrongPassphrase,
    NotGovDeskDatabase,
    Corrupt,
    DiskFull,
    Locked,       // held by another GovDesk process
    Busy,         // SQLite busy timeout expired
    Throttled,    // too many failed unlocks; wait
    ReadOnly,     // e.g. demo profiles never sync
    Io,
    Crypto,
    Constraint,
    Sql,
    Cancelled,
    Tampered,     // audit chain broken
};

struct Error
{
    ErrorCode code = ErrorCode::Sql;
    QString message; // translated, shown to the user
    QString detail;  // untranslated technical detail for logs; never contains secrets

    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template<typename T = void>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

} // namespace GovDesk::Core

// Propagates the error of a Result<...> expression, like Rust's `?`.
#define GD_TRY(expr)                                                                               \
    do {                                                                                           \
        if (auto gdTryResult_ = (expr); !gdTryResult_)                                             \
            return std::unexpected(std::move(gdTryResult_.error()));                               \
    } while (false)
