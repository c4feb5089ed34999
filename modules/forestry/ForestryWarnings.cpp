#include "ForestryWarnings.h"

#include "ForestFire.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace GovDesk::Forestry {

namespace {

QString hectares(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1);
}

} // namespace

QString ForestryWarning::key() const
{
    switch (kind) {
    case ForestryWarningKind::FireRisk:
        return QStringLiteral("fire:%1:%2").arg(county, subject);
    case ForestryWarningKind::PestSpreading:
        return QStringLiteral("pest:%1:%2").arg(county, subject);
    case ForestryWarningKind::AfforestationBehind:
        return QStringLiteral("plan:%1:%2:%3").arg(county, subject).arg(date.year());
    }
    return {};
}

QList<ForestryWarning> ForestryWarnings::fireRisk(const QList<FireRiskDay> &latestRisk)
{
    QList<ForestryWarning> warnings;
    for (const FireRiskDay &risk : latestRisk) {
        if (!FireDanger::isHigh(risk.level))
            continue;
        ForestryWarning warning{.kind = ForestryWarningKind::FireRisk,
                                .severity = risk.level >= 5 ? ForestryWarningSeverity::Danger
                                                            : ForestryWarningSeverity::Warning,
                                .county = risk.county,
                                .subject = risk.area,
                                .date = risk.day};
        //: 高火险：%1 %2（森林火险等级）
        warning.title = tr("High fire danger: %1 %2").arg(risk.county, risk.area);
        //: %1 %2 在 %3 的森林火险等级为%4，应发布禁火令并加强巡护。
        warning.reason = tr("%1 %2: forest fire danger %4 on %3 — ban open fires and step up patrols.")
                             .arg(risk.county, risk.area, QLocale().toString(risk.day, QLocale::ShortFormat),
                                  FireDanger::name(risk.level));
        warnings.append(warning);
    }
    return warnings;
}

QList<ForestryWarning> ForestryWarnings::pests(const QList<PestReport> &reports, const PestRules &rules)
{
    QList<ForestryWarning> warnings;
    for (const PestGrowth &growth : spreadingPests(reports, rules)) {
        const double ratio = growth.ratio();
        ForestryWarning warning{.kind = ForestryWarningKind::PestSpreading,
                                // Doubling, or any area already 成灾: more than something to watch.
                                .severity = ratio >= 1.0 || growth.latest.disasterHa > 0
                                                ? ForestryWarningSeverity::Warning
                                                : ForestryWarningSeverity::Attention,
                                .county = growth.latest.county,
                                .subject = growth.latest.species,
                                .date = growth.latest.reportedOn};
        //: 有害生物扩散：%1 %2
        warning.title = tr("Pest spreading: %1 %2").arg(growth.latest.county, growth.latest.species);
        const QString change
            = std::isfinite(ratio) ? QStringLiteral("+%1%").arg(percent(ratio)) : QStringLiteral("+∞");
        //: %1 %2 发生面积 %3 公顷（%4 为 %5 公顷，%6），成灾面积 %7 公顷。
        warning.reason
            = tr("%1 %2: %3 ha affected (%5 ha on %4, %6), %7 ha damaged.")
                  .arg(growth.latest.county, growth.latest.species, hectares(growth.latest.occurrenceHa),
                       QLocale().toString(growth.previous.reportedOn, QLocale::ShortFormat),
                       hectares(growth.previous.occurrenceHa), change, hectares(growth.latest.disasterHa));
        warnings.append(warning);
    }
    return warnings;
}

QList<ForestryWarning> ForestryWarnings::afforestation(const QList<AfforestationTask> &tasks,
                                                       const AfforestationRules &rules)
{
    QList<ForestryWarning> warnings;
    for (const AfforestationTask &task : tasks) {
        const PlanProgress progress = progressOf(task, task.reportedOn, rules);
        if (!progress.behind)
            continue;
        ForestryWarning warning{.kind = ForestryWarningKind::AfforestationBehind,
                                .severity = ForestryWarningSeverity::Attention,
                                .county = task.county,
                                .subject = AfforestationTypes::standardName(task.type),
                                .date = task.reportedOn};
        //: 营造林滞后：%1 %2
        warning.title
            = tr("Afforestation behind plan: %1 %2").arg(task.county, AfforestationTypes::name(task.type));
        //: %1 %2 截至 %3 完成 %4 公顷（计划 %5 公顷的 %6%），按作业期应完成 %7%，差 %8 公顷。
        warning.reason
            = tr("%1 %2: %4 ha done by %3 (%6% of the %5 ha planned); %7% was due by then, "
                 "%8 ha short.")
                  .arg(task.county, AfforestationTypes::name(task.type),
                       QLocale().toString(task.reportedOn, QLocale::ShortFormat), hectares(task.completedHa),
                       hectares(task.plannedHa), percent(progress.completion),
                       percent(progress.expectedShare), hectares(progress.shortfallHa));
        warnings.append(warning);
    }
    return warnings;
}

void ForestryWarnings::rank(QList<ForestryWarning> &warnings)
{
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const ForestryWarning &a, const ForestryWarning &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.county != b.county)
                             return a.county < b.county;
                         return a.subject < b.subject;
                     });
}

} // namespace GovDesk::Forestry
