#include "NumberApi.h"

#include "JsonReader.h"
#include "LogSafe.h"
#include "ServerLogging.h"
#include "sync/ProtocolRules.h"

#include <algorithm>

namespace GovDesk::Server {

namespace {

constexpr int FirstYear = 1949;
constexpr int LastYear = 9999;

QJsonObject allocationJson(const NumberAllocation &allocation)
{
    return {{QStringLiteral("opId"), allocation.opId},
            {QStringLiteral("series"), allocation.series},
            {QStringLiteral("year"), allocation.year},
            {QStringLiteral("number"), allocation.number},
            {QStringLiteral("collection"), allocation.collection},
            {QStringLiteral("recordId"), allocation.recordId},
            {QStringLiteral("allocatedAt"), allocation.allocatedAt}};
}

} // namespace

NumberApi::NumberApi(SyncRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
    , m_access(repository)
{
}

bool NumberApi::isValidSeries(const QString &series)
{
    if (series.isEmpty() || series.size() > MaxSeriesLength)
        return false;
    return std::ranges::all_of(series, [](QChar c) { return c.isLetter(); });
}

ApiResult<ApiResponse> NumberApi::allocate(const ApiRequest &request, const Principal &principal)
{
    if (auto query = checkQueryKeys(request.query, {}); !query)
        return std::unexpected(query.error());
    auto root = parseJsonObject(request.body);
    if (!root)
        return std::unexpected(root.error());
    JsonReader reader(*root, QStringLiteral("the request"));
    NumberAllocation wanted;
    wanted.opId = reader.requiredString(QStringLiteral("opId"));
    wanted.series = reader.requiredString(QStringLiteral("series"));
    const qint64 year = reader.requiredInteger(QStringLiteral("year"));
    wanted.collection = reader.requiredString(QStringLiteral("collection"));
    wanted.recordId = reader.requiredString(QStringLiteral("recordId"));
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    if (!Core::ProtocolRules::isValidOpId(wanted.opId))
        return std::unexpected(ApiError::badValue(QStringLiteral("\"opId\" is not a valid op id.")));
    if (!isValidSeries(wanted.series))
        return std::unexpected(
            ApiError::badValue(QStringLiteral("\"series\" is the 机关代字 alone (such as 柳政办发): 1 to %1 "
                                              "letters, without year, brackets or number.")
                                   .arg(MaxSeriesLength)));
    if (year < FirstYear || year > LastYear)
        return std::unexpected(ApiError::badValue(
            QStringLiteral("\"year\" must be from %1 to %2.").arg(FirstYear).arg(LastYear)));
    if (!Core::ProtocolRules::isValidCollection(wanted.collection)
        || !Core::ProtocolRules::isValidRecordId(wanted.recordId))
        return std::unexpected(
            ApiError::badValue(QStringLiteral("\"collection\" or \"recordId\" is not valid.")));
    wanted.year = static_cast<int>(year);
    wanted.userId = principal.userId;
    wanted.organisationId = principal.organisationId;

    auto refused = m_access.writeRefusal(principal.roles, wanted.collection);
    if (!refused)
        return std::unexpected(ApiError::internal(refused.error()));
    if (*refused)
        return std::unexpected(ApiError::forbidden(**refused));

    ApiResult<NumberAllocation> answer = std::unexpected(ApiError{});
    auto stored = m_repository.inTransaction([&]() -> Core::Result<> {
        answer = allocateInTransaction(wanted);
        // Nothing of a refused or failed allocation stays, above all not a number taken.
        if (!answer)
            return Core::fail(Core::ErrorCode::Io, QStringLiteral("allocation not completed"));
        return {};
    });
    if (!answer)
        return std::unexpected(answer.error());
    if (!stored)
        return std::unexpected(ApiError::internal(stored.error()));
    return ApiResponse::json(allocationJson(*answer));
}

ApiResult<NumberAllocation> NumberApi::allocateInTransaction(const NumberAllocation &wanted)
{
    auto byOp = m_repository.numberAllocation(wanted.opId);
    if (!byOp)
        return std::unexpected(ApiError::internal(byOp.error()));
    if (*byOp) {
        // The answer was lost and the client asks again: the same number. Another user's op id
        // (a client bug) learns nothing of it.
        if ((*byOp)->userId != wanted.userId)
            return std::unexpected(
                ApiError::badValue(QStringLiteral("This opId was already used by another user.")));
        return **byOp;
    }

    // Only the owner numbers a record, and an outsider cannot tell a record it may not see from
    // one that does not exist.
    auto record = m_repository.record(wanted.collection, wanted.recordId);
    if (!record)
        return std::unexpected(ApiError::internal(record.error()));
    if (!*record || (*record)->deleted || (*record)->owner != wanted.organisationId)
        return std::unexpected(ApiError::notFound(QStringLiteral(
            "No record with this id that your organisation may number; push the record first.")));

    auto byRecord
        = m_repository.numberAllocationFor(wanted.collection, wanted.recordId, wanted.series, wanted.year);
    if (!byRecord)
        return std::unexpected(ApiError::internal(byRecord.error()));
    if (*byRecord)
        return **byRecord; // a second clerk registering the same document

    auto number = m_repository.takeNextNumber(wanted.organisationId, wanted.series, wanted.year);
    if (!number)
        return std::unexpected(ApiError::internal(number.error()));
    NumberAllocation allocation = wanted;
    allocation.number = *number;
    allocation.allocatedAt = rfc3339(m_clock.now());
    if (auto saved = m_repository.saveNumberAllocation(allocation); !saved)
        return std::unexpected(ApiError::internal(saved.error()));
    qCInfo(lcSyncd).noquote() << "number" << Core::logSafe(allocation.series) << allocation.year
                              << allocation.number << "to" << Core::logSafe(allocation.collection)
                              << Core::logSafe(allocation.recordId) << "by"
                              << Core::logSafe(allocation.userId);
    return allocation;
}

} // namespace GovDesk::Server
