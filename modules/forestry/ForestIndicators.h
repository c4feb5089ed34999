// ForestIndicators: a county's forest resources in one year — 国土面积, 林地面积, 森林面积 and
// 森林蓄积量 — and what follows from them: 森林覆盖率, stock per hectare, the change on the year
// before. Areas are kept in 公顷 (ha); 亩 is what many county spreadsheets use (1 ha = 15 亩).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Forestry {

enum class AreaUnit { Hectare, Mu }; // 公顷, 亩

inline constexpr double MuPerHectare = 15.0;

[[nodiscard]] constexpr double toHectares(double value, AreaUnit unit)
{
    return unit == AreaUnit::Mu ? value / MuPerHectare : value;
}
[[nodiscard]] constexpr double fromHectares(double hectares, AreaUnit unit)
{
    return unit == AreaUnit::Mu ? hectares * MuPerHectare : hectares;
}

class AreaUnits
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::AreaUnits)
public:
    // 「公顷」, 「亩」, "ha", "mu" (case and spaces ignored); an empty text is 公顷.
    [[nodiscard]] static std::optional<AreaUnit> parse(const QString &text);
    [[nodiscard]] static QString name(AreaUnit unit);
};

struct CountyIndicators
{
    QString county; // 县（市、区）
    int year = 0;
    double landAreaHa = 0;       // 国土面积
    double forestLandAreaHa = 0; // 林地面积
    double forestAreaHa = 0;     // 森林面积 (incl. 国家特别规定灌木林)
    double stockM3 = 0;          // 森林蓄积量

    // 森林覆盖率 = 森林面积 / 国土面积, as a fraction (0.6342 = 63.42 %); 0 without a land area.
    [[nodiscard]] double coverage() const;
    // 每公顷蓄积 (m³/ha) of the forest; 0 without forest.
    [[nodiscard]] double stockPerHectare() const;
};

// The year-on-year change of one indicator: absent when either year is missing or the earlier
// value is 0 (a ratio of nothing means nothing).
struct YearOnYear
{
    double current = 0;
    double previous = 0;
    [[nodiscard]] double difference() const { return current - previous; }
    [[nodiscard]] std::optional<double> ratio() const; // (current − previous) / previous
};

class ForestIndicatorSeries
{
public:
    // `rows` of any counties and years, in any order.
    explicit ForestIndicatorSeries(QList<CountyIndicators> rows);

    [[nodiscard]] std::optional<CountyIndicators> find(const QString &county, int year) const;
    [[nodiscard]] int latestYear() const;       // 0 when empty
    [[nodiscard]] QStringList counties() const; // sorted
    // Every county's totals of one year added up; coverage() of the sum is the region's.
    [[nodiscard]] CountyIndicators total(int year) const;

    enum class Measure { ForestLandArea, ForestArea, Coverage, Stock };
    [[nodiscard]] static double value(const CountyIndicators &row, Measure measure);
    // `county` empty: the region's total.
    [[nodiscard]] std::optional<YearOnYear> change(const QString &county, int year, Measure measure) const;

private:
    QList<CountyIndicators> m_rows;
};

} // namespace GovDesk::Forestry
