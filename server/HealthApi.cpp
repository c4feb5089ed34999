#include "HealthApi.h"

namespace GovDesk::Server {

namespace {
const QString LivePath = QStringLiteral("/healthz");
const QString ReadyPath = QStringLiteral("/readyz");
} // namespace

HealthApi::HealthApi(SyncRepository &repository, QString database)
    : m_repository(repository)
    , m_database(std::move(database))
{
}

bool HealthApi::handles(const QString &path)
{
    return path == LivePath || path == ReadyPath;
}

ApiResponse HealthApi::handle(const ApiRequest &request) const
{
    if (request.method != "GET")
        return ApiResponse::error(ApiError::notFound(QStringLiteral("Use GET.")));
    if (request.path == LivePath)
        return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("live")}});
    return ready();
}

ApiResponse HealthApi::ready() const
{
    if (m_draining) {
        ApiError draining = ApiError::unavailable(1);
        draining.message = QStringLiteral("The server is shutting down.");
        return ApiResponse::error(draining);
    }
    // One read of the shared change counter: the database answers, and the figure shows whether
    // the instances behind a balancer see the same data.
    auto latest = m_repository.latestChangeSeq();
    if (!latest) {
        ApiError down = ApiError::unavailable(5);
        down.message = QStringLiteral("The database does not answer.");
        return ApiResponse::error(down);
    }
    return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ready")},
                              {QStringLiteral("database"), m_database},
                              {QStringLiteral("changeSeq"), *latest}});
}

} // namespace GovDesk::Server
