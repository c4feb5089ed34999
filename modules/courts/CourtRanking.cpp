#include "CourtRanking.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace GovDesk::Courts {

namespace {

// Competition ranks of `values` (1 + how many are strictly better), best-first order assumed.
QList<int> competitionRanks(const QList<double> &sortedBestFirst)
{
    QList<int> ranks;
    for (qsizetype i = 0; i < sortedBestFirst.size(); ++i)
        ranks.append(i > 0 && sortedBestFirst.at(i) == sortedBestFirst.at(i - 1) ? ranks.constLast() : int(i) + 1);
    return ranks;
}

} // namespace

double CourtRanking::rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

Ranking CourtRanking::rank(const QList<RankingInput> &inputs, const RankingOptions &options)
{
    const bool higherBetter = options.direction == Direction::HigherIsBetter;
    const auto better = [higherBetter](double a, double b) { return higherBetter ? a > b : a < b; };

    Ranking ranking;
    QList<RankingInput> ranked;
    for (const RankingInput &input : inputs) {
        if (input.value && std::isfinite(*input.value))
            ranked.append(input);
        else
            ranking.unranked.append(input.court);
    }
    std::sort(ranking.unranked.begin(), ranking.unranked.end());
    std::sort(ranked.begin(), ranked.end(), [&](const RankingInput &a, const RankingInput &b) {
        const double x = rounded(*a.value, options.decimals);
        const double y = rounded(*b.value, options.decimals);
        return x != y ? better(x, y) : a.court < b.court;
    });

    // The previous period's ranks, among the courts that had a figure then.
    QList<RankingInput> before;
    for (const RankingInput &input : inputs)
        if (input.previous && std::isfinite(*input.previous))
            before.append(input);
    std::sort(before.begin(), before.end(), [&](const RankingInput &a, const RankingInput &b) {
        return better(rounded(*a.previous, options.decimals), rounded(*b.previous, options.decimals));
    });
    QList<double> previousValues;
    for (const RankingInput &input : before)
        previousValues.append(rounded(*input.previous, options.decimals));
    const QList<int> previousRanks = competitionRanks(previousValues);
    QHash<QString, int> previousRankOf;
    for (qsizetype i = 0; i < before.size(); ++i)
        previousRankOf.insert(before.at(i).court, previousRanks.at(i));

    QList<double> values;
    for (const RankingInput &input : ranked)
        values.append(rounded(*input.value, options.decimals));
    const QList<int> ranks = competitionRanks(values);
    const qsizetype count = ranked.size();
    ranking.marked = int(std::min<qsizetype>(options.marked, count / 2));
    for (qsizetype i = 0; i < count; ++i) {
        const RankingInput &input = ranked.at(i);
        RankedCourt court;
        court.court = input.court;
        court.value = values.at(i);
        court.rank = ranks.at(i);
        court.tied = (i > 0 && values.at(i - 1) == values.at(i)) || (i + 1 < count && values.at(i + 1) == values.at(i));
        court.top = court.rank <= ranking.marked;
        // From the bottom: 1 + how many are strictly worse; ties at the boundary are all marked.
        const auto worse = std::count_if(values.cbegin(), values.cend(),
                                         [&](double other) { return better(values.at(i), other); });
        court.bottom = !court.top && worse < ranking.marked;
        if (previousRankOf.contains(input.court)) {
            court.previousRank = previousRankOf.value(input.court);
            court.change = rounded(values.at(i) - rounded(*input.previous, options.decimals), options.decimals);
        }
        if (options.threshold)
            court.belowThreshold = better(*options.threshold, court.value);
        ranking.courts.append(court);
    }
    return ranking;
}

} // namespace GovDesk::Courts
