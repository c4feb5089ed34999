#include "CourtsAnalysis.h"

#include "CourtsStore.h"

#include <tuple>

namespace GovDesk::Courts {

namespace {

Core::Result<> cancelled(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        //: 已取消。
        return Core::fail(Core::ErrorCode::Cancelled, CourtsAnalysis::tr("Cancelled."));
    return {};
}

void report(const CourtsAnalysis::Progress &progress, int percent, const QString &step)
{
    if (progress)
        progress(percent, step);
}

} // namespace

QList<CourtCase> CourtsData::casesOf(const QString &court) const
{
    QList<CourtCase> list;
    for (const CourtCase &c : cases)
        if (c.court() == court)
            list.append(c);
    return list;
}

Core::Result<std::shared_ptr<const CourtsData>> CourtsAnalysis::load(Core::Database &db,
                                                                     const IndicatorSettings &settings,
                                                                     const Progress &progress,
                                                                     const std::atomic_bool *cancel)
{
    const CourtsStore store(db);
    //: Progress: 读取法院名录和案件…
    report(progress, 5, tr("Reading the courts and their cases…"));
    auto directory = store.directory();
    if (!directory)
        return std::unexpected(directory.error());
    auto cases = store.cases();
    if (!cases)
        return std::unexpected(cases.error());
    GD_TRY(cancelled(cancel));
    auto data = std::make_shared<CourtsData>();
    data->directory = std::move(*directory);
    data->cases = std::move(*cases);
    std::tie(data->first, data->last) = CourtsPeriods::extent(data->cases);
    data->periods = CourtsPeriods::choices(data->first, data->last);
    data->settings = settings;
    return std::shared_ptr<const CourtsData>(std::move(data));
}

BulletinOptions CourtsAnalysis::options(const CourtsData &data, const PeriodChoice &choice)
{
    BulletinOptions options;
    options.period = choice.period;
    options.previous = choice.previous;
    options.periodName = choice.name;
    const QList<Court> top = data.directory.atLevel(CourtLevel::High);
    options.issuer = top.isEmpty() ? QString() : top.first().name + QStringLiteral("审判管理办公室");
    options.settings = data.settings;
    return options;
}

Core::Result<CourtsAnalysisResult> CourtsAnalysis::analyse(std::shared_ptr<const CourtsData> data,
                                                           const PeriodChoice &choice,
                                                           const TrendChoice &trend, const Progress &progress,
                                                           const std::atomic_bool *cancel)
{
    CourtsAnalysisResult result{.data = data, .choice = choice, .trendChoice = trend};
    //: Progress: 计算各院指标并排名…
    report(progress, 30, tr("Computing and ranking every court's indicators…"));
    auto bulletin = CourtBulletin::compose(data->directory, data->cases, options(*data, choice));
    if (!bulletin)
        return std::unexpected(bulletin.error());
    result.bulletin = std::move(*bulletin);
    GD_TRY(cancelled(cancel));
    //: Progress: 计算走势…
    report(progress, 70, tr("Computing the trend…"));
    result.trend = CourtsAnalysis::trend(*data, trend);
    GD_TRY(cancelled(cancel));
    report(progress, 100, {});
    return result;
}

QList<TrendPoint> CourtsAnalysis::trend(const CourtsData &data, const TrendChoice &choice)
{
    // Whole months only: a month the data cover in part would show a dip that is not there.
    QList<TrendPeriod> months = CourtTrend::periods(data.first, data.last, CourtTrend::Step::Month);
    if (choice.yearToDate)
        months = CourtTrend::yearToDate(months);
    months.removeIf([&](const TrendPeriod &month) {
        return month.period.from < data.first || month.period.to > data.last;
    });
    return CourtTrend::compute(data.directory, data.cases, choice.indicator, months, data.settings);
}

} // namespace GovDesk::Courts
