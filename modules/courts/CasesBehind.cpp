#include "CasesBehind.h"

#include <algorithm>

namespace GovDesk::Courts {

namespace {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

struct Entry
{
    BehindCase behind;
    double weight = 0; // larger: worse, listed first
};

} // namespace

QList<BehindCase> CasesBehind::of(const QList<CourtCase> &cases, Indicator indicator, const Period &period,
                                  const IndicatorSettings &settings)
{
    QList<Entry> entries;
    const auto add = [&entries](const CourtCase &c, QString reason, double weight = 0) {
        entries.append({{c, std::move(reason)}, weight});
    };
    // 平均审理天数: the cases above the court's own average are what raise it.
    double averageDays = 0;
    if (indicator == Indicator::AverageTrialDays) {
        const Figure figure = CaseIndicators::compute(cases, period, settings).value(indicator);
        averageDays = CaseIndicators::value(indicator, figure).value_or(0);
    }

    for (const CourtCase &c : cases) {
        const bool filed = period.contains(c.filedOn);
        const bool pendingAtStart = c.filedOn < period.from && c.isOpenOn(period.from.addDays(-1));
        const bool closedNow = c.closedOn && period.contains(*c.closedOn);
        const bool firstInstanceClosed = closedNow && c.isFirstInstance();
        switch (indicator) {
        case Indicator::ClosingRate:
            if ((filed
                 || (pendingAtStart && settings.closingBase == IndicatorSettings::ClosingBase::PendingAndNew))
                && !closedNow)
                //: 期末未结（立案 %1）
                add(c, tr("Open at the end of the period (filed %1)").arg(day(c.filedOn)),
                    c.filedOn.daysTo(period.to));
            break;
        case Indicator::WithinLimitRate:
            if (closedNow && !c.closedWithinLimit()) {
                const qint64 late = c.dueDate().daysTo(*c.closedOn);
                //: 超审限 %n 天结案（审限届满 %1）
                add(c,
                    tr("Closed %n day(s) past the time limit (due %1)", nullptr, int(late))
                        .arg(day(c.dueDate())),
                    double(late));
            }
            break;
        case Indicator::AverageTrialDays:
            if (closedNow && *c.trialDays() > averageDays)
                //: 审理 %1 天，高于本院平均 %2 天
                add(c,
                    tr("Tried in %1 days, above the court's average of %2")
                        .arg(*c.trialDays())
                        .arg(averageDays, 0, 'f', 1),
                    *c.trialDays());
            break;
        case Indicator::LongPending:
        case Indicator::LongPendingMiddle:
        case Indicator::LongPendingLong: {
            const auto slot = std::size_t(int(indicator) - int(Indicator::LongPending));
            const int months = settings.longPendingMonths[slot];
            if (c.isOpenOn(period.to) && c.filedOn.addMonths(months) <= period.to)
                //: 立案于 %1，期末已 %2 天未结
                add(c,
                    tr("Filed %1, open for %2 days at the end of the period")
                        .arg(day(c.filedOn))
                        .arg(c.filedOn.daysTo(period.to)),
                    c.filedOn.daysTo(period.to));
            break;
        }
        case Indicator::AcceptanceRate:
            if (firstInstanceClosed && c.appealed)
                //: 已上诉
                add(c, tr("Appealed"));
            else if (firstInstanceClosed && c.retrialSought)
                //: 申请再审
                add(c, tr("Retrial sought"));
            break;
        case Indicator::MediationWithdrawalRate:
            if (closedNow && c.closing != ClosingMethod::Mediation && c.closing != ClosingMethod::Withdrawal)
                //: 未以调解或撤诉结案
                add(c, tr("Not closed by mediation or withdrawal"));
            break;
        case Indicator::AppealRate:
            if (firstInstanceClosed && c.appealed)
                //: 已上诉
                add(c, tr("Appealed"));
            break;
        case Indicator::ReversedRemandedRate:
            if (firstInstanceClosed && c.appealOutcome == AppealOutcome::Reversed)
                //: 二审改判
                add(c, tr("Reversed on appeal"));
            else if (firstInstanceClosed && c.appealOutcome == AppealOutcome::Remanded)
                //: 发回重审
                add(c, tr("Remanded for retrial"));
            break;
        case Indicator::ExecutionRecoveryRate:
            if (closedNow && c.type() && c.type()->category == CaseCategory::Execution
                && c.executionRecovered < c.executionApplied)
                //: 到位 %1 元，申请执行 %2 元
                add(c,
                    tr("%1 yuan recovered of %2 applied for")
                        .arg(c.executionRecovered, 0, 'f', 2)
                        .arg(c.executionApplied, 0, 'f', 2),
                    c.executionApplied - c.executionRecovered);
            break;
        case Indicator::EvenClosingRate:
            break;
        case Indicator::EntryTimelinessRate: {
            QStringList late;
            qint64 worst = 0;
            for (const CaseEvent &event : c.events) {
                if (!period.contains(event.occurredOn))
                    continue;
                if (!event.enteredOn.isValid()) {
                    //: 「%1」（%2）未录入
                    late << tr("「%1」 (%2) not entered").arg(event.kind, day(event.occurredOn));
                    worst = std::max<qint64>(worst, event.occurredOn.daysTo(period.to));
                } else if (const qint64 days = event.occurredOn.daysTo(event.enteredOn);
                           days > settings.timelyEntryDays) {
                    //: 「%1」%2 发生，%n 天后录入
                    late << tr("「%1」 on %2 entered %n day(s) later", nullptr, int(days))
                                .arg(event.kind, day(event.occurredOn));
                    worst = std::max(worst, days);
                }
            }
            if (!late.isEmpty())
                add(c, late.join(tr("; ")), double(worst));
            break;
        }
        case Indicator::EntryCompletenessRate:
            if ((filed || closedNow) && !c.mandatoryFieldsComplete)
                //: 必填项不完整
                add(c, tr("Mandatory fields incomplete"));
            break;
        case Indicator::ElectronicFileRate:
            if (filed && !c.electronicFile)
                //: 未随案同步生成电子卷宗
                add(c, tr("No electronic file generated with the case"));
            break;
        case Indicator::PublicationRate:
            if (closedNow && c.judgmentPublishable && !c.judgmentPublished)
                //: 应公开的裁判文书未上网
                add(c, tr("Judgment to publish not published"));
            break;
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.behind.courtCase.number.toString() < b.behind.courtCase.number.toString();
    });
    QList<BehindCase> behind;
    behind.reserve(entries.size());
    for (Entry &entry : entries)
        behind.append(std::move(entry.behind));
    return behind;
}

} // namespace GovDesk::Courts
