// BlobReferences: the attachments a record's payload names, and those this profile still lacks.
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace GovDesk::Core {

class Database;

// One entry of a payload's "attachments" array: {"sha256": …, "name": "附件1.pdf", "size": …}.
struct AttachmentRef
{
    QString sha256;
    QString name;
    qint64 size = -1; // as the record declares it; -1 when absent
};

namespace BlobReferences {

// The payload's attachments with a valid id, each id once, in order. Entries without a valid
// id are skipped: the payload belongs to a module, and a bad entry must not stop a sync.
[[nodiscard]] QList<AttachmentRef> of(const QJsonObject &payload);

// Attachments of the profile's records (deleted ones aside) that are not complete here: what a
// sync downloads. Reading every record each run also picks up downloads an earlier run did not
// finish, whichever page their record came with.
[[nodiscard]] Result<QList<AttachmentRef>> missing(Database &db);

} // namespace BlobReferences
} // namespace GovDesk::Core
