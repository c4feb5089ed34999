// SearchRanking: BM25 relevance of one FTS4 row, from matchinfo(…, 'pcaly').
#pragma once

#include <QtGlobal>
#include <optional>
#include <span>

namespace GovDesk::Core::Internal {

// Okapi BM25 summed over phrases and columns, each column's part multiplied by its weight
// (missing weights count 1). `lengthNormalisation` is BM25's b per column (missing: 0.75); 0 for
// a column whose length says nothing about relevance, or whose average is meaningless because
// most entries leave it empty (document numbers). Empty when the words do not have the 'pcaly'
// layout.
//
// There is no IDF factor: FTS4 can only tell how many rows hold a phrase ('x') by reading the
// phrase's whole document list, which for a common term costs more than the whole search may
// take on 100,000 documents. All terms must match anyway, so IDF would only shift weight
// between terms every hit contains.
[[nodiscard]] std::optional<double> bm25(std::span<const quint32> matchinfo,
                                         std::span<const double> columnWeights,
                                         std::span<const double> lengthNormalisation = {});

} // namespace GovDesk::Core::Internal
