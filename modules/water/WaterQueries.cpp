#include "WaterQueries.h"

#include "WaterSchema.h"
#include "store/Database.h"

#include <QTimeZone>
#include <algorithm>

namespace GovDesk::Water {

namespace {

using Core::Result;

std::optional<double> optionalReal(const Core::Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.real(column);
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

constexpr char StationColumns[]
    = "stcd, stnm, sttp, rvnm, hnnm, bsnm, lgtd, lttd, stlc, addvcd, dstrvm, wrz, grz, "
      "fsltdz, dsflz, addvnm";

WaterStation stationOf(const Core::Statement &row)
{
    WaterStation station;
    station.stcd = row.text(0);
    station.stnm = row.text(1);
    station.sttp = stationTypeFromCode(row.text(2)).value_or(StationType::Rainfall);
    station.rvnm = row.text(3);
    station.hnnm = row.text(4);
    station.bsnm = row.text(5);
    station.lgtd = row.real(6);
    station.lttd = row.real(7);
    station.stlc = row.text(8);
    station.addvcd = row.text(9);
    station.dstrvm = optionalReal(row, 10);
    station.wrz = optionalReal(row, 11);
    station.grz = optionalReal(row, 12);
    station.fsltdz = optionalReal(row, 13);
    station.dsflz = optionalReal(row, 14);
    station.addvnm = row.text(15);
    return station;
}

} // namespace

Result<QList<WaterStation>> WaterQueries::stations() const
{
    auto statement
        = m_db.prepareCached(QStringLiteral("SELECT %1 FROM water_stations ORDER BY rvnm, dstrvm DESC, stcd")
                                 .arg(QLatin1String(StationColumns)));
    if (!statement)
        return std::unexpected(statement.error());
    QList<WaterStation> stations;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) { stations.append(stationOf(row)); }));
    return stations;
}

Result<std::optional<WaterStation>> WaterQueries::station(const QString &stcd) const
{
    auto statement = m_db.prepareCached(
        QStringLiteral("SELECT %1 FROM water_stations WHERE stcd = ?").arg(QLatin1String(StationColumns)));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, stcd);
    std::optional<WaterStation> found;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) { found = stationOf(row); }));
    return found;
}

Result<QDateTime> WaterQueries::latestTime() const
{
    auto latest = m_db.queryInt(QStringLiteral("SELECT max(coalesce((SELECT max(tm) FROM water_river), 0), "
                                               "coalesce((SELECT max(tm) FROM water_rsvr), 0), "
                                               "coalesce((SELECT max(tm) FROM water_pptn), 0))"));
    if (!latest)
        return std::unexpected(latest.error());
    return *latest > 0 ? fromSecs(*latest) : QDateTime();
}

Result<std::optional<std::pair<qint64, double>>> WaterQueries::latestLevel(const WaterStation &station,
                                                                           qint64 atOrBefore) const
{
    const bool reservoir = station.sttp == StationType::Reservoir;
    auto statement = m_db.prepareCached(
        reservoir ? QStringLiteral(
            "SELECT tm, rz FROM water_rsvr WHERE stcd = ? AND tm <= ? ORDER BY tm DESC LIMIT 1")
                  : QStringLiteral(
                      "SELECT tm, z FROM water_river WHERE stcd = ? AND tm <= ? ORDER BY tm DESC LIMIT 1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, station.stcd).bind(2, atOrBefore);
    std::optional<std::pair<qint64, double>> found;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        found = std::pair{row.int64(0), row.real(1)};
    }));
    return found;
}

Result<std::optional<double>> WaterQueries::rainSum(const QString &stcd, qint64 after, qint64 upTo) const
{
    auto statement = m_db.prepareCached(
        QStringLiteral("SELECT count(*), total(drp) FROM water_pptn WHERE stcd = ? AND tm > ? AND tm <= ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, stcd).bind(2, after).bind(3, upTo);
    std::optional<double> sum;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        if (row.int64(0) > 0)
            sum = row.real(1);
    }));
    return sum;
}

Result<QList<StationSituation>> WaterQueries::situations(const QDateTime &at, int trendHours) const
{
    auto all = stations();
    if (!all)
        return std::unexpected(all.error());
    const qint64 now = at.toSecsSinceEpoch();
    QList<StationSituation> situations;
    for (const WaterStation &station : std::as_const(*all)) {
        StationSituation situation{.station = station};
        if (station.measuresLevel()) {
            auto latest = latestLevel(station, now);
            if (!latest)
                return std::unexpected(latest.error());
            if (*latest) {
                situation.level = (*latest)->second;
                situation.levelAt = fromSecs((*latest)->first);
                auto before = latestLevel(station, (*latest)->first - qint64(trendHours) * 3600);
                if (!before)
                    return std::unexpected(before.error());
                if (*before && (*latest)->first - (*before)->first <= qint64(trendHours + 3) * 3600)
                    situation.levelBefore = (*before)->second;
            }
        }
        // Rain gauges are PP stations, but ZQ and RR stations often carry one too.
        auto hour = rainSum(station.stcd, now - 3600, now);
        auto day = rainSum(station.stcd, now - 24 * 3600, now);
        if (!hour || !day)
            return std::unexpected(!hour ? hour.error() : day.error());
        if (*day || station.sttp == StationType::Rainfall) {
            situation.rain1h = hour->value_or(0);
            situation.rain24h = day->value_or(0);
        }
        if (!situation.levelAt.isValid())
            situation.levelAt = at;
        situations.append(situation);
    }
    return situations;
}

Result<Series> WaterQueries::series(const QString &stcd, SeriesField field, const QDateTime &from,
                                    const QDateTime &to) const
{
    QString sql;
    switch (field) {
    case SeriesField::Level:
        // The narrow copy of both tables' levels, in millimetres (WaterSchema, migration 5).
        sql = QStringLiteral("SELECT l.reading - %1, (l.mm + k.base_mm) / 1000.0 "
                             "FROM water_station_keys k JOIN water_levels l ON l.reading BETWEEN %2 AND %3 "
                             "WHERE k.stcd = ?1 ORDER BY l.reading")
                  .arg(WaterSchema::levelReading(QStringLiteral("k.station"), QStringLiteral("0")),
                       WaterSchema::levelReading(QStringLiteral("k.station"), QStringLiteral("?2")),
                       WaterSchema::levelReading(QStringLiteral("k.station"), QStringLiteral("?3")));
        break;
    case SeriesField::Flow:
        sql = QStringLiteral(
            "SELECT tm, q FROM water_river WHERE stcd = ?1 AND tm BETWEEN ?2 AND ?3 AND q IS NOT NULL "
            "UNION ALL SELECT tm, inq FROM water_rsvr WHERE stcd = ?1 AND tm BETWEEN ?2 AND ?3 "
            "AND inq IS NOT NULL ORDER BY 1");
        break;
    case SeriesField::Storage:
        sql = QStringLiteral(
            "SELECT tm, w FROM water_rsvr WHERE stcd = ?1 AND tm BETWEEN ?2 AND ?3 AND w IS NOT NULL "
            "ORDER BY tm");
        break;
    case SeriesField::Rainfall:
        sql = QStringLiteral(
            "SELECT tm, drp FROM water_pptn WHERE stcd = ?1 AND tm BETWEEN ?2 AND ?3 ORDER BY tm");
        break;
    }
    auto statement = m_db.prepareCached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, stcd).bind(2, from.toSecsSinceEpoch()).bind(3, to.toSecsSinceEpoch());
    Series series;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        series.times.append(row.int64(0));
        series.values.append(row.real(1));
    }));
    return series;
}

Result<QList<AreaRainfall>> WaterQueries::rainfallByArea(const QDateTime &from, const QDateTime &to) const
{
    // Areal rainfall (面雨量) as the arithmetic mean of the area's gauges' totals; Thiessen
    // polygons or isohyets would weight the gauges by the area each stands for, which needs
    // boundaries this module does not have. The area's gauges are its PP stations and any other
    // station that has ever reported rain. A gauge without a reading in the range counts as 0 mm:
    // SL 323 databases store a period's rain only when it rained, so leaving it out of the mean
    // would inflate the area's figure. TM is the end of a reading's period: the range is (from, to],
    // so 24 h holds 24 hourly readings, as in the stations' 24 h rain.
    auto statement = m_db.prepareCached(
        QStringLiteral("SELECT s.addvcd, max(coalesce(s.addvnm, '')), count(*), count(r.stcd), total(r.mm) "
                       "FROM water_stations s LEFT JOIN (SELECT stcd, total(drp) AS mm FROM water_pptn "
                       "WHERE tm > ? AND tm <= ? GROUP BY stcd) r ON r.stcd = s.stcd "
                       "WHERE upper(trim(s.sttp)) = 'PP' OR r.stcd IS NOT NULL "
                       "OR EXISTS (SELECT 1 FROM water_pptn p WHERE p.stcd = s.stcd) "
                       "GROUP BY s.addvcd ORDER BY s.addvcd"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toSecsSinceEpoch()).bind(2, to.toSecsSinceEpoch());
    QList<AreaRainfall> areas;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        AreaRainfall area{.addvcd = row.text(0),
                          .addvnm = row.text(1),
                          .stations = row.int32(2),
                          .reporting = row.int32(3),
                          .total = row.real(4)};
        area.mean = area.stations > 0 ? area.total / area.stations : 0;
        areas.append(area);
    }));
    return areas;
}

Result<QList<ReservoirState>> WaterQueries::reservoirs(const QDateTime &at) const
{
    auto all = stations();
    if (!all)
        return std::unexpected(all.error());
    auto statement = m_db.prepareCached(QStringLiteral(
        "SELECT tm, rz, w FROM water_rsvr WHERE stcd = ? AND tm <= ? ORDER BY tm DESC LIMIT 1"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<ReservoirState> states;
    for (const WaterStation &station : std::as_const(*all)) {
        if (station.sttp != StationType::Reservoir)
            continue;
        ReservoirState state{.station = station};
        statement->reset();
        statement->bind(1, station.stcd).bind(2, at.toSecsSinceEpoch());
        GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
            state.at = fromSecs(row.int64(0));
            state.level = row.real(1);
            state.storage = optionalReal(row, 2);
        }));
        states.append(state);
    }
    return states;
}

Result<QMap<int, int>> WaterQueries::qualityClasses(const QDateTime &from, const QDateTime &to) const
{
    // The latest sample of each section in the range decides its class.
    auto statement = m_db.prepareCached(QStringLiteral(
        "SELECT q.class, count(*) FROM water_quality q JOIN (SELECT stcd, max(tm) AS tm FROM water_quality "
        "WHERE tm BETWEEN ? AND ? GROUP BY stcd) latest ON latest.stcd = q.stcd AND latest.tm = q.tm "
        "WHERE q.class IS NOT NULL GROUP BY q.class"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toSecsSinceEpoch()).bind(2, to.toSecsSinceEpoch());
    QMap<int, int> classes;
    GD_TRY(statement->forEachRow(
        [&](const Core::Statement &row) { classes.insert(row.int32(0), row.int32(1)); }));
    return classes;
}

Result<QList<StoredWarning>> WaterQueries::warnings() const
{
    auto statement = m_db.prepareCached(QStringLiteral(
        "SELECT kind, severity, stcd, stnm, river, tm, value, threshold, causes, reason, first_seen "
        "FROM water_warnings ORDER BY rank"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<StoredWarning> warnings;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        StoredWarning stored;
        FloodWarning &warning = stored.warning;
        warning.kind = WarningKind(row.int32(0));
        warning.severity = WarningSeverity(row.int32(1));
        warning.stcd = row.text(2);
        warning.stnm = row.text(3);
        warning.river = row.text(4);
        warning.at = fromSecs(row.int64(5));
        warning.value = row.real(6);
        warning.threshold = row.real(7);
        warning.causes = row.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
        warning.reason = row.text(9);
        stored.firstSeen = fromSecs(row.int64(10));
        warnings.append(stored);
    }));
    return warnings;
}

} // namespace GovDesk::Water
