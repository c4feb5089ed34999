// ForestryChartOptions: the ECharts options of the 林业 dashboards, built from the query results
// — all data in one option each (the bridge gets it in bulk, never point by point).
#pragma once

#include "Afforestation.h"
#include "ForestIndicators.h"
#include "ForestryQueries.h"
#include "PestMonitoring.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace GovDesk::Forestry {

class ForestryChartOptions
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryChartOptions)
public:
    // Per county: planned, completed and due by the report date (all types added up), in `unit`.
    [[nodiscard]] static QJsonObject afforestation(const QList<AfforestationTask> &tasks, AreaUnit unit);
    // A year of days: the highest level of any area (line) and the areas at 4–5 (bars), with
    // the 高火险 band; sampled with LTTB when zoomed out.
    [[nodiscard]] static QJsonObject fireRisk(const QList<DailyFireRisk> &days);
    // 发生面积 of each species, all counties added up, by report date (`county` empty: all).
    [[nodiscard]] static QJsonObject pestTrend(const QList<PestReport> &reports, AreaUnit unit,
                                               const QString &county = {});
};

} // namespace GovDesk::Forestry
