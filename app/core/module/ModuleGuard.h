// ModuleGuard: no exception crosses from a module into GovDesk.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <exception>
#include <type_traits>

namespace GovDesk::Core {

// Calls module code that returns Result<T> (or nothing) and turns an escaping exception into an
// error: a module's bug must cost the module, not the shell. Every entry point into a module —
// lifecycle, projections, listeners, UI — goes through this.
template<typename Call>
auto callModule(Call &&call)
    -> std::conditional_t<std::is_void_v<std::invoke_result_t<Call>>, Result<>, std::invoke_result_t<Call>>
{
    const auto thrown = [](const QString &what) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("GovDesk::Core::ModuleGuard",
                                                "The module failed with an internal error."),
                    QStringLiteral("exception: ") + what);
    };
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Call>>) {
            call();
            return {};
        } else {
            return call();
        }
    } catch (const std::exception &e) {
        return thrown(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return thrown(QStringLiteral("unknown"));
    }
}

// What a module's service call answers while the profile is locked: the key and the database
// are gone, so there is nothing to read or write until the user unlocks.
[[nodiscard]] inline Result<> requireOpen(bool open)
{
    if (open)
        return {};
    return fail(ErrorCode::ReadOnly,
                QCoreApplication::translate("GovDesk::Core::ModuleGuard",
                                            "GovDesk is locked. Unlock it to continue."),
                QStringLiteral("module service called while the session is locked"));
}

} // namespace GovDesk::Core
