// PestMonitoring: 林业有害生物 reports — per county, species and reporting date the 发生面积,
// 成灾面积, 防治面积 and 无公害防治面积 — and their rates. 防治率 = 防治面积 / 发生面积;
// 无公害防治率 = 无公害防治面积 / 防治面积; 成灾率 is given against the county's 森林面积 in ‰ (the
// national statistic relates it to the host forest, which county reports rarely carry).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Forestry {

struct PestReport
{
    QString county;
    QString species; // 松材线虫病, 美国白蛾, 杨树蛀干害虫 …
    QDate reportedOn;
    double occurrenceHa = 0;               // 发生面积
    double disasterHa = 0;                 // 成灾面积
    double controlledHa = 0;               // 防治面积
    std::optional<double> pollutionFreeHa; // 无公害防治面积

    [[nodiscard]] std::optional<double> controlRate() const;       // 防治率
    [[nodiscard]] std::optional<double> pollutionFreeRate() const; // 无公害防治率
    // 成灾率 in ‰ of `forestAreaHa`.
    [[nodiscard]] std::optional<double> disasterPerMille(double forestAreaHa) const;
};

// A species spreading in a county: its 发生面积 grew by at least `growthRatio` since the report
// before, and is at least `minimumHa` — a few hectares doubling is a field check, not a warning.
struct PestRules
{
    double growthRatio = 0.20;
    double minimumHa = 100.0;
};

struct PestGrowth
{
    PestReport latest;
    PestReport previous;
    [[nodiscard]] double ratio() const; // (latest − previous) / previous; +∞ from nothing
};

// The latest report of each (county, species) against the one before it, for those that grew
// past the rules; by county, then species.
[[nodiscard]] QList<PestGrowth> spreadingPests(const QList<PestReport> &reports, const PestRules &rules = {});

} // namespace GovDesk::Forestry
