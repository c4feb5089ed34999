#include "Afforestation.h"

#include <algorithm>

namespace GovDesk::Forestry {

QList<AfforestationType> AfforestationTypes::all()
{
    return {AfforestationType::Planting,         AfforestationType::AerialSeeding,
            AfforestationType::ClosureForNature, AfforestationType::DegradedRepair,
            AfforestationType::Regeneration,     AfforestationType::GrainForGreen};
}

QString AfforestationTypes::standardName(AfforestationType type)
{
    switch (type) {
    case AfforestationType::Planting:
        return QStringLiteral("人工造林");
    case AfforestationType::AerialSeeding:
        return QStringLiteral("飞播造林");
    case AfforestationType::ClosureForNature:
        return QStringLiteral("封山育林");
    case AfforestationType::DegradedRepair:
        return QStringLiteral("退化林修复");
    case AfforestationType::Regeneration:
        return QStringLiteral("人工更新");
    case AfforestationType::GrainForGreen:
        return QStringLiteral("退耕还林");
    }
    return {};
}

std::optional<AfforestationType> AfforestationTypes::parse(const QString &text)
{
    QString name = text.simplified().remove(QLatin1Char(' '));
    // 封山（沙）育林 / 封山(沙)育林 / 封沙育林 are the same statistic.
    for (const QString &variant : {QStringLiteral("（沙）"), QStringLiteral("(沙)")})
        name.remove(variant);
    if (name == QStringLiteral("封沙育林"))
        return AfforestationType::ClosureForNature;
    for (AfforestationType type : all()) {
        if (standardName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString AfforestationTypes::name(AfforestationType type)
{
    switch (type) {
    case AfforestationType::Planting:
        //: 人工造林
        return tr("Planting");
    case AfforestationType::AerialSeeding:
        //: 飞播造林
        return tr("Aerial seeding");
    case AfforestationType::ClosureForNature:
        //: 封山育林
        return tr("Hill closure");
    case AfforestationType::DegradedRepair:
        //: 退化林修复
        return tr("Degraded forest repair");
    case AfforestationType::Regeneration:
        //: 人工更新
        return tr("Regeneration");
    case AfforestationType::GrainForGreen:
        //: 退耕还林
        return tr("Grain for Green");
    }
    return {};
}

double AfforestationTask::completion() const
{
    return plannedHa > 0 ? completedHa / plannedHa : 0.0;
}

double AfforestationTask::expectedShare(const QDate &date) const
{
    if (!seasonStart.isValid() || !seasonEnd.isValid() || !date.isValid() || seasonEnd < seasonStart)
        return 0.0;
    if (date < seasonStart)
        return 0.0;
    if (date >= seasonEnd)
        return 1.0;
    // Days counted inclusively: on the first day, one day's share is due.
    const double days = double(seasonStart.daysTo(seasonEnd) + 1);
    const double elapsed = double(seasonStart.daysTo(date) + 1);
    return std::clamp(elapsed / days, 0.0, 1.0);
}

PlanProgress progressOf(const AfforestationTask &task, const QDate &asOf, const AfforestationRules &rules)
{
    PlanProgress progress;
    progress.expectedShare = task.expectedShare(asOf);
    progress.completion = task.completion();
    if (task.plannedHa <= 0)
        return progress;
    progress.behind = progress.completion + 1e-9 < progress.expectedShare - rules.tolerance;
    if (progress.behind)
        progress.shortfallHa = task.expectedHa(asOf) - task.completedHa;
    return progress;
}

} // namespace GovDesk::Forestry
