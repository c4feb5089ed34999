// WaterQuality: the class of a surface-water section under GB 3838-2002 《地表水环境质量标准》
// (Table 1, basic items), decided by the worst measured parameter, and which parameters decided.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Water {

enum class QualityClass { I = 1, II, III, IV, V, WorseThanV }; // Ⅰ … Ⅴ, 劣Ⅴ

enum class QualityParameter {
    DissolvedOxygen,   // 溶解氧 DO ≥
    PermanganateIndex, // 高锰酸盐指数 CODMn ≤
    Cod,               // 化学需氧量 COD ≤
    Bod5,              // 五日生化需氧量 BOD5 ≤
    AmmoniaNitrogen,   // 氨氮 NH3-N ≤
    TotalPhosphorus,   // 总磷 TP ≤ (rivers and lakes/reservoirs have their own limits)
    TotalNitrogen,     // 总氮 TN ≤ (lakes and reservoirs only)
};

// A section is a river's or a lake's/reservoir's: 总磷 has stricter limits in 湖、库 and 总氮
// counts only there.
enum class WaterBody { River, LakeOrReservoir };

struct QualityMeasurement
{
    QualityParameter parameter;
    double milligramsPerLitre = 0;
};

struct QualityVerdict
{
    QualityClass quality = QualityClass::I;
    // The parameters at that class: the ones a report names (e.g. 「主要污染指标：氨氮、总磷」).
    QList<QualityParameter> deciding;
};

class WaterQuality
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::WaterQuality)
public:
    // nullopt when nothing was measured that this standard classes (TN in a river, nothing at all).
    [[nodiscard]] static std::optional<QualityVerdict> classify(const QList<QualityMeasurement> &measured,
                                                                WaterBody body);
    // The class one parameter alone reaches.
    [[nodiscard]] static std::optional<QualityClass> classOf(const QualityMeasurement &measured,
                                                             WaterBody body);

    [[nodiscard]] static QString className(QualityClass quality);           // 「Ⅲ类」, 「劣Ⅴ类」
    [[nodiscard]] static QString parameterName(QualityParameter parameter); // 「氨氮」
};

} // namespace GovDesk::Water
