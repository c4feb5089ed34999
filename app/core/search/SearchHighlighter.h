// SearchHighlighter: finds a query's terms in a text and renders it as HTML with <mark>s.
#pragma once

#include "search/SearchTokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace GovDesk::Core {

class SearchHighlighter
{
public:
    // A stretch of the source text that matches a query term (UTF-16 offsets, end exclusive).
    struct Match
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool operator==(const Match &) const = default;
    };

    explicit SearchHighlighter(QStringView userQuery);

    // Where the terms occur, by the same rules as the index: normalised, punctuation-blind, Han
    // characters adjacent only within a run. Sorted; overlapping and touching matches merged.
    [[nodiscard]] QList<Match> matches(QStringView text) const;

    // The whole text, HTML-escaped, whitespace collapsed, matches wrapped in <mark>…</mark>.
    [[nodiscard]] QString highlight(QStringView text) const;

    // About `width` characters around the densest cluster of matches (the start of the text
    // when nothing matches), rendered like highlight(), with "…" where the text was cut.
    [[nodiscard]] QString snippet(QStringView text, qsizetype width = DefaultSnippetWidth) const;

    static constexpr qsizetype DefaultSnippetWidth = 60;

private:
    [[nodiscard]] static QString render(QStringView text, qsizetype begin, qsizetype end,
                                        const QList<Match> &matches);

    QList<QList<SearchUnit>> m_terms;
};

} // namespace GovDesk::Core
