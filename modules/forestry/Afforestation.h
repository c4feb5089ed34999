// Afforestation: 营造林 tasks of a county by type — the year's plan (计划任务) against what is
// completed (完成), and whether the work is behind plan for the date. A season's work is expected
// to advance evenly between its start and end dates: on day d of a season of D days, d/D of the
// plan should be done. A task is behind when the completed share trails that by more than the
// tolerance (10 percentage points by default), so that a week of rain does not raise an alarm.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace GovDesk::Forestry {

enum class AfforestationType {
    Planting,         // 人工造林
    AerialSeeding,    // 飞播造林
    ClosureForNature, // 封山（沙）育林
    DegradedRepair,   // 退化林修复
    Regeneration,     // 人工更新
    GrainForGreen,    // 退耕还林
};

class AfforestationTypes
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::AfforestationTypes)
public:
    [[nodiscard]] static QList<AfforestationType> all();
    // The name in the national statistics (人工造林 …): what files carry, never translated.
    [[nodiscard]] static QString standardName(AfforestationType type);
    // 「封山育林」 and 「封山（沙）育林」 alike.
    [[nodiscard]] static std::optional<AfforestationType> parse(const QString &text);
    [[nodiscard]] static QString name(AfforestationType type); // translated
};

struct AfforestationTask
{
    QString county;
    int year = 0;
    AfforestationType type = AfforestationType::Planting;
    double plannedHa = 0;               // 计划任务
    double completedHa = 0;             // 完成
    QDate seasonStart;                  // 作业开始
    QDate seasonEnd;                    // 作业结束 (inclusive)
    QDate reportedOn;                   // 进度截至 (the date `completedHa` is as of)
    std::optional<double> survivalRate; // 成活率, fraction

    // completedHa / plannedHa (may exceed 1); 0 without a plan.
    [[nodiscard]] double completion() const;
    // The share of the season elapsed at the end of `date`: 0 before the start, 1 from the end.
    [[nodiscard]] double expectedShare(const QDate &date) const;
    [[nodiscard]] double expectedHa(const QDate &date) const { return plannedHa * expectedShare(date); }
};

struct AfforestationRules
{
    double tolerance = 0.10; // behind when completion() < expectedShare − tolerance
};

struct PlanProgress
{
    double expectedShare = 0;
    double completion = 0;
    bool behind = false;
    // Hectares short of the expected area (0 when not behind).
    double shortfallHa = 0;
};

[[nodiscard]] PlanProgress progressOf(const AfforestationTask &task, const QDate &asOf,
                                      const AfforestationRules &rules = {});

} // namespace GovDesk::Forestry
