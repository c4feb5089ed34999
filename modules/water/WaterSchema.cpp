#include "WaterSchema.h"

#include "WaterQuality.h"
#include "import/DatasetRows.h"
#include "store/Database.h"

#include <QDateTime>
#include <utility>

namespace GovDesk::Water {

using Core::ImportField;
using Core::ImportFieldType;

namespace {

// Plausible ranges: a value outside is a typing or unit error (1e9, a level in cm), not a flood.
constexpr double MinLevel = -100; // m; 85 高程 of coastal stations goes below zero
constexpr double MaxLevel = 6000;
constexpr double MaxFlow = 300000;        // m³/s, above any river's record
constexpr double MaxStorage = 100000;     // 10⁶ m³
constexpr double MaxRain = 1000;          // mm in one period
constexpr double MaxConcentration = 1000; // mg/L

ImportField text(QString key, QString label, QStringList headers, bool required = true)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .required = required,
            .headers = std::move(headers)};
}

ImportField number(QString key, QString label, double minimum, double maximum, QStringList headers,
                   bool required = false)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .type = ImportFieldType::Decimal,
            .required = required,
            .minimum = minimum,
            .maximum = maximum,
            .headers = std::move(headers)};
}

ImportField stationCode()
{
    ImportField field
        = text(QStringLiteral("STCD"), WaterSchema::tr("Station code"), // 测站编码
               {QStringLiteral("测站编码"), QStringLiteral("站码"), QStringLiteral("测站代码")});
    field.pattern = QStringLiteral("[A-Za-z0-9]{8}");
    //: Hint for a bad station code: 8位字母或数字
    field.patternHint = WaterSchema::tr("8 letters or digits");
    return field;
}

ImportField time()
{
    return {.key = QStringLiteral("TM"),
            //: 时间
            .label = WaterSchema::tr("Time"),
            .type = ImportFieldType::DateTime,
            .headers = {QStringLiteral("时间"), QStringLiteral("观测时间"), QStringLiteral("采样时间")}};
}

// The levels as a station's chart reads them, ~13 bytes a reading instead of the covering index's
// ~27: the row id is the reading's key (station × 2^33 + time + 2^32 — a small integer per station
// instead of the 8-character STCD every entry repeated; times from 1834 to 2242), and the level is
// kept in millimetres (SL 323 keeps Z to three decimals: exact) from the station's first level, so
// most take 2 bytes instead of an 8-byte REAL. A year of hourly levels is then ~30 leaf pages, each
// decrypted and HMAC-checked on a fresh connection, where the index took ~70 (docs/benchmarks.md,
// dashboard_query_ms). Triggers keep it in step with water_river and water_rsvr whatever writes them
// (a dataset applied, replaced or deleted); a station is a river or a reservoir station (STTP),
// never both at one time. No statement in the triggers may meet a conflict it resolves itself: the
// outer statement's OR REPLACE (the applier's move from the staging tables) would take its place,
// and a station's key would be replaced at every reading. The covering index water_river_level
// stays: the overview's latest levels of 200 stations read it (0.06 s; 0.18 s without it).
QString levelSeriesSql()
{
    QString sql = QStringLiteral(R"(
CREATE TABLE water_station_keys (
    station INTEGER PRIMARY KEY, stcd TEXT NOT NULL UNIQUE, base_mm INTEGER NOT NULL);
CREATE TABLE water_levels (reading INTEGER PRIMARY KEY, mm INTEGER NOT NULL);
)");
    // A level in whole millimetres: SQL of the value given.
    const auto mm = [](const QString &value) {
        return QStringLiteral("CAST(round(%1 * 1000) AS INTEGER)").arg(value);
    };
    for (const auto &[table, level] : {std::pair{"water_river", "z"}, std::pair{"water_rsvr", "rz"}}) {
        const QString t = QLatin1String(table);
        const QString column = QLatin1String(level);
        sql += QStringLiteral("INSERT INTO water_station_keys (stcd, base_mm) SELECT stcd, %2 FROM %1 r "
                              "WHERE stcd NOT IN (SELECT stcd FROM water_station_keys) GROUP BY stcd;\n"
                              "INSERT OR REPLACE INTO water_levels SELECT %3, %4 - base_mm FROM %1 r "
                              "JOIN water_station_keys USING (stcd);\n")
                   .arg(t, mm(QStringLiteral("min(r.%1)").arg(column)),
                        WaterSchema::levelReading(QStringLiteral("station"), QStringLiteral("r.tm")),
                        mm(QStringLiteral("r.") + column));
        const QString add
            = QStringLiteral(
                  "INSERT INTO water_station_keys (stcd, base_mm) SELECT NEW.stcd, %1 WHERE NOT EXISTS "
                  "(SELECT 1 FROM water_station_keys WHERE stcd = NEW.stcd);\n"
                  "INSERT OR REPLACE INTO water_levels SELECT %2, %1 - base_mm FROM water_station_keys "
                  "WHERE stcd = NEW.stcd;\n")
                  .arg(mm(QStringLiteral("NEW.") + column),
                       WaterSchema::levelReading(QStringLiteral("station"), QStringLiteral("NEW.tm")));
        const QString remove
            = QStringLiteral("DELETE FROM water_levels WHERE reading = "
                             "(SELECT %1 FROM water_station_keys WHERE stcd = OLD.stcd);\n")
                  .arg(WaterSchema::levelReading(QStringLiteral("station"), QStringLiteral("OLD.tm")));
        sql += QStringLiteral(
                   "CREATE TRIGGER %1_level_added AFTER INSERT ON %1 BEGIN\n%2END;\n"
                   "CREATE TRIGGER %1_level_removed AFTER DELETE ON %1 BEGIN\n%3END;\n"
                   "CREATE TRIGGER %1_level_changed AFTER UPDATE OF stcd, tm, %4 ON %1 BEGIN\n%3%2END;\n")
                   .arg(t, add, remove, column);
    }
    return sql;
}

QString migrationSql()
{
    // Times are seconds since the epoch (UTC); the primary keys (station, time) are what the
    // dashboards read by: a station's latest row and a range of one station are index seeks.
    return QStringLiteral(R"(
CREATE TABLE water_stations (
    stcd TEXT PRIMARY KEY, stnm TEXT NOT NULL, sttp TEXT NOT NULL, rvnm TEXT, hnnm TEXT, bsnm TEXT,
    lgtd REAL NOT NULL, lttd REAL NOT NULL, stlc TEXT, addvcd TEXT NOT NULL, dstrvm REAL,
    wrz REAL, grz REAL, fsltdz REAL, dsflz REAL, dataset_id TEXT NOT NULL);
CREATE INDEX water_stations_dataset ON water_stations(dataset_id);
CREATE TABLE water_pptn (
    stcd TEXT NOT NULL, tm INTEGER NOT NULL, drp REAL NOT NULL, intv REAL, dyp REAL, wth TEXT,
    dataset_id TEXT NOT NULL, PRIMARY KEY (stcd, tm)) WITHOUT ROWID;
CREATE INDEX water_pptn_time ON water_pptn(tm);
CREATE INDEX water_pptn_dataset ON water_pptn(dataset_id);
CREATE TABLE water_river (
    stcd TEXT NOT NULL, tm INTEGER NOT NULL, z REAL NOT NULL, q REAL, xsa REAL, xsavv REAL,
    flwchrcd TEXT, wptn TEXT, dataset_id TEXT NOT NULL, PRIMARY KEY (stcd, tm)) WITHOUT ROWID;
CREATE INDEX water_river_dataset ON water_river(dataset_id);
CREATE TABLE water_rsvr (
    stcd TEXT NOT NULL, tm INTEGER NOT NULL, rz REAL NOT NULL, inq REAL, w REAL, otq REAL,
    rwchrcd TEXT, rwptn TEXT, dataset_id TEXT NOT NULL, PRIMARY KEY (stcd, tm)) WITHOUT ROWID;
CREATE INDEX water_rsvr_dataset ON water_rsvr(dataset_id);
CREATE TABLE water_quality (
    stcd TEXT NOT NULL, tm INTEGER NOT NULL, wbtp TEXT, dox REAL, codmn REAL, cod REAL, bod5 REAL,
    nh3n REAL, tp REAL, tn REAL, class INTEGER, dataset_id TEXT NOT NULL,
    PRIMARY KEY (stcd, tm)) WITHOUT ROWID;
CREATE INDEX water_quality_dataset ON water_quality(dataset_id);
CREATE TABLE water_datasets (
    record_id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, file_name TEXT, sha256 TEXT,
    state TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0, problem_count INTEGER NOT NULL DEFAULT 0,
    problems TEXT, applied_at INTEGER, loaded_at TEXT);
CREATE TABLE water_warnings (
    key TEXT PRIMARY KEY, kind INTEGER NOT NULL, severity INTEGER NOT NULL, stcd TEXT NOT NULL,
    stnm TEXT, river TEXT, tm INTEGER, value REAL, threshold REAL, causes TEXT, reason TEXT NOT NULL,
    rank INTEGER NOT NULL,
    first_seen INTEGER NOT NULL);
)");
}

QString columnsOf(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Stations:
        return QStringLiteral(
            "stcd, stnm, sttp, rvnm, hnnm, bsnm, lgtd, lttd, stlc, addvcd, addvnm, dstrvm, wrz, grz, "
            "fsltdz, dsflz");
    case DatasetKind::Rainfall:
        return QStringLiteral("stcd, tm, drp, intv, dyp, wth");
    case DatasetKind::River:
        return QStringLiteral("stcd, tm, z, q, xsa, xsavv, flwchrcd, wptn");
    case DatasetKind::Reservoir:
        return QStringLiteral("stcd, tm, rz, inq, w, otq, rwchrcd, rwptn");
    case DatasetKind::Quality:
        return QStringLiteral("stcd, tm, wbtp, dox, codmn, cod, bod5, nh3n, tp, tn, class");
    }
    return {};
}

// GB 3838 class of a sample row (schema order: STCD, TM, WBTP, DOX … TN).
std::optional<QualityClass> sampleClass(const QVariantList &values)
{
    static const QualityParameter parameters[] = {QualityParameter::DissolvedOxygen,
                                                  QualityParameter::PermanganateIndex,
                                                  QualityParameter::Cod,
                                                  QualityParameter::Bod5,
                                                  QualityParameter::AmmoniaNitrogen,
                                                  QualityParameter::TotalPhosphorus,
                                                  QualityParameter::TotalNitrogen};
    QList<QualityMeasurement> measured;
    for (int i = 0; i < 7; ++i) {
        if (!values.at(3 + i).isNull())
            measured.append({parameters[i], values.at(3 + i).toDouble()});
    }
    const QString body = values.at(2).toString();
    const bool lake
        = body == QLatin1String("湖库") || body.compare(QLatin1String("L"), Qt::CaseInsensitive) == 0;
    auto verdict = WaterQuality::classify(measured, lake ? WaterBody::LakeOrReservoir : WaterBody::River);
    if (!verdict)
        return std::nullopt;
    return verdict->quality;
}

} // namespace

QList<Core::Migration> WaterSchema::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("water stations, readings, datasets, warnings"),
             .sql = migrationSql()},
            // The area's name beside its code, for the rainfall per area (面雨量) chart's labels.
            {.version = 2,
             .description = QStringLiteral("water stations: administrative area name"),
             .sql = QStringLiteral("ALTER TABLE water_stations ADD COLUMN addvnm TEXT;")},
            // Statuses moved to the core's core_datasets (Core::DatasetApplier).
            {.version = 3,
             .description = QStringLiteral("dataset statuses kept by the core"),
             .sql = QStringLiteral("DROP TABLE water_datasets;")},
            // A reading row carries every column and its dataset's 36-character id (~70 bytes): a
            // station's year of hourly levels filled ~150 leaf pages, each decrypted on a fresh
            // connection. These indexes hold what the series, the stations' latest values and the
            // rain sums read (~27 bytes a row), so those are index-only reads of about a third of
            // the pages. CREATE INDEX fills them from the rows a profile already has.
            {.version = 4,
             .description = QStringLiteral("water readings: covering indexes of the series"),
             .sql = QStringLiteral("CREATE INDEX water_river_level ON water_river(stcd, tm, z);\n"
                                   "CREATE INDEX water_rsvr_level ON water_rsvr(stcd, tm, rz, w);\n"
                                   "CREATE INDEX water_pptn_rain ON water_pptn(stcd, tm, drp);")},
            {.version = 5,
             .description = QStringLiteral("water levels: a narrow series table"),
             .sql = levelSeriesSql()}};
}

QString WaterSchema::levelReading(const QString &station, const QString &time)
{
    return QStringLiteral("(%1 * 8589934592 + %2 + 4294967296)").arg(station, time);
}

QList<DatasetKind> WaterSchema::kinds()
{
    return {DatasetKind::Stations, DatasetKind::Rainfall, DatasetKind::River, DatasetKind::Reservoir,
            DatasetKind::Quality};
}

QString WaterSchema::kindCode(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Stations:
        return QStringLiteral("ST_STBPRP_B");
    case DatasetKind::Rainfall:
        return QStringLiteral("ST_PPTN_R");
    case DatasetKind::River:
        return QStringLiteral("ST_RIVER_R");
    case DatasetKind::Reservoir:
        return QStringLiteral("ST_RSVR_R");
    case DatasetKind::Quality:
        return QStringLiteral("WQ_SAMPLE");
    }
    return {};
}

std::optional<DatasetKind> WaterSchema::kindFromCode(const QString &code)
{
    for (DatasetKind kind : kinds()) {
        if (kindCode(kind).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString WaterSchema::kindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Stations:
        //: 测站基本属性 (ST_STBPRP_B)
        return tr("Stations (ST_STBPRP_B)");
    case DatasetKind::Rainfall:
        //: 降水量 (ST_PPTN_R)
        return tr("Rainfall (ST_PPTN_R)");
    case DatasetKind::River:
        //: 河道水情 (ST_RIVER_R)
        return tr("River levels and flows (ST_RIVER_R)");
    case DatasetKind::Reservoir:
        //: 水库水情 (ST_RSVR_R)
        return tr("Reservoirs (ST_RSVR_R)");
    case DatasetKind::Quality:
        //: 水质监测 (WQ_SAMPLE)
        return tr("Water quality samples (WQ_SAMPLE)");
    }
    return {};
}

QString WaterSchema::tableName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Stations:
        return QStringLiteral("water_stations");
    case DatasetKind::Rainfall:
        return QStringLiteral("water_pptn");
    case DatasetKind::River:
        return QStringLiteral("water_river");
    case DatasetKind::Reservoir:
        return QStringLiteral("water_rsvr");
    case DatasetKind::Quality:
        return QStringLiteral("water_quality");
    }
    return {};
}

Core::ImportSchema WaterSchema::importSchema(DatasetKind kind)
{
    Core::ImportSchema schema;
    switch (kind) {
    case DatasetKind::Stations: {
        ImportField type = text(QStringLiteral("STTP"), tr("Station type"), {QStringLiteral("站类")}); // 站类
        type.pattern = QStringLiteral("PP|ZQ|ZZ|RR");
        //: Hint for a bad station type: PP、ZQ、ZZ 或 RR
        type.patternHint = tr("PP, ZQ, ZZ or RR");
        ImportField area = text(QStringLiteral("ADDVCD"), tr("Administrative code"), // 行政区划码
                                {QStringLiteral("行政区划码"), QStringLiteral("行政区划代码")});
        area.pattern = QStringLiteral("[0-9]{6}");
        //: Hint for a bad administrative code: 6位数字
        area.patternHint = tr("6 digits");
        schema.fields = {
            stationCode(),
            text(QStringLiteral("STNM"), tr("Station name"),
                 {QStringLiteral("测站名称"), QStringLiteral("站名")}),
            type,
            text(QStringLiteral("RVNM"), tr("River"), {QStringLiteral("河流名称"), QStringLiteral("河名")},
                 false),
            text(QStringLiteral("HNNM"), tr("River system"), {QStringLiteral("水系名称")}, false),
            text(QStringLiteral("BSNM"), tr("Basin"), {QStringLiteral("流域名称")}, false),
            number(QStringLiteral("LGTD"), tr("Longitude"), 73, 136, {QStringLiteral("经度")}, true),
            number(QStringLiteral("LTTD"), tr("Latitude"), 3, 54, {QStringLiteral("纬度")}, true),
            text(QStringLiteral("STLC"), tr("Location"), {QStringLiteral("站址")}, false),
            area,
            // Not a column of ST_STBPRP_B (SL 323 keeps names in its 行政区划 dictionary), but the
            // provinces' exports and county spreadsheets usually carry it beside the code.
            //: 行政区划名称
            text(QStringLiteral("ADDVNM"), tr("Administrative area"),
                 {QStringLiteral("行政区划名称"), QStringLiteral("行政区划名"), QStringLiteral("行政区名称")},
                 false),
            number(QStringLiteral("DSTRVM"), tr("Distance to mouth (km)"), 0, 7000,
                   {QStringLiteral("至河口距离")}),
            number(QStringLiteral("WRZ"), tr("Warning level (m)"), MinLevel, MaxLevel,
                   {QStringLiteral("警戒水位")}),
            number(QStringLiteral("GRZ"), tr("Guaranteed level (m)"), MinLevel, MaxLevel,
                   {QStringLiteral("保证水位")}),
            number(QStringLiteral("FSLTDZ"), tr("Flood-season limit (m)"), MinLevel, MaxLevel,
                   {QStringLiteral("汛限水位")}),
            number(QStringLiteral("DSFLZ"), tr("Design flood level (m)"), MinLevel, MaxLevel,
                   {QStringLiteral("设计洪水位")}),
        };
        schema.keyFields = {QStringLiteral("STCD")};
        break;
    }
    case DatasetKind::Rainfall:
        schema.fields = {
            stationCode(),
            time(),
            number(QStringLiteral("DRP"), tr("Rainfall (mm)"), 0, MaxRain,
                   {QStringLiteral("时段降水量"), QStringLiteral("降水量")}, true),
            number(QStringLiteral("INTV"), tr("Period (h)"), 0.01, 24, {QStringLiteral("时段长")}),
            number(QStringLiteral("DYP"), tr("Daily rainfall (mm)"), 0, MaxRain * 2,
                   {QStringLiteral("日降水量")}),
            text(QStringLiteral("WTH"), tr("Weather"), {QStringLiteral("天气状况")}, false),
        };
        schema.keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")};
        break;
    case DatasetKind::River:
        schema.fields = {
            stationCode(),
            time(),
            number(QStringLiteral("Z"), tr("Water level (m)"), MinLevel, MaxLevel, {QStringLiteral("水位")},
                   true),
            number(QStringLiteral("Q"), tr("Flow (m³/s)"), 0, MaxFlow, {QStringLiteral("流量")}),
            number(QStringLiteral("XSA"), tr("Cross-section area (m²)"), 0, 1e6,
                   {QStringLiteral("断面过水面积")}),
            number(QStringLiteral("XSAVV"), tr("Mean velocity (m/s)"), 0, 50,
                   {QStringLiteral("断面平均流速")}),
            text(QStringLiteral("FLWCHRCD"), tr("Flow code"), {QStringLiteral("河水特征码")}, false),
            text(QStringLiteral("WPTN"), tr("Trend"), {QStringLiteral("水势")}, false),
        };
        schema.keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")};
        break;
    case DatasetKind::Reservoir:
        schema.fields = {
            stationCode(),
            time(),
            number(QStringLiteral("RZ"), tr("Reservoir level (m)"), MinLevel, MaxLevel,
                   {QStringLiteral("库上水位")}, true),
            number(QStringLiteral("INQ"), tr("Inflow (m³/s)"), 0, MaxFlow, {QStringLiteral("入库流量")}),
            number(QStringLiteral("W"), tr("Storage (10⁶ m³)"), 0, MaxStorage, {QStringLiteral("蓄水量")}),
            number(QStringLiteral("OTQ"), tr("Outflow (m³/s)"), 0, MaxFlow, {QStringLiteral("出库流量")}),
            text(QStringLiteral("RWCHRCD"), tr("Reservoir code"), {QStringLiteral("库水特征码")}, false),
            text(QStringLiteral("RWPTN"), tr("Trend"), {QStringLiteral("库水水势")}, false),
        };
        schema.keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")};
        break;
    case DatasetKind::Quality: {
        ImportField body
            = text(QStringLiteral("WBTP"), tr("Water body"), {QStringLiteral("水体类型")}, false);
        body.pattern = QStringLiteral("河流|湖库|R|L");
        //: Hint for a bad water body: 河流 或 湖库
        body.patternHint = tr("河流 or 湖库");
        schema.fields = {
            stationCode(),
            time(),
            body,
            number(QStringLiteral("DOX"), tr("Dissolved oxygen (mg/L)"), 0, 30,
                   {QStringLiteral("溶解氧"), QStringLiteral("DO")}),
            number(QStringLiteral("CODMN"), tr("Permanganate index (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("高锰酸盐指数")}),
            number(QStringLiteral("COD"), tr("COD (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("化学需氧量")}),
            number(QStringLiteral("BOD5"), tr("BOD5 (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("五日生化需氧量")}),
            number(QStringLiteral("NH3N"), tr("Ammonia nitrogen (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("氨氮"), QStringLiteral("NH3-N")}),
            number(QStringLiteral("TP"), tr("Total phosphorus (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("总磷")}),
            number(QStringLiteral("TN"), tr("Total nitrogen (mg/L)"), 0, MaxConcentration,
                   {QStringLiteral("总氮")}),
        };
        schema.keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")};
        break;
    }
    }
    return schema;
}

Core::Result<> WaterSchema::removeRows(Core::Database &db, const QString &datasetId)
{
    QStringList tables;
    for (DatasetKind kind : kinds())
        tables << tableName(kind);
    return Core::DatasetRows::remove(db, tables, datasetId);
}

RowWriter::RowWriter(Core::Database &db, DatasetKind kind, QString datasetId)
    : m_db(db)
    , m_kind(kind)
    , m_datasetId(std::move(datasetId))
    , m_sql(Core::DatasetRows::insertSql(WaterSchema::tableName(kind), columnsOf(kind)))
{
}

Core::Result<> RowWriter::write(const QVariantList &values)
{
    auto statement = m_db.prepareCached(m_sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (const QVariant &value : values)
        Core::DatasetRows::bindCell(*statement, index++, value);
    if (m_kind == DatasetKind::Quality) {
        if (auto quality = sampleClass(values))
            statement->bind(index, int(*quality));
        else
            statement->bindNull(index);
        ++index;
    }
    statement->bind(index, m_datasetId);
    return statement->exec();
}

} // namespace GovDesk::Water
