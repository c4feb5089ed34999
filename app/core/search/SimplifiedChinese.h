// SimplifiedChinese: maps traditional Chinese characters to simplified ones (OpenCC's t2s data).
#pragma once

#include <QtGlobal>

namespace GovDesk::Core {

// The search folds traditional characters into simplified ones, in the indexed text and in the
// query alike, so that 電子政務 and 电子政务 find each other.
//
// Character by character, not OpenCC's phrase conversion: a phrase-level result depends on the
// characters around it (乾隆 stays 乾隆, 乾淨 becomes 干净), so a query would not always fold like
// the same characters inside a longer indexed text. Per character, any substring of a text folds
// exactly as the query typed for it, which is what matching needs; that a few characters fold
// to a simplified character of another meaning (乾 → 干) only widens a search a little.
class SimplifiedChinese
{
public:
    // The simplified form of c, or c itself. The table is read from OpenCC's t2s configuration
    // once per process, on first use (tens of milliseconds), and only read afterwards: OpenCC is
    // not used concurrently, and lookups need no lock.
    [[nodiscard]] static char32_t of(char32_t c);

    // False when OpenCC (libopencc1.1, loaded then) or its data (libopencc-data) was missing:
    // nothing is folded then, and the reason was logged.
    [[nodiscard]] static bool available();
};

} // namespace GovDesk::Core
