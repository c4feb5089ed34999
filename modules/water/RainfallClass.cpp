#include "RainfallClass.h"

#include <limits>

namespace GovDesk::Water {

namespace {
constexpr double Never = std::numeric_limits<double>::infinity();
}

RainScale RainScale::oneHour()
{
    // 1 h: no 大暴雨/特大暴雨 classes; 暴雨 from 16 mm.
    return {1, {0.1, 2.6, 8.1, 16.0, Never, Never}};
}

RainScale RainScale::twelveHours()
{
    return {12, {0.1, 5.0, 15.0, 30.0, 70.0, 140.0}};
}

RainScale RainScale::twentyFourHours()
{
    return {24, {0.1, 10.0, 25.0, 50.0, 100.0, 250.0}};
}

RainClass RainScale::classify(double millimetres) const
{
    RainClass result = RainClass::None;
    for (qsizetype i = 0; i < lowerBounds.size(); ++i) {
        // Amounts are recorded to 0.1 mm: compare on that grid so that 24.95 is not 中雨 and 大雨 at once.
        if (millimetres + 1e-9 >= lowerBounds.at(i))
            result = RainClass(int(i) + 1);
    }
    return result;
}

double RainScale::lowerBound(RainClass rainClass) const
{
    const int index = int(rainClass) - 1;
    return index >= 0 && index < lowerBounds.size() ? lowerBounds.at(index) : 0.0;
}

QString RainfallClass::name(RainClass rainClass)
{
    switch (rainClass) {
    case RainClass::None:
        return tr("No rain");
    case RainClass::Light:
        return tr("Light rain");
    case RainClass::Moderate:
        return tr("Moderate rain");
    case RainClass::Heavy:
        return tr("Heavy rain");
    case RainClass::Storm:
        return tr("Rainstorm");
    case RainClass::HeavyStorm:
        return tr("Heavy rainstorm");
    case RainClass::Torrential:
        return tr("Torrential rainstorm");
    }
    return {};
}

} // namespace GovDesk::Water
