// WaterOverviewChart: the 水务 overview as ONE ECharts option — the stations by longitude/latitude,
// the rainfall per area, the reservoir gauges and the water-quality classes, each built by
// WaterCharts as a chart of its own, placed in a quadrant of a 2 × 2 layout (their titles, grids,
// axes, legends and series moved there). One option means one chart view: the overview loads the
// chart page and echarts.min.js once and starts one renderer, not four.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace GovDesk::Water {

class WaterOverviewChart
{
public:
    enum Quadrant { Stations, Rainfall, Reservoirs, Quality };

    [[nodiscard]] static QJsonObject compose(const QJsonObject &stations, const QJsonObject &rainfall,
                                             const QJsonObject &reservoirs, const QJsonObject &quality);

    // The value a click on a station's point carries ([lon, lat, stcd]): its code; empty for a
    // click anywhere else (a bar, a gauge, a slice of the pie).
    [[nodiscard]] static QString clickedStation(const QJsonValue &value);
};

} // namespace GovDesk::Water
