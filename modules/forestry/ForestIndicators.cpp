#include "ForestIndicators.h"

#include <algorithm>

namespace GovDesk::Forestry {

std::optional<AreaUnit> AreaUnits::parse(const QString &text)
{
    const QString unit = text.simplified().toLower();
    if (unit.isEmpty() || unit == QStringLiteral("公顷") || unit == QStringLiteral("ha")
        || unit == QStringLiteral("hm2") || unit == QStringLiteral("hm²"))
        return AreaUnit::Hectare;
    if (unit == QStringLiteral("亩") || unit == QStringLiteral("mu"))
        return AreaUnit::Mu;
    return std::nullopt;
}

QString AreaUnits::name(AreaUnit unit)
{
    if (unit == AreaUnit::Mu)
        //: 亩
        return tr("mu");
    //: 公顷
    return tr("ha");
}

double CountyIndicators::coverage() const
{
    return landAreaHa > 0 ? forestAreaHa / landAreaHa : 0.0;
}

double CountyIndicators::stockPerHectare() const
{
    return forestAreaHa > 0 ? stockM3 / forestAreaHa : 0.0;
}

std::optional<double> YearOnYear::ratio() const
{
    if (previous == 0)
        return std::nullopt;
    return (current - previous) / previous;
}

ForestIndicatorSeries::ForestIndicatorSeries(QList<CountyIndicators> rows)
    : m_rows(std::move(rows))
{
}

std::optional<CountyIndicators> ForestIndicatorSeries::find(const QString &county, int year) const
{
    for (const CountyIndicators &row : m_rows) {
        if (row.county == county && row.year == year)
            return row;
    }
    return std::nullopt;
}

int ForestIndicatorSeries::latestYear() const
{
    int year = 0;
    for (const CountyIndicators &row : m_rows)
        year = std::max(year, row.year);
    return year;
}

QStringList ForestIndicatorSeries::counties() const
{
    QStringList names;
    for (const CountyIndicators &row : m_rows) {
        if (!names.contains(row.county))
            names.append(row.county);
    }
    std::sort(names.begin(), names.end());
    return names;
}

CountyIndicators ForestIndicatorSeries::total(int year) const
{
    CountyIndicators sum{.year = year};
    for (const CountyIndicators &row : m_rows) {
        if (row.year != year)
            continue;
        sum.landAreaHa += row.landAreaHa;
        sum.forestLandAreaHa += row.forestLandAreaHa;
        sum.forestAreaHa += row.forestAreaHa;
        sum.stockM3 += row.stockM3;
    }
    return sum;
}

double ForestIndicatorSeries::value(const CountyIndicators &row, Measure measure)
{
    switch (measure) {
    case Measure::ForestLandArea:
        return row.forestLandAreaHa;
    case Measure::ForestArea:
        return row.forestAreaHa;
    case Measure::Coverage:
        return row.coverage();
    case Measure::Stock:
        return row.stockM3;
    }
    return 0;
}

std::optional<YearOnYear> ForestIndicatorSeries::change(const QString &county, int year,
                                                        Measure measure) const
{
    std::optional<CountyIndicators> current;
    std::optional<CountyIndicators> previous;
    if (county.isEmpty()) {
        // The region: whatever counties reported in each year (a missing county shows as a drop).
        const CountyIndicators now = total(year);
        const CountyIndicators before = total(year - 1);
        if (now.landAreaHa > 0)
            current = now;
        if (before.landAreaHa > 0)
            previous = before;
    } else {
        current = find(county, year);
        previous = find(county, year - 1);
    }
    if (!current || !previous)
        return std::nullopt;
    return YearOnYear{value(*current, measure), value(*previous, measure)};
}

} // namespace GovDesk::Forestry
