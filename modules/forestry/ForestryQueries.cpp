#include "ForestryQueries.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace GovDesk::Forestry {

using Core::Result;

namespace {
QDate day(const Core::Statement &row, int column)
{
    return QDate::fromString(row.text(column), Qt::ISODate);
}
} // namespace

// SQLite takes the bare columns of a MAX() aggregate from the row holding the maximum: with
// MAX(rowid), each key's last-inserted row, i.e. the dataset applied last.

Result<QList<CountyIndicators>> ForestryQueries::indicators() const
{
    auto statement = m_db.prepare(QStringLiteral("SELECT county, year, land_ha, forest_land_ha, forest_ha, "
                                                 "stock_m3, MAX(rowid) FROM forestry_indicators "
                                                 "GROUP BY county, year ORDER BY county, year"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<CountyIndicators> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({.county = row.text(0),
                     .year = row.int32(1),
                     .landAreaHa = row.real(2),
                     .forestLandAreaHa = row.real(3),
                     .forestAreaHa = row.real(4),
                     .stockM3 = row.real(5)});
    }));
    return rows;
}

Result<QList<AfforestationTask>> ForestryQueries::afforestation(int year) const
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT county, year, type, planned_ha, completed_ha, season_start, season_end, reported_on, "
        "survival, "
        "MAX(rowid) FROM forestry_afforestation WHERE ?1 = 0 OR year = ?1 GROUP BY year, county, type "
        "ORDER BY year, county, type"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, year);
    QList<AfforestationTask> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        AfforestationTask task{.county = row.text(0),
                               .year = row.int32(1),
                               .type = AfforestationType(row.int32(2)),
                               .plannedHa = row.real(3),
                               .completedHa = row.real(4),
                               .seasonStart = day(row, 5),
                               .seasonEnd = day(row, 6),
                               .reportedOn = day(row, 7)};
        if (!row.isNull(8))
            task.survivalRate = row.real(8);
        rows.append(task);
    }));
    return rows;
}

Result<int> ForestryQueries::latestAfforestationYear() const
{
    auto year = m_db.queryInt(QStringLiteral("SELECT COALESCE(MAX(year), 0) FROM forestry_afforestation"));
    if (!year)
        return std::unexpected(year.error());
    return int(*year);
}

Result<QList<FireRiskDay>> ForestryQueries::latestFireRisk() const
{
    // The latest day of each area, then that day's last-applied level.
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT r.county, r.area, r.day, r.level, MAX(r.rowid) FROM forestry_fire_risk r "
        "JOIN (SELECT county, area, MAX(day) AS day FROM forestry_fire_risk GROUP BY county, area) latest "
        "ON latest.county = r.county AND latest.area = r.area AND latest.day = r.day "
        "GROUP BY r.county, r.area ORDER BY r.county, r.area"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<FireRiskDay> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({row.text(0), row.text(1), day(row, 2), row.int32(3)});
    }));
    return rows;
}

Result<QDate> ForestryQueries::latestFireRiskDay() const
{
    auto statement = m_db.prepare(QStringLiteral("SELECT MAX(day) FROM forestry_fire_risk"));
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && !statement->isNull(0) ? day(*statement, 0) : QDate();
}

Result<QList<FireRiskDay>> ForestryQueries::fireRisk(const QDate &from, const QDate &to) const
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT county, area, day, level, MAX(rowid) FROM forestry_fire_risk WHERE day BETWEEN ?1 AND ?2 "
        "GROUP BY day, county, area ORDER BY day, county, area"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<FireRiskDay> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({row.text(0), row.text(1), day(row, 2), row.int32(3)});
    }));
    return rows;
}

Result<QList<DailyFireRisk>> ForestryQueries::dailyFireRisk(const QDate &from, const QDate &to) const
{
    auto statement = m_db.prepare(
        QStringLiteral("SELECT day, MAX(level), SUM(level >= 4), COUNT(*) FROM ("
                       "  SELECT day, level, MAX(rowid) FROM forestry_fire_risk WHERE day BETWEEN ?1 AND ?2"
                       "  GROUP BY day, county, area) GROUP BY day ORDER BY day"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<DailyFireRisk> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({day(row, 0), row.int32(1), row.int32(2), row.int32(3)});
    }));
    return rows;
}

Result<QList<FireIncident>> ForestryQueries::fireIncidents(int year) const
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT incident_id, county, place, started_at, cause, burned_ha, damaged_ha, deaths, injuries, "
        "MAX(rowid) "
        "FROM forestry_fire_incidents WHERE ?1 = 0 OR substr(started_at, 1, 4) = printf('%04d', ?1) "
        "GROUP BY incident_id ORDER BY started_at DESC"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, year);
    QList<FireIncident> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({.id = row.text(0),
                     .county = row.text(1),
                     .place = row.text(2),
                     .startedAt = QDateTime::fromString(row.text(3), Qt::ISODate),
                     .cause = row.text(4),
                     .burnedHa = row.real(5),
                     .damagedForestHa = row.real(6),
                     .deaths = row.int32(7),
                     .seriousInjuries = row.int32(8)});
    }));
    return rows;
}

Result<QList<PestReport>> ForestryQueries::pests() const
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT county, species, reported_on, occurrence_ha, disaster_ha, controlled_ha, pollution_free_ha, "
        "MAX(rowid) FROM forestry_pests GROUP BY county, species, reported_on ORDER BY reported_on, county, "
        "species"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<PestReport> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        PestReport report{.county = row.text(0),
                          .species = row.text(1),
                          .reportedOn = day(row, 2),
                          .occurrenceHa = row.real(3),
                          .disasterHa = row.real(4),
                          .controlledHa = row.real(5)};
        if (!row.isNull(6))
            report.pollutionFreeHa = row.real(6);
        rows.append(report);
    }));
    return rows;
}

Result<QList<ForestryWarning>> ForestryQueries::warnings() const
{
    auto statement = m_db.prepare(
        QStringLiteral("SELECT kind, severity, county, subject, day, title, reason FROM forestry_warnings"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<ForestryWarning> rows;
    GD_TRY(statement->forEachRow([&rows](const Core::Statement &row) {
        rows.append({.kind = ForestryWarningKind(row.int32(0)),
                     .severity = ForestryWarningSeverity(row.int32(1)),
                     .county = row.text(2),
                     .subject = row.text(3),
                     .date = day(row, 4),
                     .title = row.text(5),
                     .reason = row.text(6)});
    }));
    ForestryWarnings::rank(rows);
    return rows;
}

} // namespace GovDesk::Forestry
