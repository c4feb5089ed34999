// Clock: the time seam of the server, so token expiry and rate limits are testable without sleeping.
#pragma once

#include <QDateTime>

namespace GovDesk::Server {

class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    [[nodiscard]] qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// RFC 3339 UTC with whole seconds, the protocol's time format ("2026-11-26T08:30:00Z").
[[nodiscard]] inline QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace GovDesk::Server
