#include "PublicationDeadline.h"

namespace GovDesk::Disclosure {

Core::Result<DeadlineState> PublicationDeadline::evaluate(const HolidayCalendar &calendar,
                                                          QDate createdOrChangedOn,
                                                          std::optional<QDate> publishedOn, QDate asOf,
                                                          int approachingDays)
{
    if (!createdOrChangedOn.isValid() || !asOf.isValid())
        //: 缺少政府信息形成或者变更的日期。
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("The date the information was created or changed is missing."));
    if (publishedOn && (!publishedOn->isValid() || *publishedOn < createdOrChangedOn))
        //: 发布日期（%1）早于形成或者变更的日期（%2）。
        return Core::fail(
            Core::ErrorCode::InvalidArgument,
            tr("The publication date %1 is before the information was created or changed (%2).")
                .arg(publishedOn->toString(Qt::ISODate), createdOrChangedOn.toString(Qt::ISODate)));
    const DeadlineClock clock(calendar, createdOrChangedOn, PublicationLimit);
    return clock.stateAt(asOf, publishedOn, approachingDays);
}

} // namespace GovDesk::Disclosure
