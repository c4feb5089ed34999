// CourtsSchema: the 审判 module's tables (migrations) and, for each kind of dataset file a
// case-management system exports, what the file must hold — the fields with their Chinese and
// English headers, every 案号 checked by CaseNumbers, the row checks a case or an event needs
// (结案日期 not before 立案日期, an event's 案号 among the cases) — and how one checked row is written.
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

namespace GovDesk::Courts {

// The tables a dataset may fill; the code is what a dataset record's "kind" says.
enum class DatasetKind {
    Cases, // CASES: one row per case (案号, dates, 审限, 结案方式, appeals, execution, usage facts)
    Events, // CASE_EVENTS: one row per step of a case entered in the system (节点, 发生日期, 录入日期)
    Courts, // COURTS: the directory of courts (法院代字, 法院名称), as CourtDirectory's JSON or CSV
};

inline constexpr char DatasetCollection[] = "courts.dataset";

class CourtsSchema
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtsSchema)
public:
    [[nodiscard]] static QList<Core::Migration> migrations();

    [[nodiscard]] static QList<DatasetKind> kinds();
    [[nodiscard]] static QString kindCode(DatasetKind kind); // "CASES"
    [[nodiscard]] static std::optional<DatasetKind> kindFromCode(const QString &code);
    [[nodiscard]] static QString kindName(DatasetKind kind); // 案件 (CASES)

    [[nodiscard]] static Core::ImportSchema importSchema(DatasetKind kind);
    [[nodiscard]] static QString tableName(DatasetKind kind); // "courts_cases"

    // An event row's 案号 must be a case already stored (on `db`, before the file is staged).
    [[nodiscard]] static Core::RowCheck references(Core::Database &db, DatasetKind kind);

    // Removes every row that `datasetId` brought, in every table.
    [[nodiscard]] static Core::Result<> removeRows(Core::Database &db, const QString &datasetId);

    // The stored codes of 结案方式 and 二审结果 (the Chinese words the exports use).
    [[nodiscard]] static QStringList closingWords(); // 判决 调解 撤诉 驳回 裁定 移送 终结 其他
    [[nodiscard]] static QStringList appealOutcomeWords(); // 维持 改判 发回重审 调撤
};

// Writes converted rows (TableImport's order) of one kind for one dataset, with one cached
// statement. A later dataset's row for the same key (案号; 案号, 节点 and 发生日期; 法院代字)
// replaces an earlier one.
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

} // namespace GovDesk::Courts
