#include "TextDiff.h"

#include <vector>

namespace GovDesk::Documents {

namespace {

void append(QList<DiffSegment> &segments, DiffSegment::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text.toString()});
}

} // namespace

QList<DiffSegment> TextDiff::compare(const QString &before, const QString &after)
{
    // The common prefix and suffix first: most revisions change a few sentences of a long text.
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const QStringView a = QStringView(before).mid(prefix, before.size() - prefix - suffix);
    const QStringView b = QStringView(after).mid(prefix, after.size() - prefix - suffix);

    // Myers: V[k] is the furthest x on diagonal k after d edits; the trace keeps each d's V.
    const auto n = static_cast<int>(a.size());
    const auto m = static_cast<int>(b.size());
    const int max = n + m;
    std::vector<int> v(static_cast<std::size_t>(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    const auto at = [max](int k) {
        return static_cast<std::size_t>(k + max);
    };
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)])) ? v[at(k + 1)] : v[at(k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[at(k)] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done)
            break;
    }

    // Walk back through the trace, collecting edits from the end.
    struct Step
    {
        DiffSegment::Kind kind;
        QChar character;
    };
    std::vector<Step> steps;
    int x = n;
    int y = m;
    for (int d = static_cast<int>(trace.size()) - 1; d >= 0 && (x > 0 || y > 0); --d) {
        const std::vector<int> &previous = trace[static_cast<std::size_t>(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && previous[at(k - 1)] < previous[at(k + 1)]);
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = previous[at(previousK)];
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            steps.push_back({DiffSegment::Kind::Equal, a.at(x - 1)});
            --x;
            --y;
        }
        if (d == 0)
            break;
        if (down)
            steps.push_back({DiffSegment::Kind::Inserted, b.at(--y)});
        else
            steps.push_back({DiffSegment::Kind::Deleted, a.at(--x)});
    }
    while (x > 0 && y > 0) { // d = 0: what is left is common
        steps.push_back({DiffSegment::Kind::Equal, a.at(x - 1)});
        --x;
        --y;
    }

    QList<DiffSegment> segments;
    append(segments, DiffSegment::Kind::Equal, QStringView(before).left(prefix));
    for (auto step = steps.rbegin(); step != steps.rend(); ++step)
        append(segments, step->kind, QStringView(&step->character, 1));
    append(segments, DiffSegment::Kind::Equal, QStringView(before).right(suffix));
    return segments;
}

} // namespace GovDesk::Documents
