#include "BlobReferences.h"

#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/SyncStorage.h"

#include <QJsonArray>
#include <QSet>

namespace GovDesk::Core::BlobReferences {

QList<AttachmentRef> of(const QJsonObject &payload)
{
    QList<AttachmentRef> refs;
    QSet<QString> seen;
    for (const QJsonValue &value : payload.value(QLatin1StringView("attachments")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString sha256 = entry.value(QLatin1StringView("sha256")).toString();
        if (!BlobCache::isValidId(sha256) || seen.contains(sha256))
            continue;
        seen.insert(sha256);
        const QJsonValue size = entry.value(QLatin1StringView("size"));
        refs.append({sha256, entry.value(QLatin1StringView("name")).toString(), size.isDouble() ? size.toInteger(-1) : -1});
    }
    return refs;
}

Result<QList<AttachmentRef>> missing(Database &db)
{
    // LIKE keeps the JSON parsing to the few records that can have attachments.
    auto select = db.prepare(QStringLiteral(
        "SELECT payload FROM sync_records WHERE deleted = 0 AND payload LIKE '%\"attachments\"%'"
        " ORDER BY updated_at, collection, record_id"));
    if (!select)
        return std::unexpected(select.error());
    QList<AttachmentRef> wanted;
    QSet<QString> seen;
    GD_TRY(select->forEachRow([&](const Statement &) {
        for (const AttachmentRef &ref : of(SyncStorage::objectFromText(select->text(0)))) {
            if (seen.contains(ref.sha256))
                continue;
            seen.insert(ref.sha256);
            wanted.append(ref);
        }
    }));
    select.value() = Statement(); // finished before the next statement runs
    QList<AttachmentRef> absent;
    BlobCache cache(db);
    for (const AttachmentRef &ref : std::as_const(wanted)) {
        auto here = cache.has(ref.sha256);
        if (!here)
            return std::unexpected(here.error());
        if (!*here)
            absent.append(ref);
    }
    return absent;
}

} // namespace GovDesk::Core::BlobReferences
