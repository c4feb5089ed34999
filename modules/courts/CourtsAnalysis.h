// CourtsAnalysis: what the 审判 page shows, worked out off the UI thread in two steps. load() reads
// the directory and every case with its events once (again only when the data change); analyse()
// composes, from what was loaded, the 通报 of the chosen period against the same span a year
// earlier and the chosen indicator's trend, month by month or 年内累计. Both can be stopped between
// their steps.
#pragma once

#include "CourtBulletin.h"
#include "CourtTrend.h"
#include "CourtsPeriods.h"

#include <atomic>
#include <functional>
#include <memory>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Courts {

struct CourtsData
{
    CourtDirectory directory;
    QList<CourtCase> cases; // every case, in 案号 order, with its events
    QList<PeriodChoice> periods;
    QDate first, last; // the days the cases cover (CourtsPeriods::extent), for the periods and the trend
    IndicatorSettings settings;
    [[nodiscard]] QList<CourtCase> casesOf(const QString &court) const;
};

// What the trend chart draws: one indicator, each month on its own or 年内累计 (from 1 January to
// the month's end: the figure a court reports as 「1—3月」).
struct TrendChoice
{
    Indicator indicator = Indicator::ClosingRate;
    bool yearToDate = false;
    [[nodiscard]] bool operator==(const TrendChoice &) const = default;
};

struct CourtsAnalysisResult
{
    std::shared_ptr<const CourtsData> data;
    PeriodChoice choice;
    Bulletin bulletin;
    TrendChoice trendChoice;
    QList<TrendPoint> trend;
};

class CourtsAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtsAnalysis)
public:
    // percent 0–100 and what is being done.
    using Progress = std::function<void(int percent, const QString &step)>;

    [[nodiscard]] static Core::Result<std::shared_ptr<const CourtsData>>
    load(Core::Database &db, const IndicatorSettings &settings, const Progress &progress = {},
         const std::atomic_bool *cancel = nullptr);
    [[nodiscard]] static Core::Result<CourtsAnalysisResult>
    analyse(std::shared_ptr<const CourtsData> data, const PeriodChoice &choice, const TrendChoice &trend,
            const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // Over the whole months the data cover; 年内累计 only for the years they cover from January
    // (a year the data join in December would show one month as the year's figure).
    [[nodiscard]] static QList<TrendPoint> trend(const CourtsData &data, const TrendChoice &choice);
    // The 通报's options for a period: its name, the issuer (the top court's 审判管理办公室), the
    // 口径 and the thresholds under which a court is named.
    [[nodiscard]] static BulletinOptions options(const CourtsData &data, const PeriodChoice &choice);
};

} // namespace GovDesk::Courts
