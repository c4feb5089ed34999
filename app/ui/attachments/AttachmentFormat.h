// AttachmentFormat: what an attachment is — PDF, OFD (GB/T 33190) or anything else — from its
// name, or for a name that does not say, from its bytes.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace GovDesk::Ui {

enum class AttachmentKind { Pdf, Ofd, Other };

class AttachmentFormat
{
public:
    // Up to `length` bytes of the file from `offset` (fewer at the end, none on failure), so that
    // a large attachment is never read whole just to be recognised.
    using RangeReader = std::function<QByteArray(qint64 offset, qint64 length)>;

    // .pdf and .ofd, in any case; Other for every other name.
    [[nodiscard]] static AttachmentKind byName(const QString &name);
    // "%PDF-" at the start is a PDF; a ZIP archive whose central directory lists OFD.xml at its
    // root is an OFD package (GB/T 33190 §7.3). `size` is the file's length in bytes.
    [[nodiscard]] static AttachmentKind byContent(qint64 size, const RangeReader &read);
    // byName, and byContent when the name does not tell.
    [[nodiscard]] static AttachmentKind of(const QString &name, qint64 size, const RangeReader &read);
    // The same checks on bytes in memory.
    [[nodiscard]] static AttachmentKind of(const QString &name, const QByteArray &bytes);
};

} // namespace GovDesk::Ui
