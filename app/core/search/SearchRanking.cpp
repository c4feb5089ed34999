#include "SearchRanking.h"

#include <algorithm>

namespace GovDesk::Core::Internal {

namespace {

// The usual BM25 constants: term frequency saturates at k1 + 1, length normalisation b.
constexpr double K1 = 1.2;
constexpr double B = 0.75;

} // namespace

std::optional<double> bm25(std::span<const quint32> matchinfo, std::span<const double> columnWeights,
                           std::span<const double> lengthNormalisation)
{
    if (matchinfo.size() < 2)
        return std::nullopt;
    const std::size_t phrases = matchinfo[0];
    const std::size_t columns = matchinfo[1];
    if (matchinfo.size() != 2 + 2 * columns + phrases * columns)
        return std::nullopt;
    const auto averageLength = matchinfo.subspan(2, columns);
    const auto length = matchinfo.subspan(2 + columns, columns);
    const auto hits = matchinfo.subspan(2 + 2 * columns); // per phrase, per column, in this row

    double score = 0.0;
    for (std::size_t p = 0; p < phrases; ++p) {
        for (std::size_t c = 0; c < columns; ++c) {
            const double frequency = hits[p * columns + c];
            if (frequency == 0)
                continue;
            const double weight = c < columnWeights.size() ? columnWeights[c] : 1.0;
            const double b = c < lengthNormalisation.size() ? lengthNormalisation[c] : B;
            const double relativeLength
                = static_cast<double>(length[c]) / std::max<quint32>(averageLength[c], 1);
            score += weight * frequency * (K1 + 1) / (frequency + K1 * (1 - b + b * relativeLength));
        }
    }
    return score;
}

} // namespace GovDesk::Core::Internal
