// BenchCheck: a benchmark that cannot run stops, saying why, and prints no figure.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

namespace GovDesk::Bench {

// "<program>: <what>" on standard error, then exit status 1.
[[noreturn]] inline void die(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

// The value of `result`, or die() with `what` and the error.
template<typename T> T check(Core::Result<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().fullText()));
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

} // namespace GovDesk::Bench
