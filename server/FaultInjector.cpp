#include "FaultInjector.h"

#include "JsonReader.h"
#include "LogSafe.h"
#include "ServerLogging.h"

namespace GovDesk::Server {

namespace {
constexpr double MaxStallSeconds = 600;
}

std::optional<FaultMode> FaultInjector::modeFromName(const QString &name)
{
    static const QHash<QString, FaultMode> Modes{
        {QStringLiteral("none"), FaultMode::None},         {QStringLiteral("status500"), FaultMode::Status500},
        {QStringLiteral("status503"), FaultMode::Status503}, {QStringLiteral("drop"), FaultMode::Drop},
        {QStringLiteral("truncate"), FaultMode::Truncate}, {QStringLiteral("stall"), FaultMode::Stall}};
    const auto it = Modes.constFind(name);
    return it == Modes.constEnd() ? std::nullopt : std::optional(*it);
}

ApiResult<ApiResponse> FaultInjector::configure(const ApiRequest &request)
{
    auto root = parseJsonObject(request.body);
    if (!root)
        return std::unexpected(root.error());
    JsonReader reader(*root, QStringLiteral("the request"));
    const QString modeName = reader.requiredString(QStringLiteral("mode"));
    const qint64 count = reader.optionalInteger(QStringLiteral("count")).value_or(1);
    const qint64 retryAfter = reader.optionalInteger(QStringLiteral("retryAfter")).value_or(1);
    const double stallSeconds = reader.optionalNumber(QStringLiteral("stallSeconds")).value_or(10);
    const QString path = reader.optionalString(QStringLiteral("path")).value_or(QString());
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    const auto mode = modeFromName(modeName);
    if (!mode)
        return std::unexpected(ApiError::badValue(QStringLiteral("Unknown fault mode \"%1\".").arg(modeName)));
    if (count < 0 || retryAfter < 0 || stallSeconds < 0 || stallSeconds > MaxStallSeconds)
        return std::unexpected(ApiError::badValue(QStringLiteral("count, retryAfter and stallSeconds must be >= 0 "
                                                                 "(stallSeconds at most %1).").arg(MaxStallSeconds)));
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        return std::unexpected(ApiError::badValue(QStringLiteral("\"path\" must start with \"/\".")));

    const std::scoped_lock lock(m_mutex);
    m_fault = Fault{*mode, static_cast<int>(retryAfter), stallSeconds};
    m_remaining = *mode == FaultMode::None ? 0 : static_cast<int>(qMin<qint64>(count, 1000000));
    m_path = path;
    qCInfo(lcSyncd).noquote() << "test fault armed:" << modeName << "x" << m_remaining << "path"
                              << (path.isEmpty() ? QStringLiteral("(any)") : Core::logSafe(path));
    return ApiResponse::json({{QStringLiteral("mode"), modeName},
                              {QStringLiteral("count"), m_remaining},
                              {QStringLiteral("path"), path}});
}

std::optional<Fault> FaultInjector::take(const QString &path)
{
    const std::scoped_lock lock(m_mutex);
    if (m_remaining <= 0 || path.startsWith(QStringLiteral("/v1/test/")))
        return std::nullopt;
    if (!m_path.isEmpty() && !path.startsWith(m_path))
        return std::nullopt;
    --m_remaining;
    return m_fault;
}

} // namespace GovDesk::Server
