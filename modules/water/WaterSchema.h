// WaterSchema: the module's tables (migrations) and, for each kind of dataset file, what the file
// must hold — SL 323 identifiers as field keys (STCD, TM, Z …), Chinese labels, the headers a
// provincial 雨水情 export uses — and how one checked row is written.
#pragma once

#include "Result.h"
#include "import/ImportSchema.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Water {

// The tables a dataset may fill; the code is what a dataset record's "kind" says.
enum class DatasetKind {
    Stations,  // ST_STBPRP_B 测站基本属性 (with 警戒/保证/汛限/设计洪水位)
    Rainfall,  // ST_PPTN_R 降水量
    River,     // ST_RIVER_R 河道水情
    Reservoir, // ST_RSVR_R 水库水情
    Quality,   // WQ_SAMPLE 水质监测 (GB 3838-2002 basic items per section and time)
};

inline constexpr char DatasetCollection[] = "water.dataset";

class WaterSchema
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterSchema)
public:
    [[nodiscard]] static QList<Core::Migration> migrations();
    // SQL of water_levels' row id for a station's key and a time, both SQL expressions: station ×
    // 2^33 + time + 2^32 (migration 5), one station's readings a range in time order.
    [[nodiscard]] static QString levelReading(const QString &station, const QString &time);

    [[nodiscard]] static QList<DatasetKind> kinds();
    [[nodiscard]] static QString kindCode(DatasetKind kind); // "ST_RIVER_R"
    [[nodiscard]] static std::optional<DatasetKind> kindFromCode(const QString &code);
    [[nodiscard]] static QString kindName(DatasetKind kind); // 河道水情 (ST_RIVER_R)

    [[nodiscard]] static Core::ImportSchema importSchema(DatasetKind kind);
    // The module's table of that kind ("water_river").
    [[nodiscard]] static QString tableName(DatasetKind kind);

    // Removes every row that `datasetId` brought, in every table.
    [[nodiscard]] static Core::Result<> removeRows(Core::Database &db, const QString &datasetId);
};

// Writes converted rows (TableImport's order) of one kind for one dataset, with one cached
// statement. A later dataset's row for the same key (station and time) replaces an earlier one.
class RowWriter
{
public:
    RowWriter(Core::Database &db, DatasetKind kind, QString datasetId);
    [[nodiscard]] Core::Result<> write(const QVariantList &values);

private:
    Core::Database &m_db;
    DatasetKind m_kind;
    QString m_datasetId;
    QString m_sql;
};

} // namespace GovDesk::Water
