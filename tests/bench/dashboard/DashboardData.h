// DashboardData: dashboard_bench's water data — 200 fictional stations on ten rivers, a year of
// hourly readings (rain of every gauge, level and flow of river stations, level, inflow and storage
// of reservoirs) and monthly water-quality samples, written straight into the 水务 module's tables
// (WaterSchema's migrations) of any connection, so the encrypted profile and the plain baseline
// hold the same rows.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Bench {

struct DashboardDataSize
{
    int stations = 200;
    int days = 365;
    // Stations after the first `fullStations` get only `shortDays` (the quick run keeps the
    // 200-station overview and a year for the measured station, with fewer rows to write).
    int fullStations = 200;
    int shortDays = 14;
};

class DashboardData
{
public:
    // The measured station: a 水文站 (ZQ) with 警戒 and 保证 levels, a year of hourly levels.
    static const QString SeriesStation;

    // Fills the module's (already created) tables; the last reading is at `end` (on the hour).
    // Returns the number of readings written.
    [[nodiscard]] static Core::Result<qint64> write(Core::Database &db, const QDateTime &end,
                                                    const DashboardDataSize &size);
};

} // namespace GovDesk::Bench
