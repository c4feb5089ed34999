#include "WaterStation.h"

namespace GovDesk::Water {

std::optional<StationType> stationTypeFromCode(const QString &sttp)
{
    const QString code = sttp.trimmed().toUpper();
    if (code == QLatin1String("PP"))
        return StationType::Rainfall;
    if (code == QLatin1String("ZQ"))
        return StationType::RiverHydrology;
    if (code == QLatin1String("ZZ"))
        return StationType::RiverLevel;
    if (code == QLatin1String("RR"))
        return StationType::Reservoir;
    return std::nullopt;
}

QString stationTypeCode(StationType type)
{
    switch (type) {
    case StationType::Rainfall:
        return QStringLiteral("PP");
    case StationType::RiverHydrology:
        return QStringLiteral("ZQ");
    case StationType::RiverLevel:
        return QStringLiteral("ZZ");
    case StationType::Reservoir:
        return QStringLiteral("RR");
    }
    return {};
}

} // namespace GovDesk::Water
