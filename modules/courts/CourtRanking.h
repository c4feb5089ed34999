// CourtRanking: how a 通报 ranks the courts of one level on one indicator — standard competition
// ranking on the figure as published (rounded to its decimals, so two courts shown with the same
// figure share a rank: 1, 2, 2, 4), the top and bottom three marked (ties at the boundary all
// marked; fewer than three each when the level has fewer than six courts, so that no court is
// both and a pair is not "the top three"), the move against the previous period's rank, and the
// courts under a threshold. Courts without a figure (no cases in the period) are listed apart,
// never ranked last.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Courts {

enum class Direction { HigherIsBetter, LowerIsBetter }; // 结案率 / 平均审理天数

struct RankingInput
{
    QString court;                  // 法院代字
    std::optional<double> value;    // none: no figure this period
    std::optional<double> previous; // the previous period's figure, if any
};

struct RankedCourt
{
    QString court;
    double value = 0;                 // rounded as published
    int rank = 0;                     // 1 = best
    bool tied = false;                // shares its rank
    bool top = false;                 // among the first `marked`
    bool bottom = false;              // among the last `marked` (never also top)
    std::optional<int> previousRank;  // among the courts that had a figure then
    std::optional<double> change;     // value − previous figure (rounded alike)
    bool belowThreshold = false;      // worse than the threshold (below it, or above for LowerIsBetter)
};

struct RankingOptions
{
    Direction direction = Direction::HigherIsBetter;
    int decimals = 2;                 // of the published figure
    int marked = 3;                   // top and bottom marks
    std::optional<double> threshold;  // e.g. 结案率 under 80 is named in the 通报
};

struct Ranking
{
    QList<RankedCourt> courts; // best first; ties in 代字 order
    QStringList unranked;      // courts without a figure, in 代字 order
    int marked = 0;            // how many were marked at each end: 前三 / 后三, or fewer
};

class CourtRanking
{
public:
    [[nodiscard]] static Ranking rank(const QList<RankingInput> &inputs, const RankingOptions &options = {});
    // The figure as published, for comparisons that must agree with what readers see.
    [[nodiscard]] static double rounded(double value, int decimals);
};

} // namespace GovDesk::Courts
