#include "ForestryTables.h"

#include "Afforestation.h"
#include "ForestIndicators.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QDate>

namespace GovDesk::Forestry {

using Core::Result;

namespace {

constexpr const char *Tables[] = {"forestry_indicators", "forestry_afforestation", "forestry_fire_risk",
                                  "forestry_fire_incidents", "forestry_pests"};

QString dayText(const QVariant &value)
{
    return value.toDate().toString(Qt::ISODate);
}

// Statement binds a null QString as NULL; the columns want text, if empty.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindOptional(Core::Statement &statement, int index, const QVariant &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bind(index, value.toDouble());
}

} // namespace

QStringList ForestryTables::tableNames()
{
    QStringList names;
    for (const char *table : Tables)
        names.append(QLatin1String(table));
    return names;
}

QList<Core::Migration> ForestryTables::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("forestry datasets and their tables"),
             .sql = QStringLiteral(R"(
CREATE TABLE forestry_datasets (
    dataset_id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL, state INTEGER NOT NULL, rows INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
CREATE INDEX forestry_datasets_state ON forestry_datasets(state);
CREATE TABLE forestry_indicators (
    dataset_id TEXT NOT NULL, county TEXT NOT NULL, year INTEGER NOT NULL, land_ha REAL NOT NULL,
    forest_land_ha REAL NOT NULL, forest_ha REAL NOT NULL, stock_m3 REAL NOT NULL);
CREATE INDEX forestry_indicators_key ON forestry_indicators(county, year);
CREATE INDEX forestry_indicators_dataset ON forestry_indicators(dataset_id);
CREATE TABLE forestry_afforestation (
    dataset_id TEXT NOT NULL, county TEXT NOT NULL, year INTEGER NOT NULL, type INTEGER NOT NULL,
    planned_ha REAL NOT NULL, completed_ha REAL NOT NULL, season_start TEXT NOT NULL, season_end TEXT NOT NULL,
    reported_on TEXT NOT NULL, survival REAL);
CREATE INDEX forestry_afforestation_key ON forestry_afforestation(year, county, type);
CREATE INDEX forestry_afforestation_dataset ON forestry_afforestation(dataset_id);
CREATE TABLE forestry_fire_risk (
    dataset_id TEXT NOT NULL, county TEXT NOT NULL, area TEXT NOT NULL, day TEXT NOT NULL, level INTEGER NOT NULL);
CREATE INDEX forestry_fire_risk_day ON forestry_fire_risk(day, level);
CREATE INDEX forestry_fire_risk_key ON forestry_fire_risk(county, area, day);
CREATE INDEX forestry_fire_risk_dataset ON forestry_fire_risk(dataset_id);
CREATE TABLE forestry_fire_incidents (
    dataset_id TEXT NOT NULL, incident_id TEXT NOT NULL, county TEXT NOT NULL, place TEXT NOT NULL,
    started_at TEXT NOT NULL, cause TEXT NOT NULL, burned_ha REAL NOT NULL, damaged_ha REAL NOT NULL,
    deaths INTEGER NOT NULL, injuries INTEGER NOT NULL);
CREATE INDEX forestry_fire_incidents_time ON forestry_fire_incidents(started_at);
CREATE INDEX forestry_fire_incidents_dataset ON forestry_fire_incidents(dataset_id);
CREATE TABLE forestry_pests (
    dataset_id TEXT NOT NULL, county TEXT NOT NULL, species TEXT NOT NULL, reported_on TEXT NOT NULL,
    occurrence_ha REAL NOT NULL, disaster_ha REAL NOT NULL, controlled_ha REAL NOT NULL, pollution_free_ha REAL);
CREATE INDEX forestry_pests_key ON forestry_pests(county, species, reported_on);
CREATE INDEX forestry_pests_dataset ON forestry_pests(dataset_id);
CREATE TABLE forestry_warnings (
    warning_key TEXT PRIMARY KEY, kind INTEGER NOT NULL, severity INTEGER NOT NULL, county TEXT NOT NULL,
    subject TEXT NOT NULL, day TEXT NOT NULL, title TEXT NOT NULL, reason TEXT NOT NULL);
)")},
            // Statuses moved to the core's core_datasets (Core::DatasetApplier).
            {.version = 2,
             .description = QStringLiteral("dataset statuses kept by the core"),
             .sql = QStringLiteral("DROP TABLE forestry_datasets;")}};
}

Result<> ForestryTables::insert(DatasetKind kind, const QString &datasetId, QVariantList values)
{
    const qsizetype unitIndex = DatasetKinds::unitField(kind);
    if (unitIndex >= 0) {
        const AreaUnit unit = AreaUnits::parse(values.at(unitIndex).toString()).value_or(AreaUnit::Hectare);
        for (qsizetype index : DatasetKinds::areaFields(kind)) {
            if (!values.at(index).isNull())
                values[index] = toHectares(values.at(index).toDouble(), unit);
        }
    }
    const auto text = [&values](int i) {
        return notNull(values.at(i).toString());
    };
    const auto number = [&values](int i) {
        return values.at(i).toDouble();
    };
    switch (kind) {
    case DatasetKind::Indicators: {
        auto statement = m_db.prepareCached(
            QStringLiteral("INSERT INTO forestry_indicators VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, datasetId).bind(2, text(0)).bind(3, values.at(1).toLongLong()).bind(4, number(2));
        statement->bind(5, number(3)).bind(6, number(4)).bind(7, number(5));
        return statement->exec();
    }
    case DatasetKind::Afforestation: {
        auto statement = m_db.prepareCached(QStringLiteral(
            "INSERT INTO forestry_afforestation VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
        if (!statement)
            return std::unexpected(statement.error());
        const auto type = AfforestationTypes::parse(text(2));
        statement->bind(1, datasetId).bind(2, text(0)).bind(3, values.at(1).toLongLong());
        statement->bind(4, int(type.value_or(AfforestationType::Planting)))
            .bind(5, number(3))
            .bind(6, number(4));
        statement->bind(7, dayText(values.at(5)))
            .bind(8, dayText(values.at(6)))
            .bind(9, dayText(values.at(7)));
        bindOptional(*statement, 10, values.at(8).isNull() ? QVariant() : QVariant(number(8) / 100.0));
        return statement->exec();
    }
    case DatasetKind::FireRisk: {
        auto statement = m_db.prepareCached(
            QStringLiteral("INSERT INTO forestry_fire_risk VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, datasetId).bind(2, text(0)).bind(3, text(1)).bind(4, dayText(values.at(2)));
        statement->bind(5, values.at(3).toLongLong());
        return statement->exec();
    }
    case DatasetKind::FireIncidents: {
        auto statement = m_db.prepareCached(QStringLiteral(
            "INSERT INTO forestry_fire_incidents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, datasetId).bind(2, text(0)).bind(3, text(1)).bind(4, text(2));
        statement->bind(5, values.at(3).toDateTime().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
        statement->bind(6, text(4)).bind(7, number(5)).bind(8, number(6));
        statement->bind(9, values.at(7).toLongLong()).bind(10, values.at(8).toLongLong());
        return statement->exec();
    }
    case DatasetKind::Pests: {
        auto statement = m_db.prepareCached(
            QStringLiteral("INSERT INTO forestry_pests VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, datasetId).bind(2, text(0)).bind(3, text(1)).bind(4, dayText(values.at(2)));
        statement->bind(5, number(3)).bind(6, number(4)).bind(7, number(5));
        bindOptional(*statement, 8, values.at(6));
        return statement->exec();
    }
    }
    return {};
}

Result<> ForestryTables::removeRows(const QString &datasetId)
{
    for (const char *table : Tables) {
        auto statement
            = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE dataset_id = ?1").arg(QLatin1String(table)));
        if (!statement)
            return std::unexpected(statement.error());
        GD_TRY(statement->bind(1, datasetId).exec());
    }
    return {};
}

Result<std::optional<DatasetStatus>> ForestryTables::status(const QString &datasetId) const
{
    return Core::DatasetStatusStore(m_db, QStringLiteral("forestry")).status(datasetId);
}

Result<QList<DatasetStatus>> ForestryTables::statuses() const
{
    return Core::DatasetStatusStore(m_db, QStringLiteral("forestry")).statuses();
}

QString ForestryTables::stateName(DatasetState state)
{
    return Core::DatasetStatusStore::stateName(state);
}

Result<> ForestryTables::clear()
{
    for (const char *table : Tables)
        GD_TRY(m_db.execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    return {};
}

} // namespace GovDesk::Forestry
