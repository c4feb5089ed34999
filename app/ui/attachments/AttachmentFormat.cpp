#include "AttachmentFormat.h"

#include <QtEndian>

namespace GovDesk::Ui {

namespace {
constexpr quint32 EndOfDirectory = 0x06054b50;
constexpr quint32 DirectoryEntry = 0x02014b50;
constexpr quint32 LocalFileHeader = 0x04034b50;
constexpr qint64 EndRecordSize = 22;
constexpr qint64 MaxCommentSize = 0xffff;
// An OFD package holds a few dozen entries; a directory larger than this is not worth reading.
constexpr qint64 MaxDirectorySize = 4 * 1024 * 1024;

quint16 u16(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// Whether the ZIP's central directory names `entry` (as stored: ZIP names use '/').
bool directoryLists(const QByteArray &directory, quint16 count, const QByteArray &entry)
{
    qint64 at = 0;
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || u32(directory, at) != DirectoryEntry)
            return false;
        const qint64 nameLength = u16(directory, at + 28);
        const qint64 next = at + 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
        if (at + 46 + nameLength > directory.size())
            return false;
        if (directory.mid(at + 46, nameLength) == entry)
            return true;
        at = next;
    }
    return false;
}

bool isOfdPackage(qint64 size, const AttachmentFormat::RangeReader &read)
{
    static const QByteArray root = QByteArrayLiteral("OFD.xml");
    // The end-of-directory record sits in the last 22 bytes, or further up by a comment.
    const qint64 tailLength = qMin(size, EndRecordSize + MaxCommentSize);
    const QByteArray tail = read(size - tailLength, tailLength);
    for (qint64 at = tail.size() - EndRecordSize; at >= 0; --at) {
        if (u32(tail, at) != EndOfDirectory)
            continue;
        const quint16 count = u16(tail, at + 10);
        const qint64 directorySize = u32(tail, at + 12);
        const qint64 directoryOffset = u32(tail, at + 16);
        if (directorySize > MaxDirectorySize || directoryOffset + directorySize > size)
            break; // ZIP64 or damaged: look at the first entry instead
        return directoryLists(read(directoryOffset, directorySize), count, root);
    }
    // No usable directory: producers write OFD.xml first.
    const QByteArray head = read(0, 30 + root.size());
    return head.size() == 30 + root.size() && u32(head, 0) == LocalFileHeader && u16(head, 26) == root.size()
           && head.mid(30) == root;
}
} // namespace

AttachmentKind AttachmentFormat::byName(const QString &name)
{
    if (name.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return AttachmentKind::Pdf;
    if (name.endsWith(QStringLiteral(".ofd"), Qt::CaseInsensitive))
        return AttachmentKind::Ofd;
    return AttachmentKind::Other;
}

AttachmentKind AttachmentFormat::byContent(qint64 size, const RangeReader &read)
{
    if (size < 5)
        return AttachmentKind::Other;
    const QByteArray magic = read(0, 5);
    if (magic == "%PDF-")
        return AttachmentKind::Pdf;
    if (magic.startsWith("PK\x03\x04") && size >= EndRecordSize && isOfdPackage(size, read))
        return AttachmentKind::Ofd;
    return AttachmentKind::Other;
}

AttachmentKind AttachmentFormat::of(const QString &name, qint64 size, const RangeReader &read)
{
    const AttachmentKind kind = byName(name);
    return kind != AttachmentKind::Other ? kind : byContent(size, read);
}

AttachmentKind AttachmentFormat::of(const QString &name, const QByteArray &bytes)
{
    return of(name, bytes.size(),
              [&bytes](qint64 offset, qint64 length) { return bytes.mid(offset, length); });
}

} // namespace GovDesk::Ui
