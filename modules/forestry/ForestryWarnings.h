// ForestryWarnings: the duty officer's list from the latest data — 高火险 (level 4–5) in an area
// on the latest day reported, a pest spreading past the rules (PestRules), afforestation behind
// plan for its report date (AfforestationRules) — ranked by severity, each saying why in numbers.
#pragma once

#include "Afforestation.h"
#include "PestMonitoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace GovDesk::Forestry {

struct FireRiskDay
{
    QString county;
    QString area; // 林区/乡镇, as the bulletin names it
    QDate day;
    int level = 1;
};

enum class ForestryWarningKind { FireRisk, PestSpreading, AfforestationBehind };
enum class ForestryWarningSeverity { Attention = 1, Warning, Danger }; // 关注, 警示, 危险

struct ForestryWarning
{
    ForestryWarningKind kind = ForestryWarningKind::FireRisk;
    ForestryWarningSeverity severity = ForestryWarningSeverity::Attention;
    QString county;
    QString subject; // the area, the species, or the afforestation type
    QDate date;      // the day of the risk, the report date
    QString title;   // short, for the to-do list
    QString reason;  // one sentence with the figures

    // Stable while the situation lasts (a new day of the same 高火险 is the same warning): the
    // to-do and search key.
    [[nodiscard]] QString key() const;
};

class ForestryWarnings
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryWarnings)
public:
    // `latestRisk`: each area's latest day (older days are history, not a warning).
    [[nodiscard]] static QList<ForestryWarning> fireRisk(const QList<FireRiskDay> &latestRisk);
    [[nodiscard]] static QList<ForestryWarning> pests(const QList<PestReport> &reports,
                                                      const PestRules &rules = {});
    // Each task judged at its own report date.
    [[nodiscard]] static QList<ForestryWarning> afforestation(const QList<AfforestationTask> &tasks,
                                                              const AfforestationRules &rules = {});
    // Most severe first, then by county and subject.
    static void rank(QList<ForestryWarning> &warnings);
};

} // namespace GovDesk::Forestry
