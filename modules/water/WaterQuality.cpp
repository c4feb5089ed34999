#include "WaterQuality.h"

#include <array>

namespace GovDesk::Water {

namespace {

using Limits = std::array<double, 5>; // the limit of classes Ⅰ … Ⅴ

// GB 3838-2002 Table 1 (mg/L). 溶解氧 is a floor; the others are ceilings.
constexpr Limits DissolvedOxygenFloor{7.5, 6, 5, 3, 2};
constexpr Limits PermanganateIndex{2, 4, 6, 10, 15};
constexpr Limits Cod{15, 15, 20, 30, 40};
constexpr Limits Bod5{3, 3, 4, 6, 10};
constexpr Limits AmmoniaNitrogen{0.15, 0.5, 1.0, 1.5, 2.0};
constexpr Limits PhosphorusRiver{0.02, 0.1, 0.2, 0.3, 0.4};
constexpr Limits PhosphorusLake{0.01, 0.025, 0.05, 0.1, 0.2};
constexpr Limits NitrogenLake{0.2, 0.5, 1.0, 1.5, 2.0};

QualityClass ceilingClass(const Limits &limits, double value)
{
    for (std::size_t i = 0; i < limits.size(); ++i) {
        if (value <= limits[i])
            return QualityClass(int(i) + 1);
    }
    return QualityClass::WorseThanV;
}

QualityClass floorClass(const Limits &limits, double value)
{
    for (std::size_t i = 0; i < limits.size(); ++i) {
        if (value >= limits[i])
            return QualityClass(int(i) + 1);
    }
    return QualityClass::WorseThanV;
}

} // namespace

std::optional<QualityClass> WaterQuality::classOf(const QualityMeasurement &measured, WaterBody body)
{
    const double value = measured.milligramsPerLitre;
    if (value < 0)
        return std::nullopt;
    switch (measured.parameter) {
    case QualityParameter::DissolvedOxygen:
        return floorClass(DissolvedOxygenFloor, value);
    case QualityParameter::PermanganateIndex:
        return ceilingClass(PermanganateIndex, value);
    case QualityParameter::Cod:
        return ceilingClass(Cod, value);
    case QualityParameter::Bod5:
        return ceilingClass(Bod5, value);
    case QualityParameter::AmmoniaNitrogen:
        return ceilingClass(AmmoniaNitrogen, value);
    case QualityParameter::TotalPhosphorus:
        return ceilingClass(body == WaterBody::River ? PhosphorusRiver : PhosphorusLake, value);
    case QualityParameter::TotalNitrogen:
        if (body == WaterBody::River)
            return std::nullopt; // 湖、库 only (Table 1, note to item 9)
        return ceilingClass(NitrogenLake, value);
    }
    return std::nullopt;
}

std::optional<QualityVerdict> WaterQuality::classify(const QList<QualityMeasurement> &measured,
                                                     WaterBody body)
{
    std::optional<QualityVerdict> verdict;
    for (const QualityMeasurement &measurement : measured) {
        const auto quality = classOf(measurement, body);
        if (!quality)
            continue;
        if (!verdict || *quality > verdict->quality)
            verdict = QualityVerdict{*quality, {}};
        if (*quality == verdict->quality && !verdict->deciding.contains(measurement.parameter))
            verdict->deciding.append(measurement.parameter);
    }
    return verdict;
}

QString WaterQuality::className(QualityClass quality)
{
    switch (quality) {
    case QualityClass::I:
        return tr("Class I");
    case QualityClass::II:
        return tr("Class II");
    case QualityClass::III:
        return tr("Class III");
    case QualityClass::IV:
        return tr("Class IV");
    case QualityClass::V:
        return tr("Class V");
    case QualityClass::WorseThanV:
        return tr("Worse than class V");
    }
    return {};
}

QString WaterQuality::parameterName(QualityParameter parameter)
{
    switch (parameter) {
    case QualityParameter::DissolvedOxygen:
        return tr("Dissolved oxygen");
    case QualityParameter::PermanganateIndex:
        return tr("Permanganate index");
    case QualityParameter::Cod:
        return tr("Chemical oxygen demand");
    case QualityParameter::Bod5:
        return tr("Five-day biochemical oxygen demand");
    case QualityParameter::AmmoniaNitrogen:
        return tr("Ammonia nitrogen");
    case QualityParameter::TotalPhosphorus:
        return tr("Total phosphorus");
    case QualityParameter::TotalNitrogen:
        return tr("Total nitrogen");
    }
    return {};
}

} // namespace GovDesk::Water
