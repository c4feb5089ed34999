#include "CaseIndicators.h"

#include <QJsonArray>
#include <cmath>

namespace GovDesk::Courts {

using Core::ErrorCode;
using Core::fail;

namespace {

enum class Kind { Rate, Average, Count, Evenness };

Kind kindOf(Indicator indicator)
{
    switch (indicator) {
    case Indicator::AverageTrialDays:
        return Kind::Average;
    case Indicator::LongPending:
    case Indicator::LongPendingMiddle:
    case Indicator::LongPendingLong:
        return Kind::Count;
    case Indicator::EvenClosingRate:
        return Kind::Evenness;
    default:
        return Kind::Rate;
    }
}

std::optional<Indicator> indicatorForKey(const QString &key)
{
    for (const Indicator indicator : CaseIndicators::all()) {
        if (CaseIndicators::definition(indicator, {}).key == key)
            return indicator;
    }
    return std::nullopt;
}

bool isMediationOrWithdrawal(const CourtCase &c)
{
    return c.closing == ClosingMethod::Mediation || c.closing == ClosingMethod::Withdrawal;
}

// 均衡结案率 = (1 − 各月结案数的标准差 ÷ 月均结案数) × 100%, over the period's whole months.
double evenness(const QList<CourtCase> &closed, const Period &period)
{
    QMap<int, int> perMonth;
    for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
         month = month.addMonths(1))
        perMonth.insert(month.year() * 12 + month.month(), 0);
    for (const CourtCase &c : closed)
        ++perMonth[c.closedOn->year() * 12 + c.closedOn->month()];
    const double mean = double(closed.size()) / perMonth.size();
    double variance = 0;
    for (int count : std::as_const(perMonth))
        variance += (count - mean) * (count - mean);
    variance /= perMonth.size();
    return std::max(0.0, 1.0 - std::sqrt(variance) / mean) * 100.0;
}

} // namespace

QList<Indicator> CaseIndicators::all()
{
    QList<Indicator> list;
    for (int i = int(Indicator::ClosingRate); i <= int(Indicator::PublicationRate); ++i)
        list.append(Indicator(i));
    return list;
}

IndicatorDefinition CaseIndicators::definition(Indicator indicator, const IndicatorSettings &settings)
{
    // Official Chinese: a 通报 states its definitions in the language it is written in.
    const auto rate = [](Indicator id, const char *key, const QString &name, const QString &formula,
                         Direction direction = Direction::HigherIsBetter) {
        return IndicatorDefinition{
            id,      QString::fromLatin1(key), name,
            formula, QStringLiteral("%"),      {.direction = direction, .decimals = 2}};
    };
    const auto pending = [&settings](Indicator id, const char *key, int slot) {
        const int months = settings.longPendingMonths[std::size_t(slot)];
        return IndicatorDefinition{id,
                                   QString::fromLatin1(key),
                                   QStringLiteral("%1个月以上未结案件数").arg(months),
                                   QStringLiteral("期末未结且立案已满%1个月的案件数").arg(months),
                                   QStringLiteral("件"),
                                   {.direction = Direction::LowerIsBetter, .decimals = 0}};
    };
    switch (indicator) {
    case Indicator::ClosingRate:
        return rate(indicator, "closing_rate", QStringLiteral("结案率"),
                    settings.closingBase == IndicatorSettings::ClosingBase::PendingAndNew
                        ? QStringLiteral("结案率 = 结案数 ÷ (旧存案件数 + 新收案件数) × 100%")
                        : QStringLiteral("结案率 = 结案数 ÷ 新收案件数 × 100%"));
    case Indicator::WithinLimitRate:
        return rate(
            indicator, "within_limit_rate", QStringLiteral("法定审限内结案率"),
            QStringLiteral(
                "法定审限内结案率 = 审限内结案数 ÷ 结案数 × 100%（审限含批准延长，扣除审限期间不计）"));
    case Indicator::AverageTrialDays:
        return {indicator,
                QStringLiteral("average_trial_days"),
                QStringLiteral("平均审理天数"),
                QStringLiteral("平均审理天数 = Σ(结案日期 − 立案日期 − 扣除审限天数) ÷ 结案数"),
                QStringLiteral("天"),
                {.direction = Direction::LowerIsBetter, .decimals = 1}};
    case Indicator::LongPending:
        return pending(indicator, "long_pending", 0);
    case Indicator::LongPendingMiddle:
        return pending(indicator, "long_pending_middle", 1);
    case Indicator::LongPendingLong:
        return pending(indicator, "long_pending_long", 2);
    case Indicator::AcceptanceRate:
        return rate(
            indicator, "acceptance_rate", QStringLiteral("一审服判息诉率"),
            QStringLiteral("一审服判息诉率 = (一审结案数 − 上诉、申请再审案件数) ÷ 一审结案数 × 100%"));
    case Indicator::MediationWithdrawalRate:
        return rate(indicator, "mediation_withdrawal_rate", QStringLiteral("调撤率"),
                    QStringLiteral("调撤率 = (调解结案数 + 撤诉结案数) ÷ 结案数 × 100%"));
    case Indicator::AppealRate:
        return rate(indicator, "appeal_rate", QStringLiteral("上诉率"),
                    QStringLiteral("上诉率 = 上诉案件数 ÷ 一审结案数 × 100%"), Direction::LowerIsBetter);
    case Indicator::ReversedRemandedRate:
        return rate(
            indicator, "reversed_remanded_rate", QStringLiteral("发回改判率"),
            settings.reversalBase == IndicatorSettings::ReversalBase::FirstInstanceClosed
                ? QStringLiteral("发回改判率 = (二审改判数 + 发回重审数) ÷ 一审结案数 × 100%")
                : QStringLiteral("发回改判率 = (二审改判数 + 发回重审数) ÷ 二审已审结的上诉案件数 × 100%"),
            Direction::LowerIsBetter);
    case Indicator::ExecutionRecoveryRate:
        return rate(indicator, "execution_recovery_rate", QStringLiteral("执行到位率"),
                    QStringLiteral("执行到位率 = 执行到位金额 ÷ 申请执行金额 × 100%（本期执结案件）"));
    case Indicator::EvenClosingRate:
        return rate(indicator, "even_closing_rate", QStringLiteral("均衡结案率"),
                    QStringLiteral("均衡结案率 = (1 − 各月结案数标准差 ÷ 月均结案数) × 100%，低于 0 时计 0"));
    case Indicator::EntryTimelinessRate:
        return rate(indicator, "entry_timeliness_rate", QStringLiteral("录入及时率"),
                    QStringLiteral("录入及时率 = 发生后%1日内录入的节点数 ÷ 本期发生的节点数 × 100%")
                        .arg(settings.timelyEntryDays));
    case Indicator::EntryCompletenessRate:
        return rate(indicator, "entry_completeness_rate", QStringLiteral("录入完整率"),
                    QStringLiteral("录入完整率 = 必填项完整的案件数 ÷ 本期新收和审结案件数 × 100%"));
    case Indicator::ElectronicFileRate:
        return rate(
            indicator, "electronic_file_rate", QStringLiteral("电子卷宗随案生成率"),
            QStringLiteral("电子卷宗随案生成率 = 随案同步生成电子卷宗的新收案件数 ÷ 新收案件数 × 100%"));
    case Indicator::PublicationRate:
        return rate(indicator, "publication_rate", QStringLiteral("文书上网率"),
                    QStringLiteral("文书上网率 = 已公开的裁判文书数 ÷ 本期审结应公开的裁判文书数 × 100%"));
    }
    return {};
}

QMap<Indicator, Figure> CaseIndicators::compute(const QList<CourtCase> &cases, const Period &period,
                                                const IndicatorSettings &settings)
{
    QMap<Indicator, Figure> figures;
    for (Indicator indicator : all())
        figures.insert(indicator, {});
    const auto add = [&figures](Indicator indicator, bool counts, double weight = 1) {
        Figure &figure = figures[indicator];
        figure.denominator += weight;
        if (counts)
            figure.numerator += weight;
    };

    QList<CourtCase> closed;
    for (const CourtCase &c : cases) {
        const bool filed = period.contains(c.filedOn);
        const bool pendingAtStart = c.filedOn < period.from && c.isOpenOn(period.from.addDays(-1));
        const bool closedNow = c.closedOn && period.contains(*c.closedOn);
        Figure &closing = figures[Indicator::ClosingRate];
        if (filed
            || (pendingAtStart && settings.closingBase == IndicatorSettings::ClosingBase::PendingAndNew))
            closing.denominator += 1;
        if (closedNow) {
            closing.numerator += 1;
            closed.append(c);
            add(Indicator::WithinLimitRate, c.closedWithinLimit());
            Figure &days = figures[Indicator::AverageTrialDays];
            days.numerator += *c.trialDays();
            days.denominator += 1;
            add(Indicator::MediationWithdrawalRate, isMediationOrWithdrawal(c));
            if (c.isFirstInstance()) {
                add(Indicator::AcceptanceRate, !c.appealed && !c.retrialSought);
                add(Indicator::AppealRate, c.appealed);
                const bool reversed = c.appealOutcome == AppealOutcome::Reversed
                                      || c.appealOutcome == AppealOutcome::Remanded;
                if (settings.reversalBase == IndicatorSettings::ReversalBase::FirstInstanceClosed
                    || c.appealOutcome != AppealOutcome::None)
                    add(Indicator::ReversedRemandedRate, reversed);
            }
            if (c.type() && c.type()->category == CaseCategory::Execution) {
                Figure &recovery = figures[Indicator::ExecutionRecoveryRate];
                recovery.numerator += c.executionRecovered;
                recovery.denominator += c.executionApplied;
            }
            if (c.judgmentPublishable)
                add(Indicator::PublicationRate, c.judgmentPublished);
        }
        if (filed)
            add(Indicator::ElectronicFileRate, c.electronicFile);
        if (filed || closedNow)
            add(Indicator::EntryCompletenessRate, c.mandatoryFieldsComplete);
        if (c.isOpenOn(period.to)) {
            const std::array<Indicator, 3> buckets{Indicator::LongPending, Indicator::LongPendingMiddle,
                                                   Indicator::LongPendingLong};
            for (std::size_t i = 0; i < buckets.size(); ++i)
                if (c.filedOn.addMonths(settings.longPendingMonths[i]) <= period.to)
                    figures[buckets[i]].numerator += 1;
        }
        for (const CaseEvent &event : c.events)
            if (period.contains(event.occurredOn))
                add(Indicator::EntryTimelinessRate,
                    event.enteredOn.isValid()
                        && event.occurredOn.daysTo(event.enteredOn) <= settings.timelyEntryDays);
    }
    // No closings: no evenness to speak of (not 0 %).
    if (!closed.isEmpty())
        figures[Indicator::EvenClosingRate] = {evenness(closed, period), 1};
    return figures;
}

std::optional<double> CaseIndicators::value(Indicator indicator, const Figure &figure)
{
    switch (kindOf(indicator)) {
    case Kind::Count:
        return figure.numerator;
    case Kind::Rate:
        if (figure.denominator <= 0)
            return std::nullopt;
        return figure.numerator / figure.denominator * 100.0;
    case Kind::Average:
    case Kind::Evenness:
        if (figure.denominator <= 0)
            return std::nullopt;
        return figure.numerator / figure.denominator;
    }
    return std::nullopt;
}

Figure CaseIndicators::combine(Indicator, const QList<Figure> &figures)
{
    // Sums for every kind: an evenness figure is (value, 1), so the sum divides into the mean.
    Figure total;
    for (const Figure &figure : figures) {
        total.numerator += figure.numerator;
        total.denominator += figure.denominator;
    }
    return total;
}

Core::Result<IndicatorSettings> IndicatorSettings::fromJson(const QJsonObject &json)
{
    IndicatorSettings settings;
    const auto refuse = [](const char *key) {
        //: 指标口径设置「%1」无效。
        return fail(
            ErrorCode::InvalidArgument,
            CaseIndicators::tr("The indicator setting 「%1」 is not valid.").arg(QString::fromLatin1(key)),
            QString::fromLatin1(key));
    };
    if (json.contains(QStringLiteral("closingBase"))) {
        const QString base = json.value(QStringLiteral("closingBase")).toString();
        if (base == QLatin1String("pending_and_new"))
            settings.closingBase = ClosingBase::PendingAndNew;
        else if (base == QLatin1String("new_only"))
            settings.closingBase = ClosingBase::NewOnly;
        else
            return refuse("closingBase");
    }
    if (json.contains(QStringLiteral("reversalBase"))) {
        const QString base = json.value(QStringLiteral("reversalBase")).toString();
        if (base == QLatin1String("first_instance_closed"))
            settings.reversalBase = ReversalBase::FirstInstanceClosed;
        else if (base == QLatin1String("appeals_decided"))
            settings.reversalBase = ReversalBase::AppealsDecided;
        else
            return refuse("reversalBase");
    }
    if (json.contains(QStringLiteral("timelyEntryDays"))) {
        const int days = json.value(QStringLiteral("timelyEntryDays")).toInt(-1);
        if (days < 0 || days > 60)
            return refuse("timelyEntryDays");
        settings.timelyEntryDays = days;
    }
    if (json.contains(QStringLiteral("longPendingMonths"))) {
        const QJsonArray months = json.value(QStringLiteral("longPendingMonths")).toArray();
        if (months.size() != 3)
            return refuse("longPendingMonths");
        int previous = 0;
        for (qsizetype i = 0; i < 3; ++i) {
            const int value = months.at(i).toInt(0);
            if (value <= previous || value > 120)
                return refuse("longPendingMonths"); // rising, within ten years
            settings.longPendingMonths[std::size_t(i)] = previous = value;
        }
    }
    if (json.contains(QStringLiteral("thresholds"))) {
        const QJsonValue given = json.value(QStringLiteral("thresholds"));
        if (!given.isObject())
            return refuse("thresholds");
        settings.thresholds.clear();
        const QJsonObject lines = given.toObject();
        for (auto it = lines.begin(); it != lines.end(); ++it) {
            const auto indicator = indicatorForKey(it.key());
            if (!indicator)
                return refuse("thresholds");
            const double line = it.value().toDouble(-1);
            if (!it.value().isDouble() || line < 0
                || line > CaseIndicators::definition(*indicator, settings).thresholdLimit())
                return refuse("thresholds");
            settings.thresholds.insert(*indicator, line);
        }
    }
    return settings;
}

QMap<Indicator, double> IndicatorSettings::defaultThresholds()
{
    return {{Indicator::WithinLimitRate, 90.0},
            {Indicator::EntryTimelinessRate, 95.0},
            {Indicator::EntryCompletenessRate, 95.0},
            {Indicator::ElectronicFileRate, 90.0},
            {Indicator::PublicationRate, 80.0}};
}

QJsonObject IndicatorSettings::toJson() const
{
    QJsonObject lines;
    for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it)
        lines.insert(CaseIndicators::definition(it.key(), *this).key, it.value());
    return {
        {"closingBase", closingBase == ClosingBase::PendingAndNew ? "pending_and_new" : "new_only"},
        {"reversalBase",
         reversalBase == ReversalBase::FirstInstanceClosed ? "first_instance_closed" : "appeals_decided"},
        {"timelyEntryDays", timelyEntryDays},
        {"longPendingMonths", QJsonArray{longPendingMonths[0], longPendingMonths[1], longPendingMonths[2]}},
        {"thresholds", lines}};
}

} // namespace GovDesk::Courts
