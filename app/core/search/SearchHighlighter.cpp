#include "SearchHighlighter.h"

#include <algorithm>

namespace GovDesk::Core {

namespace {

// HTML-escaped, with each run of whitespace (line breaks in bodies) shown as one space.
void appendEscaped(QString &html, QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            plain.append(c);
        else if (plain.isEmpty() || plain.back() != QLatin1Char(' '))
            plain.append(QLatin1Char(' '));
    }
    html.append(plain.toHtmlEscaped());
}

} // namespace

SearchHighlighter::SearchHighlighter(QStringView userQuery)
    : m_terms(SearchTokenizer::queryTerms(userQuery))
{
}

QList<SearchHighlighter::Match> SearchHighlighter::matches(QStringView text) const
{
    if (m_terms.isEmpty())
        return {};
    const QList<SearchUnit> units = SearchTokenizer::units(text);
    QList<Match> found;
    for (const QList<SearchUnit> &term : m_terms) {
        for (qsizetype i = 0; i + term.size() <= units.size(); ++i) {
            bool same = true;
            for (qsizetype j = 0; j < term.size() && same; ++j) {
                const SearchUnit &unit = units.at(i + j);
                same = unit.text == term.at(j).text && (j == 0 || unit.continuesRun == term.at(j).continuesRun);
            }
            if (same)
                found.append(Match{units.at(i).begin, units.at(i + term.size() - 1).end});
        }
    }
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) { return a.begin < b.begin; });
    QList<Match> merged;
    for (const Match &match : found) {
        if (!merged.isEmpty() && match.begin <= merged.last().end)
            merged.last().end = std::max(merged.last().end, match.end);
        else
            merged.append(match);
    }
    return merged;
}

QString SearchHighlighter::highlight(QStringView text) const
{
    return render(text, 0, text.size(), matches(text));
}

QString SearchHighlighter::snippet(QStringView text, qsizetype width) const
{
    const QList<Match> found = matches(text);
    if (text.size() <= width)
        return render(text, 0, text.size(), found);

    // Slide a window that starts a little before each match; keep the one holding most matches.
    // Matches are disjoint and sorted, so both window edges only move forward.
    qsizetype start = 0;
    qsizetype best = 0;
    qsizetype first = 0;
    qsizetype last = 0;
    for (const Match &match : found) {
        const qsizetype candidate = std::clamp(match.begin - width / 4, qsizetype(0), text.size() - width);
        while (found.at(first).begin < candidate)
            ++first;
        last = std::max(last, first);
        while (last < found.size() && found.at(last).end <= candidate + width)
            ++last;
        if (last - first > best) {
            best = last - first;
            start = candidate;
        }
    }
    qsizetype end = start + width;
    // Never cut a surrogate pair in half.
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    QString html = render(text, start, end, found);
    if (start > 0)
        html.prepend(QStringLiteral("…"));
    if (end < text.size())
        html.append(QStringLiteral("…"));
    return html;
}

QString SearchHighlighter::render(QStringView text, qsizetype begin, qsizetype end, const QList<Match> &matches)
{
    QString html;
    qsizetype position = begin;
    for (const Match &match : matches) {
        const qsizetype markBegin = std::max(match.begin, position);
        const qsizetype markEnd = std::min(match.end, end);
        if (markBegin >= markEnd)
            continue;
        appendEscaped(html, text.sliced(position, markBegin - position));
        html.append(QStringLiteral("<mark>"));
        appendEscaped(html, text.sliced(markBegin, markEnd - markBegin));
        html.append(QStringLiteral("</mark>"));
        position = markEnd;
    }
    appendEscaped(html, text.sliced(position, end - position));
    return html;
}

} // namespace GovDesk::Core
