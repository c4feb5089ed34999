// RequestsDemoData: a plausible year of 依申请公开 requests for the demo profile and the tests —
// about 120, every applicant type, every reply type and sub-reason, some extended, some sent for
// third-party consultation, some answered late, some open and overdue, some carried over from the
// year before. Deterministic for a seed; each request walks the real RequestWorkflow.
#pragma once

#include "DisclosureRequest.h"

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

class RequestsDemoData
{
public:
    static constexpr int Count = 120;

    // Requests received from December of the year before up to `asOf`, as they stand on `asOf`.
    [[nodiscard]] static Core::Result<QList<DisclosureRequest>> generate(const HolidayCalendar &calendar,
                                                                         QDate asOf, quint32 seed = 20260101);
    // Writes them as disclosure.request records (the projection builds the rest).
    [[nodiscard]] static Core::Result<int> seed(Core::ModuleContext &context, const HolidayCalendar &calendar,
                                                QDate asOf);
};

} // namespace GovDesk::Disclosure
