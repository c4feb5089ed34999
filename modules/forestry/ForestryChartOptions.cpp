#include "ForestryChartOptions.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace GovDesk::Forestry {

namespace {

double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonObject grid()
{
    return {{QStringLiteral("left"), 64},
            {QStringLiteral("right"), 32},
            {QStringLiteral("top"), 56},
            {QStringLiteral("bottom"), 48},
            {QStringLiteral("containLabel"), true}};
}

QJsonObject title(const QString &text)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("left"), QStringLiteral("center")},
            {QStringLiteral("textStyle"), QJsonObject{{QStringLiteral("fontSize"), 14}}}};
}

QJsonObject legend()
{
    return {{QStringLiteral("top"), 26}};
}

} // namespace

QJsonObject ForestryChartOptions::afforestation(const QList<AfforestationTask> &tasks, AreaUnit unit)
{
    QMap<QString, std::array<double, 3>> byCounty; // planned, completed, due
    for (const AfforestationTask &task : tasks) {
        auto &sums = byCounty[task.county];
        sums[0] += task.plannedHa;
        sums[1] += task.completedHa;
        sums[2] += task.expectedHa(task.reportedOn);
    }
    QJsonArray counties, planned, completed, due;
    for (auto it = byCounty.cbegin(); it != byCounty.cend(); ++it) {
        counties.append(it.key());
        planned.append(rounded(fromHectares(it.value()[0], unit)));
        completed.append(rounded(fromHectares(it.value()[1], unit)));
        due.append(rounded(fromHectares(it.value()[2], unit)));
    }
    const QString unitName = AreaUnits::name(unit);
    const auto bar = [](const QString &name, const QJsonArray &data, const QString &colour) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("bar")},
                           {QStringLiteral("data"), data},
                           {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), colour}}}};
    };
    return {
        //: 营造林进度（%1）
        {QStringLiteral("title"), title(tr("Afforestation against plan (%1)").arg(unitName))},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
        {QStringLiteral("legend"), legend()},
        {QStringLiteral("grid"), grid()},
        {QStringLiteral("xAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("category")},
                                              {QStringLiteral("data"), counties}}},
        {QStringLiteral("yAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}, {QStringLiteral("name"), unitName}}},
        {QStringLiteral("series"),
         QJsonArray{//: 计划任务
                    bar(tr("Planned"), planned, QStringLiteral("#9fb8a0")),
                    //: 按期应完成
                    bar(tr("Due by now"), due, QStringLiteral("#e0b04c")),
                    //: 已完成
                    bar(tr("Completed"), completed, QStringLiteral("#2f7d4f"))}},
    };
}

QJsonObject ForestryChartOptions::fireRisk(const QList<DailyFireRisk> &days)
{
    QJsonArray dates, highest, highAreas;
    for (const DailyFireRisk &day : days) {
        dates.append(day.day.toString(Qt::ISODate));
        highest.append(day.highestLevel);
        highAreas.append(day.highAreas);
    }
    const qsizetype count = days.size();
    // Open on the last 60 days; the slider shows the year.
    const double start = count > 60 ? 100.0 * double(count - 60) / double(count) : 0.0;
    return {
        //: 森林火险等级（每日最高）与高火险区域数
        {QStringLiteral("title"), title(tr("Daily highest fire danger and areas at level 4–5"))},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
        {QStringLiteral("legend"), legend()},
        {QStringLiteral("grid"), grid()},
        {QStringLiteral("dataZoom"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("slider")},
                                {QStringLiteral("start"), start},
                                {QStringLiteral("end"), 100}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("inside")}}}},
        {QStringLiteral("xAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("category")}, {QStringLiteral("data"), dates}}},
        {QStringLiteral("yAxis"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                                                         //: 火险等级
                                                         {QStringLiteral("name"), tr("Level")},
                                                         {QStringLiteral("min"), 1},
                                                         {QStringLiteral("max"), 5},
                                                         {QStringLiteral("interval"), 1}},
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                                                         //: 区域数
                                                         {QStringLiteral("name"), tr("Areas")},
                                                         {QStringLiteral("minInterval"), 1},
                                                         {QStringLiteral("splitLine"),
                                                          QJsonObject{{QStringLiteral("show"), false}}}}}},
        {QStringLiteral("series"),
         QJsonArray{QJsonObject{//: 高火险区域数
                                {QStringLiteral("name"), tr("Areas at level 4–5")},
                                {QStringLiteral("type"), QStringLiteral("bar")},
                                {QStringLiteral("yAxisIndex"), 1},
                                {QStringLiteral("large"), true},
                                {QStringLiteral("data"), highAreas},
                                {QStringLiteral("itemStyle"),
                                 QJsonObject{{QStringLiteral("color"), QStringLiteral("#f2a07b")}}}},
                    QJsonObject{
                        //: 最高火险等级
                        {QStringLiteral("name"), tr("Highest level")},
                        {QStringLiteral("type"), QStringLiteral("line")},
                        {QStringLiteral("step"), QStringLiteral("middle")},
                        {QStringLiteral("sampling"), QStringLiteral("lttb")},
                        {QStringLiteral("showSymbol"), false},
                        {QStringLiteral("data"), highest},
                        {QStringLiteral("itemStyle"),
                         QJsonObject{{QStringLiteral("color"), QStringLiteral("#c0392b")}}},
                        {QStringLiteral("markArea"),
                         QJsonObject{
                             {QStringLiteral("silent"), true},
                             {QStringLiteral("label"),
                              QJsonObject{{QStringLiteral("position"), QStringLiteral("insideTopLeft")},
                                          {QStringLiteral("color"), QStringLiteral("#c0392b")}}},
                             {QStringLiteral("itemStyle"),
                              QJsonObject{{QStringLiteral("color"), QStringLiteral("rgba(192,57,43,0.08)")}}},
                             {QStringLiteral("data"),
                              QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("yAxis"), 3.5},
                                                                //: 高火险
                                                                {QStringLiteral("name"), tr("High danger")}},
                                                    QJsonObject{{QStringLiteral("yAxis"), 5}}}}}}}}}},
    };
}

QJsonObject ForestryChartOptions::pestTrend(const QList<PestReport> &reports, AreaUnit unit,
                                            const QString &county)
{
    QMap<QString, QMap<QDate, double>> bySpecies;
    QMap<QDate, bool> dates;
    for (const PestReport &report : reports) {
        if (!county.isEmpty() && report.county != county)
            continue;
        bySpecies[report.species][report.reportedOn] += report.occurrenceHa;
        dates.insert(report.reportedOn, true);
    }
    QJsonArray axis;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        axis.append(it.key().toString(QStringLiteral("yyyy-MM-dd")));
    QJsonArray series;
    for (auto it = bySpecies.cbegin(); it != bySpecies.cend(); ++it) {
        QJsonArray data;
        for (auto day = dates.cbegin(); day != dates.cend(); ++day) {
            const auto value = it.value().constFind(day.key());
            data.append(value == it.value().cend() ? QJsonValue()
                                                   : QJsonValue(rounded(fromHectares(*value, unit))));
        }
        series.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                  {QStringLiteral("type"), QStringLiteral("line")},
                                  {QStringLiteral("smooth"), true},
                                  {QStringLiteral("sampling"), QStringLiteral("lttb")},
                                  {QStringLiteral("data"), data}});
    }
    const QString unitName = AreaUnits::name(unit);
    return {
        //: 林业有害生物发生面积（%1）
        {QStringLiteral("title"), title(tr("Forest pests: affected area (%1)").arg(unitName))},
        {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
        {QStringLiteral("legend"), legend()},
        {QStringLiteral("grid"), grid()},
        {QStringLiteral("xAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("category")}, {QStringLiteral("data"), axis}}},
        {QStringLiteral("yAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}, {QStringLiteral("name"), unitName}}},
        {QStringLiteral("series"), series},
    };
}

} // namespace GovDesk::Forestry
