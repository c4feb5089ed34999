#include "CourtsCharts.h"

#include <QJsonArray>

namespace GovDesk::Courts {

namespace {

QJsonValue figure(const std::optional<double> &value, int decimals)
{
    return value ? QJsonValue(CourtRanking::rounded(*value, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonObject title(const QString &text)
{
    return {{"text", text}, {"left", "center"}, {"textStyle", QJsonObject{{"fontSize", 14}}}};
}

} // namespace

QJsonObject CourtsCharts::rankingBars(const BulletinSection &section, const LevelRanking &level,
                                      const CourtDirectory &directory)
{
    const IndicatorDefinition &definition = section.definition;
    QJsonArray names;
    QJsonArray data;
    for (const RankedCourt &court : level.ranking.courts) {
        names.append(directory.nameOf(court.court));
        const QString colour = court.top                              ? QString::fromLatin1(Good)
                               : court.bottom || court.belowThreshold ? QString::fromLatin1(Bad)
                                                                      : QString::fromLatin1(Plain);
        data.append(QJsonObject{
            {"value", court.value}, {"code", court.court}, {"itemStyle", QJsonObject{{"color", colour}}}});
    }
    QJsonArray lines;
    if (section.province)
        lines.append(QJsonObject{
            {"xAxis", CourtRanking::rounded(*section.province, definition.ranking.decimals)},
            {"name", QStringLiteral("全省")},
            {"label", QJsonObject{{"formatter", QStringLiteral("全省 {c}")}, {"position", "start"}}}});
    if (section.threshold)
        lines.append(QJsonObject{
            {"xAxis", *section.threshold},
            {"name", QStringLiteral("达标线")},
            {"lineStyle", QJsonObject{{"color", QString::fromLatin1(Bad)}, {"type", "dashed"}}},
            {"label", QJsonObject{{"formatter", QStringLiteral("达标线 {c}")}, {"position", "start"}}}});
    QJsonObject series{{"type", "bar"},
                       {"name", definition.name},
                       {"data", data},
                       {"label", QJsonObject{{"show", true}, {"position", "right"}}}};
    if (!lines.isEmpty())
        series.insert(QStringLiteral("markLine"), QJsonObject{{"symbol", "none"}, {"data", lines}});
    return {{"title",
             title(QStringLiteral("%1%2排名").arg(CourtDirectory::levelName(level.level), definition.name))},
            {"tooltip", QJsonObject{{"trigger", "axis"}}},
            {"grid", QJsonObject{{"left", 180}, {"right", 60}, {"top", 56}, {"bottom", 30}}},
            {"xAxis", QJsonObject{{"type", "value"}, {"name", definition.unit}}},
            {"yAxis", QJsonObject{{"type", "category"}, {"inverse", true}, {"data", names}}},
            {"series", QJsonArray{series}}};
}

QJsonObject CourtsCharts::trend(const IndicatorDefinition &definition, const QList<TrendPoint> &points,
                                const CourtDirectory &directory, const QStringList &courts, bool yearToDate)
{
    const int decimals = definition.ranking.decimals;
    QJsonArray labels;
    QJsonArray province;
    for (const TrendPoint &point : points) {
        labels.append(point.period.label);
        province.append(figure(point.province, decimals));
    }
    QJsonArray series{QJsonObject{{"type", "line"},
                                  {"name", QStringLiteral("全省")},
                                  {"data", province},
                                  {"lineStyle", QJsonObject{{"width", 3}}},
                                  {"connectNulls", false}}};
    QJsonArray legend{QStringLiteral("全省")};
    for (const QString &code : courts) {
        QJsonArray values;
        for (const TrendPoint &point : points)
            values.append(figure(point.courts.value(code), decimals));
        const QString name = directory.nameOf(code);
        legend.append(name);
        series.append(QJsonObject{{"type", "line"}, {"name", name}, {"data", values}});
    }
    const QString name = yearToDate ? QStringLiteral("%1走势（年内累计）") : QStringLiteral("%1走势");
    return {{"title", title(name.arg(definition.name))},
            {"tooltip", QJsonObject{{"trigger", "axis"}}},
            {"legend", QJsonObject{{"top", 24}, {"data", legend}}},
            {"grid", QJsonObject{{"left", 60}, {"right", 30}, {"top", 64}, {"bottom", 40}}},
            {"xAxis", QJsonObject{{"type", "category"}, {"data", labels}}},
            {"yAxis", QJsonObject{{"type", "value"}, {"name", definition.unit}, {"scale", true}}},
            {"series", series}};
}

QJsonObject CourtsCharts::heatTable(const Bulletin &bulletin, CourtLevel level,
                                    const CourtDirectory &directory)
{
    QJsonArray indicators;
    QJsonArray courtNames;
    const QList<Court> courts = directory.atLevel(level);
    for (const Court &court : courts)
        courtNames.append(court.name);
    QJsonArray cells;
    for (qsizetype x = 0; x < bulletin.sections.size(); ++x) {
        const BulletinSection &section = bulletin.sections.at(x);
        indicators.append(section.definition.name);
        for (const LevelRanking &ranking : section.levels) {
            if (ranking.level != level)
                continue;
            const int ranked = int(ranking.ranking.courts.size());
            for (const RankedCourt &court : ranking.ranking.courts) {
                const qsizetype y = std::distance(
                    courts.cbegin(), std::find_if(courts.cbegin(), courts.cend(),
                                                  [&](const Court &c) { return c.code == court.court; }));
                // Standing: 1 for the best, 0 for the worst; alone, a court stands in the middle.
                const double standing = ranked > 1 ? double(ranked - court.rank) / (ranked - 1) : 0.5;
                cells.append(QJsonArray{int(x), int(y), CourtRanking::rounded(standing, 3),
                                        CourtBulletin::formatValue(section.definition, court.value),
                                        court.court});
            }
        }
    }
    return {
        {"title", title(QStringLiteral("%1指标一览").arg(CourtDirectory::levelName(level)))},
        {"tooltip", QJsonObject{{"position", "top"}}},
        {"grid", QJsonObject{{"left", 180}, {"right", 20}, {"top", 40}, {"bottom", 90}}},
        {"xAxis", QJsonObject{{"type", "category"},
                              {"data", indicators},
                              {"axisLabel", QJsonObject{{"rotate", 30}, {"interval", 0}}}}},
        // Every court named, not every other one: the table is read row by row.
        {"yAxis", QJsonObject{{"type", "category"},
                              {"inverse", true},
                              {"data", courtNames},
                              {"axisLabel", QJsonObject{{"interval", 0}}}}},
        {"visualMap",
         QJsonObject{{"min", 0},
                     {"max", 1},
                     {"dimension", 2},
                     {"show", false},
                     {"inRange", QJsonObject{{"color", QJsonArray{QString::fromLatin1(Bad), "#f5c242",
                                                                  QString::fromLatin1(Good)}}}}}},
        {"series", QJsonArray{QJsonObject{{"type", "heatmap"},
                                          {"data", cells},
                                          {"label", QJsonObject{{"show", true}, {"formatter", "{@[3]}"}}}}}}};
}

} // namespace GovDesk::Courts
