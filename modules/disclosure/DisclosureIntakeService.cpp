#include "DisclosureIntakeService.h"

#include "DisclosureRecords.h"
#include "ItemWorkflow.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "sync/RecordStore.h"

namespace GovDesk::Disclosure {

DisclosureIntakeService::DisclosureIntakeService(Core::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

Core::Result<QString> DisclosureIntakeService::existingDraft(const QString &sourceRecordId) const
{
    // The source sits in a nested object the record query cannot filter on: read page by page.
    Core::RecordQuery query{.collection = QString::fromLatin1(ItemCollection), .limit = 200};
    for (;;) {
        auto page = m_context.records().query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const Core::SyncRecord &record : *page) {
            const QJsonObject source = record.payload.value(QStringLiteral("source")).toObject();
            if (source.value(QStringLiteral("recordId")).toString() == sourceRecordId)
                return record.recordId;
        }
        if (page->size() < query.limit)
            return QString();
        query.offset += query.limit;
    }
}

Core::Result<QString> DisclosureIntakeService::draftFromDocument(const Core::IntakeDocument &document)
{
    if (document.title.trimmed().isEmpty())
        return std::unexpected(
            DisclosureItem::refusal(QStringLiteral("title"), DisclosureItem::tr("must not be empty")));
    if (!document.sourceRecordId.isEmpty()) {
        auto existing = existingDraft(document.sourceRecordId);
        if (!existing)
            return std::unexpected(existing.error());
        if (!existing->isEmpty())
            return *existing;
    }
    DisclosureItem item;
    item.title = document.title.trimmed();
    item.body = document.body;
    item.publisher = document.publisher;
    item.writtenOn = document.writtenOn.isValid() ? document.writtenOn : QDate::currentDate();
    // Art. 26 counts from the day the information is formed: for a 公文, its 成文日期.
    item.changedOn = item.writtenOn;
    for (const Core::IntakeAttachment &attachment : document.attachments)
        item.attachments.append(
            {.sha256 = attachment.sha256, .name = attachment.name, .size = attachment.size});
    item.source = ItemSource{.collection = document.sourceCollection,
                             .recordId = document.sourceRecordId,
                             .documentNumber = document.documentNumber};
    const Core::SyncAccount account = m_context.account();
    const ItemActor actor{.userId = account.userId, .name = account.name};
    item = ItemWorkflow::created(item, actor, QDateTime::currentDateTimeUtc());
    const QString id = Core::RecordStore::newRecordId();
    GD_TRY(DisclosureRecords::saveItem(m_context, id, item));
    return id;
}

} // namespace GovDesk::Disclosure
