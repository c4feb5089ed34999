#include "CourtsPeriods.h"

#include "CourtTrend.h"

#include <algorithm>

namespace GovDesk::Courts {

namespace {

QString dayName(QDate day)
{
    return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

// The same span a year earlier, when the data reach back that far: a comparison with a period
// the data barely touch would report a 结案率 "up 60 points".
Period yearBefore(const Period &period, QDate first)
{
    const Period before{period.from.addYears(-1), period.to.addYears(-1)};
    return before.from >= first ? before : Period{};
}

} // namespace

QList<PeriodChoice> CourtsPeriods::choices(QDate first, QDate last)
{
    QList<PeriodChoice> list;
    if (!first.isValid() || !last.isValid() || first > last)
        return list;
    const Period twelveMonths{last.addYears(-1).addDays(1), last};
    list.append({QStringLiteral("%1至%2").arg(dayName(twelveMonths.from), dayName(last)), twelveMonths,
                 yearBefore(twelveMonths, first)});
    QList<PeriodChoice> years;
    QList<PeriodChoice> halves;
    QList<PeriodChoice> quarters;
    const auto inside = [&](const Period &period) {
        return period.from >= first && period.to <= last;
    };
    for (const TrendPeriod &year : CourtTrend::periods(first, last, CourtTrend::Step::Year)) {
        if (inside(year.period))
            years.prepend({year.label, year.period, yearBefore(year.period, first)});
    }
    for (const TrendPeriod &quarter : CourtTrend::periods(first, last, CourtTrend::Step::Quarter)) {
        if (!inside(quarter.period))
            continue;
        quarters.prepend({quarter.label, quarter.period, yearBefore(quarter.period, first)});
        // A half ends with its second quarter.
        const Period half{quarter.period.from.addMonths(-3), quarter.period.to};
        if (quarter.period.to.month() % 6 == 0 && inside(half))
            halves.prepend({QStringLiteral("%1年%2半年")
                                .arg(half.from.year())
                                .arg(half.from.month() == 1 ? QStringLiteral("上") : QStringLiteral("下")),
                            half, yearBefore(half, first)});
    }
    list << years << halves << quarters;
    return list;
}

std::pair<QDate, QDate> CourtsPeriods::extent(const QList<CourtCase> &cases)
{
    if (cases.isEmpty())
        return {};
    QList<QDate> filed;
    filed.reserve(cases.size());
    QDate last;
    for (const CourtCase &c : cases) {
        filed.append(c.filedOn);
        last = std::max({last, c.filedOn, c.closedOn.value_or(QDate())});
    }
    const qsizetype percentile = filed.size() / 100;
    std::nth_element(filed.begin(), filed.begin() + percentile, filed.end());
    return {filed.at(percentile), last};
}

} // namespace GovDesk::Courts
