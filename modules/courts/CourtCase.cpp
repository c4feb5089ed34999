#include "CourtCase.h"

namespace GovDesk::Courts {

bool CourtCase::isFirstInstance() const
{
    const auto kind = type();
    return kind && kind->stage == CaseStage::First;
}

QDate CourtCase::dueDate() const
{
    return filedOn.addMonths(limitMonths + extensionMonths).addDays(deductedDays);
}

bool CourtCase::closedWithinLimit() const
{
    return closedOn && *closedOn <= dueDate();
}

std::optional<int> CourtCase::trialDays() const
{
    if (!closedOn)
        return std::nullopt;
    return std::max<qint64>(0, filedOn.daysTo(*closedOn) - deductedDays);
}

bool CourtCase::isOpenOn(QDate day) const
{
    return filedOn <= day && (!closedOn || *closedOn > day);
}

} // namespace GovDesk::Courts
