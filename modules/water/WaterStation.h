// WaterStation and its readings: the tables of SL 323-2011 《实时雨水情数据库表结构与标识符》 that a
// county duty officer's dashboard reads, with SL 323's identifiers as field names (STCD, STNM …)
// so that a file exported from a provincial 雨水情 database maps onto them column by column.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace GovDesk::Water {

// STTP: the station types of ST_STBPRP_B this module reads.
enum class StationType {
    Rainfall,       // PP 雨量站
    RiverHydrology, // ZQ 河道水文站
    RiverLevel,     // ZZ 河道水位站
    Reservoir,      // RR 水库水文站
};

[[nodiscard]] std::optional<StationType> stationTypeFromCode(const QString &sttp);
[[nodiscard]] QString stationTypeCode(StationType type);

// ST_STBPRP_B 测站基本属性表, with the flood-control figures of ST_RVFCCH_B (河道站防洪指标: WRZ,
// GRZ) and ST_RSVRFCCH_B / ST_RSVRFSR_B (库站防洪指标, 汛限水位: FSLTDZ, DSFLZ) beside it.
struct WaterStation
{
    QString stcd; // 测站编码, 8 characters
    QString stnm; // 测站名称
    StationType sttp = StationType::Rainfall;
    QString rvnm;    // 河流名称
    QString hnnm;    // 水系名称
    QString bsnm;    // 流域名称
    double lgtd = 0; // 经度 (°)
    double lttd = 0; // 纬度 (°)
    QString stlc;    // 站址
    QString addvcd;  // 行政区划码, 6 digits (GB/T 2260)
    QString addvnm;  // 行政区划名称, when the file has it (else empty)
    // 至河口距离 (km): orders the stations of one river, upstream first (larger is further up).
    std::optional<double> dstrvm;
    std::optional<double> wrz;    // 警戒水位 (m)
    std::optional<double> grz;    // 保证水位 (m)
    std::optional<double> fsltdz; // 汛限水位 (m), reservoirs
    std::optional<double> dsflz;  // 设计洪水位 (m), reservoirs

    [[nodiscard]] bool measuresLevel() const { return sttp != StationType::Rainfall; }
};

// What the warnings read of one station at one moment: the latest level, the level some hours
// before it (the trend), and the rain of the last hour and the last 24 hours.
struct StationSituation
{
    WaterStation station;
    std::optional<double> level;       // Z (ST_RIVER_R) or RZ (ST_RSVR_R), the latest (m)
    QDateTime levelAt;                 // TM of that reading
    std::optional<double> levelBefore; // the same station's level `WarningRules::trendHours` before
    std::optional<double> rain1h;      // DRP summed over the last hour (mm)
    std::optional<double> rain24h;     // DRP summed over the last 24 hours (mm)

    // 水势 from the two levels: rising when the level gained more than `tolerance` metres.
    [[nodiscard]] bool isRising(double tolerance) const
    {
        return level && levelBefore && *level - *levelBefore > tolerance;
    }
};

} // namespace GovDesk::Water
