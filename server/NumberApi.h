// NumberApi: POST /v1/numbers — hands out the next number of an organisation's series for one
// record (the 发文字号 of a 公文 at 登记), so two clerks registering at the same moment never get
// the same number and no number is skipped. Idempotent by op id, and by record: a record asking
// again, under any op id, gets the number it has.
#pragma once

#include "AccessPolicy.h"
#include "ApiTypes.h"
#include "AuthService.h"
#include "Clock.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class NumberApi
{
public:
    NumberApi(SyncRepository &repository, const Clock &clock);

    [[nodiscard]] ApiResult<ApiResponse> allocate(const ApiRequest &request, const Principal &principal);

    // 机关代字 such as 柳政办发 or 国办函: letters (Han included), no digits, spaces or brackets.
    [[nodiscard]] static bool isValidSeries(const QString &series);
    static constexpr int MaxSeriesLength = 32;

private:
    [[nodiscard]] ApiResult<NumberAllocation> allocateInTransaction(const NumberAllocation &wanted);

    SyncRepository &m_repository;
    const Clock &m_clock;
    AccessPolicy m_access;
};

} // namespace GovDesk::Server
