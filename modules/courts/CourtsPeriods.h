// CourtsPeriods: the periods a 通报 can be drawn up for, given the days the data cover — the twelve
// months to the data's last day, then each whole year, half-year and quarter inside the data, the
// latest first — each with the period it is compared with (the same span a year earlier: 同比;
// none when the data do not reach back that far) and its name as a 通报 writes it (2026年上半年, 2025年12月7日至2026年12月6日).
#pragma once

#include "CaseIndicators.h"

namespace GovDesk::Courts {

struct PeriodChoice
{
    QString name;
    Period period;
    Period previous; // invalid dates: nothing to compare with
    [[nodiscard]] bool operator==(const PeriodChoice &) const = default;
};

class CourtsPeriods
{
public:
    [[nodiscard]] static QList<PeriodChoice> choices(QDate first, QDate last);
    // Where the cases' data begin and end: the last day any case was filed or closed, and the day
    // by which the first hundredth of them had been filed — so that the few old 积案 filed years
    // before the data's start do not offer periods with nothing else in them.
    [[nodiscard]] static std::pair<QDate, QDate> extent(const QList<CourtCase> &cases);
};

} // namespace GovDesk::Courts
