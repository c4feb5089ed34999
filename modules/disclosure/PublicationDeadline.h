// PublicationDeadline: Art. 26 of the 2019 《政府信息公开条例》 — information to be disclosed
// proactively (主动公开) is published within 20 working days of the day it is created or changed
// (形成或者变更之日), counted from the next working day as for requests (see RequestDeadline.h).
#pragma once

#include "DeadlineClock.h"

namespace GovDesk::Disclosure {

class PublicationDeadline
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::PublicationDeadline)
public:
    static constexpr int PublicationLimit = 20; // Art. 26
    static constexpr int DefaultApproachingDays = 5;

    // `createdOrChangedOn`: the last change restarts the limit (Art. 26: 形成或者变更之日).
    // `publishedOn`: none while unpublished.
    [[nodiscard]] static Core::Result<DeadlineState> evaluate(const HolidayCalendar &calendar,
                                                              QDate createdOrChangedOn,
                                                              std::optional<QDate> publishedOn, QDate asOf,
                                                              int approachingDays = DefaultApproachingDays);
};

} // namespace GovDesk::Disclosure
