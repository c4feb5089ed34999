// TextDiff: what changed between two versions of a 正文, character by character (Myers' O(ND)
// algorithm): Chinese has no spaces to diff words by, and 留痕 marks each inserted and deleted
// character.
#pragma once

#include <QList>
#include <QString>

namespace GovDesk::Documents {

struct DiffSegment
{
    enum class Kind { Equal, Inserted, Deleted };
    Kind kind = Kind::Equal;
    QString text;

    [[nodiscard]] bool operator==(const DiffSegment &) const = default;
};

class TextDiff
{
public:
    // Segments that turn `before` into `after`: the Equal and Deleted ones spell `before`, the
    // Equal and Inserted ones `after`; neighbours of one kind are merged.
    [[nodiscard]] static QList<DiffSegment> compare(const QString &before, const QString &after);
};

} // namespace GovDesk::Documents
