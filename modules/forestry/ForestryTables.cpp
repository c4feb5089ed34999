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
)")}};
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

namespace {
DatasetStatus statusFrom(const Core::Statement &row)
{
    return {.datasetId = row.text(0),
            .kind = row.text(1),
            .title = row.text(2),
            .fileName = row.text(3),
            .sha256 = row.text(4),
            .state = DatasetState(row.int32(5)),
            .rows = row.int64(6),
            .problems = row.int64(7),
            .message = row.text(8),
            .updatedAt = QDateTime::fromString(row.text(9), Qt::ISODateWithMs)};
}
const QString StatusColumns = QStringLiteral(
    "dataset_id, kind, title, file_name, sha256, state, rows, problems, message, updated_at");
} // namespace

Result<std::optional<DatasetStatus>> ForestryTables::status(const QString &datasetId) const
{
    auto statement = m_db.prepare(
        QStringLiteral("SELECT %1 FROM forestry_datasets WHERE dataset_id = ?1").arg(StatusColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, datasetId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<DatasetStatus>();
    return std::optional<DatasetStatus>(statusFrom(*statement));
}

Result<QList<DatasetStatus>> ForestryTables::statuses() const
{
    auto statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM forestry_datasets ORDER BY updated_at DESC, dataset_id")
                           .arg(StatusColumns));
    if (!statement)
        return std::unexpected(statement.error());
    QList<DatasetStatus> result;
    GD_TRY(statement->forEachRow([&result](const Core::Statement &row) { result.append(statusFrom(row)); }));
    return result;
}

Result<> ForestryTables::setStatus(const DatasetStatus &status)
{
    auto statement = m_db.prepare(
        QStringLiteral(
            "INSERT OR REPLACE INTO forestry_datasets (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            .arg(StatusColumns));
    if (!statement)
        return std::unexpected(statement.error());
    const QDateTime at = status.updatedAt.isValid() ? status.updatedAt : QDateTime::currentDateTimeUtc();
    statement->bind(1, status.datasetId).bind(2, notNull(status.kind)).bind(3, notNull(status.title));
    statement->bind(4, notNull(status.fileName))
        .bind(5, notNull(status.sha256))
        .bind(6, int(status.state))
        .bind(7, status.rows)
        .bind(8, status.problems);
    statement->bind(9, notNull(status.message)).bind(10, at.toUTC().toString(Qt::ISODateWithMs));
    return statement->exec();
}

Result<> ForestryTables::removeStatus(const QString &datasetId)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM forestry_datasets WHERE dataset_id = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    return statement->bind(1, datasetId).exec();
}

Result<QStringList> ForestryTables::waitingDatasets() const
{
    auto statement
        = m_db.prepare(QStringLiteral("SELECT dataset_id FROM forestry_datasets WHERE state = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, int(DatasetState::Waiting));
    QStringList ids;
    GD_TRY(statement->forEachRow([&ids](const Core::Statement &row) { ids.append(row.text(0)); }));
    return ids;
}

QString ForestryTables::stateName(DatasetState state)
{
    switch (state) {
    case DatasetState::Applied:
        //: 已导入
        return tr("Imported");
    case DatasetState::Waiting:
        //: 等待文件同步
        return tr("Waiting for the file");
    case DatasetState::Failed:
        //: 有错误，未导入
        return tr("Not imported: errors");
    }
    return {};
}

Result<> ForestryTables::clear()
{
    for (const char *table : Tables)
        GD_TRY(m_db.execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    GD_TRY(m_db.execute(QStringLiteral("DELETE FROM forestry_datasets")));
    return {};
}

} // namespace GovDesk::Forestry
