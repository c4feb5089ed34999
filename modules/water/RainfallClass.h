// RainfallClass: the intensity class of an amount of rain. 24 h and 12 h amounts follow GB/T
// 28592-2012 《降水量等级》; the 1 h classes are the hydrological ones in use with 雨水情 data
// (小雨 ≤ 2.5, 中雨 2.6–8.0, 大雨 8.1–15.9, 暴雨 ≥ 16 mm), kept as data a province may change.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GovDesk::Water {

enum class RainClass {
    None,       // 无降水 (< 0.1 mm)
    Light,      // 小雨
    Moderate,   // 中雨
    Heavy,      // 大雨
    Storm,      // 暴雨
    HeavyStorm, // 大暴雨
    Torrential, // 特大暴雨
};

// Lower bounds (mm) of 小雨 … 特大暴雨 for one period; a class absent from a period is +∞.
struct RainScale
{
    int hours = 24;
    QList<double> lowerBounds; // 6 entries: Light, Moderate, Heavy, Storm, HeavyStorm, Torrential

    [[nodiscard]] static RainScale oneHour();
    [[nodiscard]] static RainScale twelveHours();
    [[nodiscard]] static RainScale twentyFourHours();

    [[nodiscard]] RainClass classify(double millimetres) const;
    // The least amount of the class, for a chart's threshold line; +∞ when the scale lacks it.
    [[nodiscard]] double lowerBound(RainClass rainClass) const;
};

class RainfallClass
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Water::RainfallClass)
public:
    [[nodiscard]] static QString name(RainClass rainClass); // 「暴雨」
};

} // namespace GovDesk::Water
