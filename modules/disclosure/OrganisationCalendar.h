// OrganisationCalendar: the holiday calendar an organisation's deadlines are counted on — the
// notices shipped with GovDesk plus the years its administrator (信息公开 领导) restated or added,
// kept as one synced `disclosure.calendar` record so that every desk of the organisation counts
// the same days. A year added here (the State Council's notice for next year arrives in November)
// makes its deadlines settled instead of provisional.
#pragma once

#include "HolidayCalendar.h"

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

inline constexpr char CalendarCollection[] = "disclosure.calendar";

class OrganisationCalendar
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::OrganisationCalendar)
public:
    [[nodiscard]] static Core::Result<> declare(Core::ModuleContext &context);

    // The years the organisation gave (none: the shipped notices alone).
    [[nodiscard]] static Core::Result<QList<HolidayYear>> overrides(const Core::ModuleContext &context);
    // Shipped notices with the organisation's years over them. A stored record that no longer
    // reads is an error (the caller says so and counts on the shipped notices meanwhile).
    [[nodiscard]] static Core::Result<HolidayCalendar> load(const Core::ModuleContext &context);
    // Checks the years (each as HolidaySchedule::validate, and against each other and the shipped
    // ones), then stores them; only a 信息公开 领导 may. Nothing is stored when a year is refused.
    [[nodiscard]] static Core::Result<> save(Core::ModuleContext &context, const QList<HolidayYear> &years);
};

} // namespace GovDesk::Disclosure
