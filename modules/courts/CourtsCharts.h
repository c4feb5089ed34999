// CourtsCharts: the ECharts options of the 审判 dashboard — a level's ranking as bars (前 marks in
// green, 后 and 未达标 in red, the province's figure and the threshold as lines), an indicator's
// trend for the province and chosen courts, and the heat table of courts × indicators coloured by
// each court's standing on each indicator. Bars and cells carry the court's 代字 for drill-down.
#pragma once

#include "CourtBulletin.h"
#include "CourtTrend.h"

#include <QJsonObject>

namespace GovDesk::Courts {

class CourtsCharts
{
public:
    static constexpr char Good[] = "#4caf50";
    static constexpr char Bad[] = "#d93b3b";
    static constexpr char Plain[] = "#5b8ff9";

    [[nodiscard]] static QJsonObject rankingBars(const BulletinSection &section, const LevelRanking &level,
                                                 const CourtDirectory &directory);
    // `yearToDate`: the points are 年内累计, and the title says so.
    [[nodiscard]] static QJsonObject trend(const IndicatorDefinition &definition,
                                           const QList<TrendPoint> &points, const CourtDirectory &directory,
                                           const QStringList &courts, bool yearToDate = false);
    // Cells: [indicator, court, standing 0–1 (1 best), figure as printed, 代字].
    [[nodiscard]] static QJsonObject heatTable(const Bulletin &bulletin, CourtLevel level,
                                               const CourtDirectory &directory);
};

} // namespace GovDesk::Courts
