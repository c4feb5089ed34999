// WaterQueries: what the dashboards and the warnings read of the module's tables — in SQL on the
// (station, time) keys, so a year of hourly readings of 200 stations stays quick: the latest row
// of a station and a range of one station are index seeks, sums per area one grouped scan of the
// range. Read-only; any connection (the UI thread's, a worker's, a benchmark's plain one).
#pragma once

#include "FloodWarnings.h"
#include "Result.h"
#include "WaterStation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVector>
#include <optional>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Water {

// What a series chart plots: parallel arrays (seconds since the epoch, value), passed in bulk.
struct Series
{
    QVector<qint64> times;
    QVector<double> values;
};

enum class SeriesField {
    Level,    // Z of ST_RIVER_R or RZ of ST_RSVR_R (m)
    Flow,     // Q (m³/s) or INQ for a reservoir
    Storage,  // W (10⁶ m³)
    Rainfall, // DRP (mm)
};

// 面雨量 of one 行政区划 over a range.
struct AreaRainfall
{
    QString addvcd;
    QString addvnm;    // the area's name when the stations' file gives one
    int stations = 0;  // rain gauges of the area (a gauge without a reading in the range had none)
    int reporting = 0; // those of them with readings in the range
    double total = 0;  // mm: the gauges' totals added up
    double mean = 0;   // mm: the areal rainfall, the arithmetic mean of the gauges' totals

    // What a chart calls the area: its name, else its code.
    [[nodiscard]] QString label() const { return addvnm.isEmpty() ? addvcd : addvnm; }
};

struct ReservoirState
{
    WaterStation station;
    std::optional<double> level;   // RZ (m)
    std::optional<double> storage; // W (10⁶ m³)
    QDateTime at;
};

struct StoredWarning
{
    FloodWarning warning;
    QDateTime firstSeen;
};

class WaterQueries
{
public:
    explicit WaterQueries(Core::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Core::Result<QList<WaterStation>> stations() const;
    [[nodiscard]] Core::Result<std::optional<WaterStation>> station(const QString &stcd) const;
    // The latest reading of any kind: the "now" of the data (a dataset may end hours ago).
    [[nodiscard]] Core::Result<QDateTime> latestTime() const;
    // Every station's situation at `at`: latest level up to it, level trendHours before, rain of
    // the hour and of the 24 hours up to it.
    [[nodiscard]] Core::Result<QList<StationSituation>> situations(const QDateTime &at,
                                                                   int trendHours = 3) const;
    // One station's readings in [from, to], in time order.
    [[nodiscard]] Core::Result<Series> series(const QString &stcd, SeriesField field, const QDateTime &from,
                                              const QDateTime &to) const;
    // Areal rainfall (面雨量) per 行政区划 over (from, to], by code: each gauge's total of the
    // periods ending in the range, then their arithmetic mean over the area's gauges.
    [[nodiscard]] Core::Result<QList<AreaRainfall>> rainfallByArea(const QDateTime &from,
                                                                   const QDateTime &to) const;
    [[nodiscard]] Core::Result<QList<ReservoirState>> reservoirs(const QDateTime &at) const;
    // GB 3838 class (1–6) → sections whose latest sample in [from, to] has it.
    [[nodiscard]] Core::Result<QMap<int, int>> qualityClasses(const QDateTime &from,
                                                              const QDateTime &to) const;
    // The current warnings, most severe first (FloodWarnings' ranking).
    [[nodiscard]] Core::Result<QList<StoredWarning>> warnings() const;

private:
    [[nodiscard]] Core::Result<std::optional<std::pair<qint64, double>>>
    latestLevel(const WaterStation &station, qint64 atOrBefore) const;
    [[nodiscard]] Core::Result<std::optional<double>> rainSum(const QString &stcd, qint64 after,
                                                              qint64 upTo) const;

    Core::Database &m_db;
};

} // namespace GovDesk::Water
