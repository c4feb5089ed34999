// ForestrySchemas: the tables a 林业 dataset may carry (its `kind`) and what each file must hold —
// the fields, their plausible ranges and the Chinese headers county spreadsheets use for them.
#pragma once

#include "import/ImportSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Forestry {

enum class DatasetKind {
    Indicators,    // 森林资源主要指标 (county, year)
    Afforestation, // 营造林计划与完成 (county, year, type)
    FireRisk,      // 森林火险等级 (county, area, day)
    FireIncidents, // 森林火灾 (火灾编号)
    Pests,         // 林业有害生物发生与防治 (county, species, date)
};

class DatasetKinds
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::DatasetKinds)
public:
    [[nodiscard]] static QList<DatasetKind> all();
    // The `kind` of a dataset record: "FOREST_INDICATOR", "AFFORESTATION", "FIRE_RISK",
    // "FIRE_INCIDENT", "PEST".
    [[nodiscard]] static QString code(DatasetKind kind);
    [[nodiscard]] static std::optional<DatasetKind> fromCode(const QString &code);
    [[nodiscard]] static QString name(DatasetKind kind); // translated 「森林火险等级」
    [[nodiscard]] static Core::ImportSchema schema(DatasetKind kind);
    // The schema's index of the optional 单位 field (公顷/亩) and of the area fields it scales;
    // -1 and empty when the kind has none.
    [[nodiscard]] static qsizetype unitField(DatasetKind kind);
    [[nodiscard]] static QList<qsizetype> areaFields(DatasetKind kind);
};

} // namespace GovDesk::Forestry
