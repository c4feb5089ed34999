// CaseIndicators: the 审判质效 and 系统应用 indicators of one court over a period, computed from its
// cases, each as numerator and denominator so that a province's figure is the sum of its courts'
// (not the mean of their rates). Definitions vary by province: IndicatorSettings holds the choices
// (the 结案率's base, the 发回改判率's denominator, the days that count as 录入及时, the 长期未结
// thresholds) and definitions() states, in Chinese, the formula each report used.
#pragma once

#include "CourtCase.h"
#include "CourtRanking.h"

#include <QJsonObject>
#include <QMap>

namespace GovDesk::Courts {

enum class Indicator {
    ClosingRate,             // 结案率
    WithinLimitRate,         // 法定审限内结案率
    AverageTrialDays,        // 平均审理天数
    LongPending,             // 长期未结案件数 (first threshold, 12 months by default)
    LongPendingMiddle,       // … 18 months
    LongPendingLong,         // … 36 months
    AcceptanceRate,          // 一审服判息诉率
    MediationWithdrawalRate, // 调撤率
    AppealRate,              // 上诉率
    ReversedRemandedRate,    // 发回改判率
    ExecutionRecoveryRate,   // 执行到位率
    EvenClosingRate,         // 均衡结案率
    EntryTimelinessRate,     // 录入及时率
    EntryCompletenessRate,   // 录入完整率
    ElectronicFileRate,      // 电子卷宗随案生成率
    PublicationRate,         // 文书上网率
};

struct Period
{
    QDate from; // first day
    QDate to;   // last day
    [[nodiscard]] bool contains(QDate day) const { return day.isValid() && day >= from && day <= to; }
    [[nodiscard]] bool operator==(const Period &) const = default;
};

struct IndicatorSettings
{
    enum class ClosingBase { PendingAndNew, NewOnly }; // 结案率 = 结案 / (旧存 + 新收) or / 新收
    enum class ReversalBase { FirstInstanceClosed, AppealsDecided }; // 发回改判率's denominator
    ClosingBase closingBase = ClosingBase::PendingAndNew;
    ReversalBase reversalBase = ReversalBase::FirstInstanceClosed;
    int timelyEntryDays = 3; // an event entered within N days is 及时
    std::array<int, 3> longPendingMonths{12, 18, 36};
    // 达标线: a court worse than its indicator's line (below it, or above where lower is better) is
    // named in the 通报 and marked on the dashboard; an indicator without a line names nobody.
    QMap<Indicator, double> thresholds = defaultThresholds();

    // The floors a court should reach unless the province says otherwise: 90% closed within the
    // 审限, 95% of entries on time and complete, 90% 电子卷宗, 80% of 文书 online.
    [[nodiscard]] static QMap<Indicator, double> defaultThresholds();

    // {"closingBase": "pending_and_new" | "new_only", "reversalBase": "first_instance_closed" |
    //  "appeals_decided", "timelyEntryDays": 3, "longPendingMonths": [12, 18, 36],
    //  "thresholds": {"within_limit_rate": 90, …}}; missing keys keep the defaults (thresholds given
    // replace them all), wrong ones are refused by name.
    [[nodiscard]] static Core::Result<IndicatorSettings> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
};

struct IndicatorDefinition
{
    Indicator indicator;
    QString key;     // closing_rate …
    QString name;    // 结案率
    QString formula; // 结案率 = 结案数 ÷ (旧存 + 新收) × 100%
    QString unit;    // %, 天, 件
    RankingOptions ranking;

    // The highest 达标线 that makes sense: 100 for a rate, else ten years of days or cases.
    [[nodiscard]] double thresholdLimit() const { return unit == QStringLiteral("%") ? 100.0 : 3650.0; }
};

// Σ numerator / Σ denominator (× 100 for rates); counts are the numerator; 均衡结案率 is computed
// per court and averaged.
struct Figure
{
    double numerator = 0;
    double denominator = 0;
    [[nodiscard]] bool operator==(const Figure &) const = default;
};

class CaseIndicators
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CaseIndicators)
public:
    [[nodiscard]] static QList<Indicator> all();
    [[nodiscard]] static IndicatorDefinition definition(Indicator indicator,
                                                        const IndicatorSettings &settings);

    // Every indicator for `cases` (one court's) over `period`.
    [[nodiscard]] static QMap<Indicator, Figure> compute(const QList<CourtCase> &cases, const Period &period,
                                                         const IndicatorSettings &settings);
    // The published figure of `figure`; none when there is nothing to divide by (no cases).
    [[nodiscard]] static std::optional<double> value(Indicator indicator, const Figure &figure);
    // Several courts' figures as one (the province's): sums, except 均衡结案率's mean.
    [[nodiscard]] static Figure combine(Indicator indicator, const QList<Figure> &figures);
};

} // namespace GovDesk::Courts
