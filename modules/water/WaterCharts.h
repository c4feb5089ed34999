// WaterCharts: the ECharts options of the 水务 dashboard, built from query results — each series'
// data in one array (the bridge carries it in bulk), long series sampled by ECharts ('lttb',
// `large`), threshold lines (警戒/保证, 汛限/设计洪水位) as markLines.
#pragma once

#include "WaterQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace GovDesk::Water {

class WaterCharts
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterCharts)
public:
    // Stations by longitude and latitude, coloured by their worst warning (0 none … 3 危险).
    [[nodiscard]] static QJsonObject stationMap(const QList<WaterStation> &stations,
                                                const QHash<QString, int> &severityByStation);
    // A station's levels (or rain bars) over the range with its thresholds.
    [[nodiscard]] static QJsonObject stationSeries(const WaterStation &station, const Series &series);
    [[nodiscard]] static QJsonObject rainfallByArea(const QList<AreaRainfall> &areas);
    [[nodiscard]] static QJsonObject reservoirGauges(const QList<ReservoirState> &reservoirs);
    [[nodiscard]] static QJsonObject qualityClasses(const QMap<int, int> &classes);

    [[nodiscard]] static QString severityColour(int severity);
};

} // namespace GovDesk::Water
