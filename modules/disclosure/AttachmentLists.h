// AttachmentLists: the module's attachment lists — an item's ItemAttachment list, a reply's stored
// JSON array — as the shared attachment panel (Ui::AttachmentPanel) and the sync
// (Core::BlobReferences) read them, and back. The one place these conversions are made.
#pragma once

#include "DisclosureItem.h"
#include "sync/BlobReferences.h"

#include <QJsonArray>
#include <QList>

namespace GovDesk::Disclosure::AttachmentLists {

[[nodiscard]] QList<Core::AttachmentRef> refs(const QList<ItemAttachment> &attachments);
// An entry without a declared size counts 0 bytes (an item's payload requires a size).
[[nodiscard]] QList<ItemAttachment> items(const QList<Core::AttachmentRef> &refs);

// [{sha256, name, size}] as stored in a payload; entries without a valid SHA-256 are left out, as
// the sync leaves them out.
[[nodiscard]] QList<Core::AttachmentRef> refs(const QJsonArray &stored);
[[nodiscard]] QJsonArray toJson(const QList<Core::AttachmentRef> &refs);

} // namespace GovDesk::Disclosure::AttachmentLists
