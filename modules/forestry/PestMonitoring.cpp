#include "PestMonitoring.h"

#include <QMap>
#include <algorithm>
#include <limits>

namespace GovDesk::Forestry {

std::optional<double> PestReport::controlRate() const
{
    if (occurrenceHa <= 0)
        return std::nullopt;
    return controlledHa / occurrenceHa;
}

std::optional<double> PestReport::pollutionFreeRate() const
{
    if (!pollutionFreeHa || controlledHa <= 0)
        return std::nullopt;
    return *pollutionFreeHa / controlledHa;
}

std::optional<double> PestReport::disasterPerMille(double forestAreaHa) const
{
    if (forestAreaHa <= 0)
        return std::nullopt;
    return disasterHa / forestAreaHa * 1000.0;
}

double PestGrowth::ratio() const
{
    if (previous.occurrenceHa <= 0)
        return std::numeric_limits<double>::infinity();
    return (latest.occurrenceHa - previous.occurrenceHa) / previous.occurrenceHa;
}

QList<PestGrowth> spreadingPests(const QList<PestReport> &reports, const PestRules &rules)
{
    QMap<std::pair<QString, QString>, QList<PestReport>> bySpecies;
    for (const PestReport &report : reports)
        bySpecies[{report.county, report.species}].append(report);
    QList<PestGrowth> result;
    for (auto it = bySpecies.begin(); it != bySpecies.end(); ++it) {
        QList<PestReport> &series = it.value();
        if (series.size() < 2)
            continue;
        std::sort(series.begin(), series.end(),
                  [](const PestReport &a, const PestReport &b) { return a.reportedOn < b.reportedOn; });
        const PestGrowth growth{series.last(), series.at(series.size() - 2)};
        if (growth.latest.occurrenceHa + 1e-9 < rules.minimumHa)
            continue;
        if (growth.ratio() + 1e-9 >= rules.growthRatio)
            result.append(growth);
    }
    return result;
}

} // namespace GovDesk::Forestry
