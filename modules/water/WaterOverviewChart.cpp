#include "WaterOverviewChart.h"

#include <QJsonArray>

namespace GovDesk::Water {

namespace {

// A quadrant's top-left corner in percent of the chart; each quadrant is 50 % × 50 %.
struct Area
{
    double left;
    double top;
};

constexpr Area Areas[] = {{0, 0}, {50, 0}, {0, 50}, {50, 50}};

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value, 0, 'g', 4);
}

bool isPercent(const QJsonValue &value)
{
    return value.isString() && value.toString().endsWith(QLatin1Char('%'));
}

double percentOf(const QJsonValue &value)
{
    return value.toString().chopped(1).toDouble();
}

// A position in percent of the part's own chart ("60%") as percent of the whole chart.
QJsonValue placed(const QJsonValue &value, double origin)
{
    return isPercent(value) ? QJsonValue(percent(origin + percentOf(value) / 2)) : value;
}

// A radius: ECharts takes it relative to the smaller side, which a quadrant halves.
QJsonValue halved(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray both;
        for (const QJsonValue &each : value.toArray())
            both.append(halved(each));
        return both;
    }
    if (isPercent(value))
        return percent(percentOf(value) / 2);
    return value.isDouble() ? QJsonValue(value.toDouble() / 2) : value;
}

// The grid of a part in its quadrant, with room (in percent of the chart) for the title above,
// the axis labels left and below, and what else is below (the stations' legend).
QJsonObject grid(const Area &area, double left, double right, double top, double bottom)
{
    return {{QStringLiteral("left"), percent(area.left + left)},
            {QStringLiteral("right"), percent(100 - (area.left + 50) + right)},
            {QStringLiteral("top"), percent(area.top + top)},
            {QStringLiteral("bottom"), percent(100 - (area.top + 50) + bottom)}};
}

} // namespace

QJsonObject WaterOverviewChart::compose(const QJsonObject &stations, const QJsonObject &rainfall,
                                        const QJsonObject &reservoirs, const QJsonObject &quality)
{
    const QJsonObject parts[] = {stations, rainfall, reservoirs, quality};
    QJsonArray titles;
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        QJsonObject title = parts[quadrant].value(QLatin1String("title")).toObject();
        title.insert(QStringLiteral("left"), percent(Areas[quadrant].left + 25));
        title.insert(QStringLiteral("top"), percent(Areas[quadrant].top + 1));
        title.insert(QStringLiteral("textAlign"), QStringLiteral("center"));
        titles.append(title);
    }

    // The two cartesian parts: a grid each, their axes and series pointing at it.
    QJsonArray grids{grid(Areas[Stations], 5, 3, 7, 9), grid(Areas[Rainfall], 5, 2, 7, 4)};
    QJsonArray xAxes;
    QJsonArray yAxes;
    QJsonArray series;
    for (const Quadrant quadrant : {Stations, Rainfall}) {
        const int index = quadrant == Stations ? 0 : 1;
        for (auto [key, axes] :
             {std::pair{QLatin1String("xAxis"), &xAxes}, {QLatin1String("yAxis"), &yAxes}}) {
            QJsonObject axis = parts[quadrant].value(key).toObject();
            axis.insert(QStringLiteral("gridIndex"), index);
            axes->append(axis);
        }
        for (const QJsonValue &value : parts[quadrant].value(QLatin1String("series")).toArray()) {
            QJsonObject one = value.toObject();
            one.insert(QStringLiteral("xAxisIndex"), index);
            one.insert(QStringLiteral("yAxisIndex"), index);
            series.append(one);
        }
    }
    // Gauges and the pie place themselves by centre and radius.
    for (const Quadrant quadrant : {Reservoirs, Quality}) {
        const Area &area = Areas[quadrant];
        for (const QJsonValue &value : parts[quadrant].value(QLatin1String("series")).toArray()) {
            QJsonObject one = value.toObject();
            const QJsonArray centre = one.value(QLatin1String("center")).toArray();
            if (centre.size() == 2)
                one.insert(QStringLiteral("center"),
                           QJsonArray{placed(centre.at(0), area.left), placed(centre.at(1), area.top)});
            if (one.contains(QLatin1String("radius")))
                one.insert(QStringLiteral("radius"), halved(one.value(QLatin1String("radius"))));
            series.append(one);
        }
    }

    // The stations' legend (their types) under their grid; the pie labels its slices itself.
    QJsonObject legend = stations.value(QLatin1String("legend")).toObject();
    legend.remove(QStringLiteral("bottom"));
    legend.insert(QStringLiteral("left"), percent(Areas[Stations].left + 5));
    legend.insert(QStringLiteral("top"), percent(Areas[Stations].top + 45));

    return {
        {QStringLiteral("title"), titles},
        {QStringLiteral("animation"), false},
        {QStringLiteral("legend"), legend},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("item")}}},
        {QStringLiteral("grid"), grids},
        {QStringLiteral("xAxis"), xAxes},
        {QStringLiteral("yAxis"), yAxes},
        {QStringLiteral("series"), series},
    };
}

QString WaterOverviewChart::clickedStation(const QJsonValue &value)
{
    const QJsonArray point = value.toArray();
    return point.size() == 3 && point.at(2).isString() ? point.at(2).toString() : QString();
}

} // namespace GovDesk::Water
