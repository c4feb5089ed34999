// SearchTokenizer: turns Chinese/Latin text into FTS4 index tokens and safe MATCH expressions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace GovDesk::Core {

// One searchable unit of a text: a single Han character or a Latin/digit word, normalised
// (NFKC, lower case), with its place in the source text so that matches can be highlighted.
struct SearchUnit
{
    QString text;
    qsizetype begin = 0; // UTF-16 offsets into the source text, end exclusive
    qsizetype end = 0;
    bool han = false;
    // True when this Han character directly follows the previous one in the same run of Han
    // characters; false for words and for the first character of a run.
    bool continuesRun = false;
};

// Text is normalised before it is split: NFKC, lower case, and traditional Han characters folded
// to simplified ones (SimplifiedChinese), so 電子政務 indexes and finds like 电子政务; units keep
// the span of the original characters, so highlights land on the text as written.
//
// SQLite's own tokenizers cannot split Chinese (there are no spaces), so text is tokenized here
// and FTS4 only sees space-separated tokens: overlapping bigrams within runs of Han characters
// ("森林防火" → 森林 林防 防火), lower-cased words with letters and digits apart ("GB50010" → gb
// 50010, so that "GB 50010" and "GB50010" find each other), and boundary tokens where a run ends
// ("桂政发〔2014〕12号" → 桂政 政发 发·2014 2014 12 12·号 号·). Everything else separates.
class SearchTokenizer
{
public:
    [[nodiscard]] static QList<SearchUnit> units(QStringView text);

    // Every Han character starts exactly one token (its bigram, or the boundary token at the end
    // of its run), so a one-character query finds each occurrence as the prefix "字*".
    [[nodiscard]] static QStringList indexTokens(QStringView text);
    // indexTokens() joined by spaces: what an FTS4 column indexes.
    [[nodiscard]] static QString indexText(QStringView text);

    // The normalised units joined by spaces: texts that differ only in punctuation, width, case
    // or script (traditional/simplified) have the same key. The service looks titles and document
    // numbers up by it, so that an exact title is found however many newer entries match.
    [[nodiscard]] static QString key(QStringView text);

    // The units of each whitespace-separated term of a user query; terms without any unit
    // (punctuation only) are left out, duplicates kept once.
    [[nodiscard]] static QList<QList<SearchUnit>> queryTerms(QStringView userQuery);

    // An FTS4 MATCH expression: one quoted phrase per term, ANDed. Empty when the query holds
    // nothing searchable. Tokens hold only letters, digits, Han characters and the boundary mark,
    // so nothing a user types (quotes, *, -, OR, NEAR, column:) can reach FTS4 as syntax.
    [[nodiscard]] static QString queryExpression(QStringView userQuery);

    // A looser reading of a query typed without spaces, for near matches ranked after the exact
    // phrases: a term of four or more Han characters becomes its non-overlapping bigrams, ANDed,
    // in either alignment (电子政务会议 → "电子" "政务" "会议" or "子政" "务会"), so that
    // 电子政务会议 finds 电子政务工作会议; other terms stay exact phrases. Empty when no term has a
    // looser form. At most MaxLooseQueries combinations of the terms' alignments.
    struct LooseQuery
    {
        QString expression;     // FTS4 MATCH expression, as safe as queryExpression()
        QString highlightQuery; // the same pieces as a user query, for SearchHighlighter
        // The bigrams of each loosened term, in the order typed: FTS4 cannot ask for order or
        // nearness cheaply, so a hit must show them with occursInOrder() (防火森林 is not 森林防火).
        QList<QStringList> orderedPieces;
    };
    static constexpr qsizetype MaxLooseQueries = 4;
    [[nodiscard]] static QList<LooseQuery> looseQueries(QStringView userQuery);

    // Whether the pieces occur in `text` in this order, each starting at most `maxGap` units
    // after the previous one ends (by the index's rules: normalised, adjacent only within a run).
    [[nodiscard]] static bool occursInOrder(QStringView text, const QStringList &pieces, qsizetype maxGap);
};

} // namespace GovDesk::Core
