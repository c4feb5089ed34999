// CourtTrend: one indicator over consecutive periods (months or quarters of a year, or years) for
// the province and each court — what the dashboard's trend chart draws.
#pragma once

#include "CaseIndicators.h"
#include "CourtDirectory.h"

namespace GovDesk::Courts {

struct TrendPeriod
{
    QString label; // 2026年3月, 2026年第一季度
    Period period;
};

struct TrendPoint
{
    TrendPeriod period;
    std::optional<double> province;
    QMap<QString, std::optional<double>> courts; // 代字 → figure
};

class CourtTrend
{
public:
    enum class Step { Month, Quarter, Year };

    // The periods of `step` that cover [from, to], whole ones, labelled in Chinese.
    [[nodiscard]] static QList<TrendPeriod> periods(QDate from, QDate to, Step step);
    // The same months as 年内累计, as courts report: each from 1 January of its year to the month's
    // end, labelled 「2026年1—3月」 (January alone 「2026年1月」).
    [[nodiscard]] static QList<TrendPeriod> yearToDate(const QList<TrendPeriod> &months);
    [[nodiscard]] static QList<TrendPoint> compute(const CourtDirectory &directory,
                                                   const QList<CourtCase> &cases, Indicator indicator,
                                                   const QList<TrendPeriod> &periods,
                                                   const IndicatorSettings &settings = {});
};

} // namespace GovDesk::Courts
