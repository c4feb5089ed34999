#include "WaterCharts.h"

#include "WaterQuality.h"

#include <QJsonArray>

namespace GovDesk::Water {

namespace {

QJsonObject title(const QString &text)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("left"), QStringLiteral("center")},
            {QStringLiteral("textStyle"), QJsonObject{{QStringLiteral("fontSize"), 14}}}};
}

QJsonObject markLine(const QString &name, double value, const QString &colour)
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("yAxis"), value},
        {QStringLiteral("lineStyle"),
         QJsonObject{{QStringLiteral("color"), colour}, {QStringLiteral("type"), QStringLiteral("dashed")}}},
        {QStringLiteral("label"),
         QJsonObject{{QStringLiteral("formatter"), QStringLiteral("%1 %2 m").arg(name).arg(value, 0, 'f', 2)},
                     {QStringLiteral("position"), QStringLiteral("insideEndTop")}}}};
}

} // namespace

QString WaterCharts::severityColour(int severity)
{
    switch (severity) {
    case 3:
        return QStringLiteral("#d93025"); // 危险
    case 2:
        return QStringLiteral("#f29900"); // 警戒
    case 1:
        return QStringLiteral("#f6c026"); // 关注
    default:
        return QStringLiteral("#1a73e8");
    }
}

QJsonObject WaterCharts::stationMap(const QList<WaterStation> &stations,
                                    const QHash<QString, int> &severityByStation)
{
    // One series per station type, so the legend filters them; colour per point by its warning.
    QHash<StationType, QJsonArray> byType;
    for (const WaterStation &station : stations) {
        const int severity = severityByStation.value(station.stcd);
        byType[station.sttp].append(QJsonObject{
            {QStringLiteral("name"), station.stnm},
            {QStringLiteral("value"), QJsonArray{station.lgtd, station.lttd, station.stcd}},
            {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), severityColour(severity)}}},
            {QStringLiteral("symbolSize"), severity > 0 ? 16 : 10}});
    }
    const QList<std::pair<StationType, QString>> types
        = {//: Station type in the chart legend: 雨量站
           {StationType::Rainfall, tr("Rain gauge")},
           //: 水文站
           {StationType::RiverHydrology, tr("Hydrological station")},
           //: 水位站
           {StationType::RiverLevel, tr("Level station")},
           //: 水库
           {StationType::Reservoir, tr("Reservoir")}};
    const QStringList symbols = {QStringLiteral("circle"), QStringLiteral("diamond"),
                                 QStringLiteral("triangle"), QStringLiteral("rect")};
    QJsonArray series;
    QJsonArray legend;
    for (int i = 0; i < types.size(); ++i) {
        legend.append(types[i].second);
        series.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("scatter")},
            {QStringLiteral("name"), types[i].second},
            {QStringLiteral("symbol"), symbols[i]},
            {QStringLiteral("data"), byType.value(types[i].first)},
            {QStringLiteral("label"), QJsonObject{{QStringLiteral("show"), true},
                                                  {QStringLiteral("formatter"), QStringLiteral("{b}")},
                                                  {QStringLiteral("position"), QStringLiteral("right")},
                                                  {QStringLiteral("fontSize"), 10}}}});
    }
    return {
        //: Chart title: 测站分布（经纬度）
        {QStringLiteral("title"), title(tr("Stations (longitude/latitude)"))},
        {QStringLiteral("animation"), false},
        {QStringLiteral("legend"),
         QJsonObject{{QStringLiteral("data"), legend}, {QStringLiteral("bottom"), 0}}},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("item")}}},
        {QStringLiteral("grid"), QJsonObject{{QStringLiteral("left"), 50},
                                             {QStringLiteral("right"), 30},
                                             {QStringLiteral("top"), 40},
                                             {QStringLiteral("bottom"), 50}}},
        {QStringLiteral("xAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                                              {QStringLiteral("scale"), true},
                                              //: Axis: 经度
                                              {QStringLiteral("name"), tr("Lon.")}}},
        {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                                              {QStringLiteral("scale"), true},
                                              //: Axis: 纬度
                                              {QStringLiteral("name"), tr("Lat.")}}},
        {QStringLiteral("series"), series},
    };
}

QJsonObject WaterCharts::stationSeries(const WaterStation &station, const Series &series)
{
    QJsonArray data;
    for (qsizetype i = 0; i < series.times.size(); ++i)
        data.append(QJsonArray{double(series.times[i]) * 1000.0, series.values[i]});
    const bool rain = station.sttp == StationType::Rainfall;
    QJsonObject line{{QStringLiteral("type"), rain ? QStringLiteral("bar") : QStringLiteral("line")},
                     //: Series name: 降水量 (mm) or 水位 (m)
                     {QStringLiteral("name"), rain ? tr("Rainfall (mm)") : tr("Level (m)")},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("showSymbol"), false},
                     {QStringLiteral("sampling"), QStringLiteral("lttb")},
                     {QStringLiteral("large"), true}};
    QJsonArray marks;
    if (station.sttp == StationType::Reservoir) {
        if (station.fsltdz)
            //: Threshold line: 汛限水位
            marks.append(markLine(tr("Flood-season limit"), *station.fsltdz, QStringLiteral("#f29900")));
        if (station.dsflz)
            //: Threshold line: 设计洪水位
            marks.append(markLine(tr("Design flood level"), *station.dsflz, QStringLiteral("#d93025")));
    } else if (!rain) {
        if (station.wrz)
            //: Threshold line: 警戒水位
            marks.append(markLine(tr("Warning level"), *station.wrz, QStringLiteral("#f29900")));
        if (station.grz)
            //: Threshold line: 保证水位
            marks.append(markLine(tr("Guaranteed level"), *station.grz, QStringLiteral("#d93025")));
    }
    // The axis reaches the threshold lines, which ECharts would otherwise leave off the chart.
    double top
        = series.values.isEmpty() ? 0 : *std::max_element(series.values.cbegin(), series.values.cend());
    for (const auto &mark : std::as_const(marks))
        top = std::max(top, mark.toObject().value(QLatin1String("yAxis")).toDouble());
    QJsonObject yAxis{{QStringLiteral("type"), QStringLiteral("value")}, {QStringLiteral("scale"), !rain}};
    if (!marks.isEmpty())
        yAxis.insert(QStringLiteral("max"), std::ceil(top + 0.5));
    if (!marks.isEmpty())
        line.insert(QStringLiteral("markLine"),
                    QJsonObject{{QStringLiteral("symbol"), QStringLiteral("none")},
                                {QStringLiteral("silent"), true},
                                {QStringLiteral("data"), marks}});
    return {
        {QStringLiteral("title"), title(QStringLiteral("%1 %2").arg(station.stnm, station.stcd))},
        {QStringLiteral("animation"), false},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
        {QStringLiteral("grid"), QJsonObject{{QStringLiteral("left"), 60},
                                             {QStringLiteral("right"), 40},
                                             {QStringLiteral("top"), 40},
                                             {QStringLiteral("bottom"), 60}}},
        {QStringLiteral("xAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("time")}}},
        {QStringLiteral("yAxis"), yAxis},
        {QStringLiteral("dataZoom"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("inside")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("slider")}}}},
        {QStringLiteral("series"), QJsonArray{line}},
    };
}

QJsonObject WaterCharts::rainfallByArea(const QList<AreaRainfall> &areas)
{
    QJsonArray names;
    QJsonArray values;
    for (const AreaRainfall &area : areas) {
        names.append(area.label());
        values.append(std::round(area.mean * 10) / 10);
    }
    return {
        //: Chart title: 各行政区面雨量 (mm)
        {QStringLiteral("title"), title(tr("Rainfall per area (mm)"))},
        {QStringLiteral("animation"), false},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
        {QStringLiteral("grid"), QJsonObject{{QStringLiteral("left"), 50},
                                             {QStringLiteral("right"), 20},
                                             {QStringLiteral("top"), 40},
                                             {QStringLiteral("bottom"), 30}}},
        {QStringLiteral("xAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("category")}, {QStringLiteral("data"), names}}},
        {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}}},
        {QStringLiteral("series"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("bar")},
             {QStringLiteral("data"), values},
             {QStringLiteral("label"), QJsonObject{{QStringLiteral("show"), true},
                                                   {QStringLiteral("position"), QStringLiteral("top")}}},
             {QStringLiteral("itemStyle"),
              QJsonObject{{QStringLiteral("color"), QStringLiteral("#1a73e8")}}}}}},
    };
}

QJsonObject WaterCharts::reservoirGauges(const QList<ReservoirState> &reservoirs)
{
    // Level between a floor under 汛限 and 设计洪水位: green to 汛限, orange to 设计, red beyond.
    QJsonArray series;
    const int count = int(reservoirs.size());
    for (int i = 0; i < count; ++i) {
        const ReservoirState &state = reservoirs[i];
        const double limit = state.station.fsltdz.value_or(state.level.value_or(0) + 2);
        const double design = state.station.dsflz.value_or(limit + 3);
        const double floor = std::floor(limit - (design - limit) * 2);
        const double span = std::max(design - floor, 0.1);
        const double centre = (i + 0.5) * 100.0 / std::max(count, 1);
        series.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("gauge")},
            {QStringLiteral("name"), state.station.stnm},
            {QStringLiteral("center"), QJsonArray{QStringLiteral("%1%").arg(centre), QStringLiteral("60%")}},
            {QStringLiteral("radius"), QStringLiteral("%1%").arg(std::min(45.0, 90.0 / std::max(count, 1)))},
            {QStringLiteral("min"), floor},
            {QStringLiteral("max"), design},
            {QStringLiteral("splitNumber"), 4},
            {QStringLiteral("axisLine"),
             QJsonObject{
                 {QStringLiteral("lineStyle"),
                  QJsonObject{{QStringLiteral("width"), 10},
                              {QStringLiteral("color"),
                               QJsonArray{QJsonArray{(limit - floor) / span, QStringLiteral("#34a853")},
                                          QJsonArray{0.97, QStringLiteral("#f29900")},
                                          QJsonArray{1, QStringLiteral("#d93025")}}}}}}},
            {QStringLiteral("axisLabel"), QJsonObject{{QStringLiteral("show"), false}}},
            {QStringLiteral("splitLine"), QJsonObject{{QStringLiteral("length"), 8}}},
            {QStringLiteral("pointer"), QJsonObject{{QStringLiteral("width"), 4}}},
            {QStringLiteral("title"),
             QJsonObject{{QStringLiteral("offsetCenter"), QJsonArray{0, QStringLiteral("105%")}},
                         {QStringLiteral("fontSize"), 13}}},
            {QStringLiteral("detail"),
             QJsonObject{
                 {QStringLiteral("fontSize"), 12},
                 {QStringLiteral("offsetCenter"), QJsonArray{0, QStringLiteral("55%")}},
                 {QStringLiteral("formatter"), state.storage
                                                   //: Gauge text: 库水位 m / 蓄水量 10⁶m³
                                                   ? tr("{value} m\n%1 10⁶m³").arg(*state.storage, 0, 'f', 1)
                                                   : QStringLiteral("{value} m")}}},
            {QStringLiteral("data"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), state.station.stnm},
                 {QStringLiteral("value"), std::round(state.level.value_or(floor) * 100) / 100}}}},
        });
    }
    return {
        //: Chart title: 水库水位与蓄水量
        {QStringLiteral("title"), title(tr("Reservoir levels and storage"))},
        {QStringLiteral("animation"), false},
        {QStringLiteral("series"), series},
    };
}

QJsonObject WaterCharts::qualityClasses(const QMap<int, int> &classes)
{
    static const QStringList colours
        = {QStringLiteral("#4285f4"), QStringLiteral("#34a853"), QStringLiteral("#a7c94b"),
           QStringLiteral("#fbbc04"), QStringLiteral("#f29900"), QStringLiteral("#d93025")};
    QJsonArray data;
    for (int quality = int(QualityClass::I); quality <= int(QualityClass::WorseThanV); ++quality) {
        if (!classes.contains(quality))
            continue;
        data.append(QJsonObject{
            {QStringLiteral("name"), WaterQuality::className(QualityClass(quality))},
            {QStringLiteral("value"), classes.value(quality)},
            {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), colours[quality - 1]}}}});
    }
    return {
        //: Chart title: 水质类别分布（断面数）
        {QStringLiteral("title"), title(tr("Water quality classes (sections)"))},
        {QStringLiteral("animation"), false},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("item")}}},
        {QStringLiteral("series"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("pie")},
                         {QStringLiteral("radius"), QJsonArray{QStringLiteral("35%"), QStringLiteral("65%")}},
                         {QStringLiteral("center"), QJsonArray{QStringLiteral("50%"), QStringLiteral("55%")}},
                         {QStringLiteral("label"),
                          QJsonObject{{QStringLiteral("formatter"), QStringLiteral("{b}: {c}")}}},
                         {QStringLiteral("data"), data}}}},
    };
}

} // namespace GovDesk::Water
