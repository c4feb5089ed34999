#include "FloodWarnings.h"

#include <algorithm>

namespace GovDesk::Water {

namespace {

QString metres(double value)
{
    return QString::number(value, 'f', 2);
}

QString millimetres(double value)
{
    return QString::number(value, 'f', 1);
}

// The worse of the 1 h and 24 h classes, with the amount and period that gave it.
struct RainVerdict
{
    RainClass rainClass = RainClass::None;
    double amount = 0;
    int hours = 0;
};

RainVerdict rainOf(const StationSituation &situation, const WarningRules &rules)
{
    RainVerdict verdict;
    if (situation.rain24h) {
        verdict = {rules.twentyFourHours.classify(*situation.rain24h), *situation.rain24h,
                   rules.twentyFourHours.hours};
    }
    if (situation.rain1h) {
        const RainClass hourly = rules.oneHour.classify(*situation.rain1h);
        if (hourly > verdict.rainClass)
            verdict = {hourly, *situation.rain1h, rules.oneHour.hours};
    }
    return verdict;
}

// How far past (positive) or short of (negative) its threshold a warning is: the tie-break.
double excess(const FloodWarning &warning)
{
    return warning.value - warning.threshold;
}

} // namespace

QString FloodWarning::key() const
{
    return QStringLiteral("%1:%2").arg(int(kind)).arg(stcd);
}

QList<FloodWarning> FloodWarnings::evaluate(const QList<StationSituation> &situations,
                                            const WarningRules &rules)
{
    QList<FloodWarning> warnings;
    for (const StationSituation &situation : situations) {
        addLevelWarning(situation, warnings);
        addRainWarning(situation, rules, warnings);
    }
    addFusedWarnings(situations, rules, warnings);
    std::stable_sort(warnings.begin(), warnings.end(), [](const FloodWarning &a, const FloodWarning &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.kind != b.kind)
            return a.kind < b.kind; // the enum lists kinds in the order a duty officer acts on them
        if (excess(a) != excess(b))
            return excess(a) > excess(b);
        return a.stcd < b.stcd;
    });
    return warnings;
}

void FloodWarnings::addLevelWarning(const StationSituation &situation, QList<FloodWarning> &warnings)
{
    const WaterStation &station = situation.station;
    if (!station.measuresLevel() || !situation.level)
        return;
    const double level = *situation.level;
    FloodWarning warning{.stcd = station.stcd,
                         .stnm = station.stnm,
                         .river = station.rvnm,
                         .at = situation.levelAt,
                         .value = level};
    if (station.sttp == StationType::Reservoir) {
        if (station.dsflz && level >= *station.dsflz) {
            warning.kind = WarningKind::ReservoirAtDesignFlood;
            warning.severity = WarningSeverity::Danger;
            warning.threshold = *station.dsflz;
            warning.reason = tr("%1: reservoir level %2 m has reached the design flood level %3 m.")
                                 .arg(station.stnm, metres(level), metres(*station.dsflz));
        } else if (station.fsltdz && level > *station.fsltdz) {
            warning.kind = WarningKind::ReservoirOverFloodLimit;
            warning.severity = WarningSeverity::Warning;
            warning.threshold = *station.fsltdz;
            warning.reason = tr("%1: reservoir level %2 m is %3 m above the flood-season limit %4 m.")
                                 .arg(station.stnm, metres(level), metres(level - *station.fsltdz),
                                      metres(*station.fsltdz));
        } else {
            return;
        }
    } else if (station.grz && level >= *station.grz) {
        warning.kind = WarningKind::RiverOverGuarantee;
        warning.severity = WarningSeverity::Danger;
        warning.threshold = *station.grz;
        warning.reason
            = tr("%1: water level %2 m is %3 m above the guaranteed level %4 m.")
                  .arg(station.stnm, metres(level), metres(level - *station.grz), metres(*station.grz));
    } else if (station.wrz && level >= *station.wrz) {
        warning.kind = WarningKind::RiverOverWarning;
        warning.severity = WarningSeverity::Warning;
        warning.threshold = *station.wrz;
        warning.reason
            = tr("%1: water level %2 m is %3 m above the warning level %4 m.")
                  .arg(station.stnm, metres(level), metres(level - *station.wrz), metres(*station.wrz));
    } else {
        return;
    }
    warnings.append(warning);
}

void FloodWarnings::addRainWarning(const StationSituation &situation, const WarningRules &rules,
                                   QList<FloodWarning> &warnings)
{
    const RainVerdict rain = rainOf(situation, rules);
    if (rain.rainClass < rules.rainFrom)
        return;
    const RainScale &scale = rain.hours == rules.oneHour.hours ? rules.oneHour : rules.twentyFourHours;
    const WaterStation &station = situation.station;
    FloodWarning warning{.kind = WarningKind::Rainfall,
                         .severity = rain.rainClass >= RainClass::Torrential   ? WarningSeverity::Danger
                                     : rain.rainClass >= RainClass::HeavyStorm ? WarningSeverity::Warning
                                                                               : WarningSeverity::Attention,
                         .stcd = station.stcd,
                         .stnm = station.stnm,
                         .river = station.rvnm,
                         .at = situation.levelAt,
                         .value = rain.amount,
                         .threshold = scale.lowerBound(rain.rainClass)};
    warning.reason = tr("%1: %2 mm of rain in %3 h (%4).")
                         .arg(station.stnm, millimetres(rain.amount))
                         .arg(rain.hours)
                         .arg(RainfallClass::name(rain.rainClass));
    warnings.append(warning);
}

void FloodWarnings::addFusedWarnings(const QList<StationSituation> &situations, const WarningRules &rules,
                                     QList<FloodWarning> &warnings)
{
    for (const StationSituation &downstream : situations) {
        const WaterStation &station = downstream.station;
        if (!station.measuresLevel() || station.rvnm.isEmpty() || !station.dstrvm
            || !downstream.isRising(rules.risingTolerance))
            continue;
        // Upstream on the same river: further from its mouth.
        QStringList causes;
        QStringList rainTexts;
        for (const StationSituation &upstream : situations) {
            const WaterStation &gauge = upstream.station;
            if (gauge.rvnm != station.rvnm || !gauge.dstrvm || *gauge.dstrvm <= *station.dstrvm)
                continue;
            const RainVerdict rain = rainOf(upstream, rules);
            if (rain.rainClass < rules.rainFrom)
                continue;
            causes.append(gauge.stcd);
            rainTexts.append(tr("%1 %2 mm in %3 h (%4)")
                                 .arg(gauge.stnm, millimetres(rain.amount))
                                 .arg(rain.hours)
                                 .arg(RainfallClass::name(rain.rainClass)));
        }
        if (causes.isEmpty())
            continue;
        // The level it is measured against: 警戒 for a river, 汛限 for a reservoir.
        const std::optional<double> limit
            = station.sttp == StationType::Reservoir ? station.fsltdz : station.wrz;
        const double level = *downstream.level;
        const double rise = level - *downstream.levelBefore;
        FloodWarning warning{.kind = WarningKind::RainUpstreamLevelRising,
                             .severity = WarningSeverity::Attention,
                             .stcd = station.stcd,
                             .stnm = station.stnm,
                             .river = station.rvnm,
                             .at = downstream.levelAt,
                             .value = level,
                             .threshold = limit.value_or(level),
                             .causes = causes};
        QString standing;
        if (limit && level >= *limit) {
            warning.severity = WarningSeverity::Danger;
            standing = tr("already %1 m above it").arg(metres(level - *limit));
        } else if (limit) {
            if (*limit - level <= rules.nearWarningMargin)
                warning.severity = WarningSeverity::Warning;
            standing = tr("%1 m below it").arg(metres(*limit - level));
        }
        const QString limitName
            = station.sttp == StationType::Reservoir ? tr("flood-season limit") : tr("warning level");
        warning.reason = limit
                             ? tr("Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m, %7 (%8 %9 m).")
                                   .arg(station.rvnm, rainTexts.join(tr(", ")), station.stnm, metres(rise))
                                   .arg(rules.trendHours)
                                   .arg(metres(level), standing, limitName, metres(*limit))
                             : tr("Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m.")
                                   .arg(station.rvnm, rainTexts.join(tr(", ")), station.stnm, metres(rise))
                                   .arg(rules.trendHours)
                                   .arg(metres(level));
        warnings.append(warning);
    }
}

QString FloodWarnings::kindName(WarningKind kind)
{
    switch (kind) {
    case WarningKind::RainUpstreamLevelRising:
        return tr("Rain upstream, level rising");
    case WarningKind::RiverOverGuarantee:
        return tr("Above guaranteed level");
    case WarningKind::ReservoirAtDesignFlood:
        return tr("At design flood level");
    case WarningKind::RiverOverWarning:
        return tr("Above warning level");
    case WarningKind::ReservoirOverFloodLimit:
        return tr("Above flood-season limit");
    case WarningKind::Rainfall:
        return tr("Rainstorm");
    }
    return {};
}

QString FloodWarnings::severityName(WarningSeverity severity)
{
    switch (severity) {
    case WarningSeverity::Attention:
        return tr("Attention");
    case WarningSeverity::Warning:
        return tr("Warning");
    case WarningSeverity::Danger:
        return tr("Danger");
    }
    return {};
}

} // namespace GovDesk::Water
