// FloodWarnings: the duty officer's warning list from the stations' latest situation — rivers at
// 警戒 or 保证 水位, reservoirs over 汛限 or at 设计洪水位, rain of 暴雨 class and above over 1 h or
// 24 h, and the fused warning that joins a 暴雨 upstream with a level rising downstream on the
// same river — ranked by severity, each saying in words why it fired.
#pragma once

#include "RainfallClass.h"
#include "WaterStation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace GovDesk::Water {

enum class WarningSeverity { Attention = 1, Warning, Danger }; // 关注, 警戒, 危险

enum class WarningKind {
    RainUpstreamLevelRising, // 上游暴雨、下游水位上涨 (fused)
    RiverOverGuarantee,      // 超保证水位
    ReservoirAtDesignFlood,  // 达到设计洪水位
    RiverOverWarning,        // 超警戒水位
    ReservoirOverFloodLimit, // 超汛限水位
    Rainfall,                // 暴雨及以上
};

struct WarningRules
{
    int trendHours = 3;             // the level compared with the one this many hours before
    double risingTolerance = 0.05;  // m: less than this in `trendHours` is not a rise (gauge noise)
    double nearWarningMargin = 1.0; // m below 警戒 (or 汛限) where a rise under upstream rain warns
    RainClass rainFrom = RainClass::Storm; // the least class that warns (暴雨)
    RainScale oneHour = RainScale::oneHour();
    RainScale twentyFourHours = RainScale::twentyFourHours();
};

struct FloodWarning
{
    WarningKind kind = WarningKind::Rainfall;
    WarningSeverity severity = WarningSeverity::Attention;
    QString stcd; // the station it is about (downstream one for a fused warning)
    QString stnm;
    QString river;
    QDateTime at;
    double value = 0;     // level (m) or rain (mm)
    double threshold = 0; // the figure it crossed or nears
    QStringList causes;   // fused: the upstream stations whose rain fired it
    QString reason;       // one sentence, for the list, the to-do and search

    // Stable across evaluations while the situation lasts: the to-do and search key.
    [[nodiscard]] QString key() const;
};

class FloodWarnings
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::FloodWarnings)
public:
    [[nodiscard]] static QList<FloodWarning> evaluate(const QList<StationSituation> &situations,
                                                      const WarningRules &rules = {});

    [[nodiscard]] static QString kindName(WarningKind kind);
    [[nodiscard]] static QString severityName(WarningSeverity severity);

private:
    static void addLevelWarning(const StationSituation &situation, QList<FloodWarning> &warnings);
    static void addRainWarning(const StationSituation &situation, const WarningRules &rules,
                               QList<FloodWarning> &warnings);
    static void addFusedWarnings(const QList<StationSituation> &situations, const WarningRules &rules,
                                 QList<FloodWarning> &warnings);
};

} // namespace GovDesk::Water
