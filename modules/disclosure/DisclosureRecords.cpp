#include "DisclosureRecords.h"

#include "PublicationDeadline.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "store/RowUpsert.h"

namespace GovDesk::Disclosure {

namespace {

QString collection()
{
    return QString::fromLatin1(ItemCollection);
}

Core::Result<> removeRow(Core::ModuleContext &context, const QString &recordId)
{
    auto remove = context.database().prepareCached(
        QStringLiteral("DELETE FROM disclosure_items WHERE record_id = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, recordId);
    GD_TRY(remove->exec());
    GD_TRY(context.todos().removeAll(recordId));
    return context.search().remove(recordId);
}

// 电子监察 of an unpublished item: green, yellow or red on `today`; green once published or withdrawn.
SupervisionStatus supervision(const HolidayCalendar &calendar, const DisclosureItem &item, QDate today)
{
    if (item.status == ItemStatus::Published || item.status == ItemStatus::Withdrawn
        || !item.changedOn.isValid())
        return SupervisionStatus::Green;
    auto state = PublicationDeadline::evaluate(calendar, item.changedOn, std::nullopt,
                                               std::max(today, item.changedOn));
    return state ? state->status : SupervisionStatus::Green;
}

Core::Result<> refreshTodo(Core::ModuleContext &context, const QString &recordId, const DisclosureItem &item,
                           SupervisionStatus status)
{
    const bool reviewing
        = item.status == ItemStatus::SecrecyReview || item.status == ItemStatus::LeaderReview;
    const bool late = status != SupervisionStatus::Green;
    if (!reviewing && !late)
        return context.todos().complete(recordId, Core::TodoKind::ToDo);
    QString waiting;
    if (reviewing)
        //: A 信息公开 to-do's step: 待保密审查, 待领导审核
        waiting = DisclosureRecords::tr("Awaiting %1").arg(itemStatusName(item.status));
    if (late) {
        //: 电子监察 in a to-do: 预警 (yellow) or 超期 (red) of the 20 working days
        const QString mark = status == SupervisionStatus::Red ? DisclosureRecords::tr("overdue")
                                                              : DisclosureRecords::tr("due soon");
        waiting = waiting.isEmpty() ? mark : waiting + QStringLiteral("·") + mark;
    }
    //: A 信息公开 to-do: 【待保密审查】柳州市2026年城市建设计划
    return context.todos().publish({.recordId = recordId,
                                    .kind = Core::TodoKind::ToDo,
                                    .title = DisclosureRecords::tr("[%1] %2").arg(waiting, item.title),
                                    .urgency = status == SupervisionStatus::Red ? Core::Urgency::VeryUrgent
                                               : status == SupervisionStatus::Yellow
                                                   ? Core::Urgency::Urgent
                                                   : Core::Urgency::Normal});
}

Core::Result<> writeItem(Core::ModuleContext &context, const HolidayCalendar &calendar, QDate today,
                         const Core::SyncRecord &record)
{
    auto item = DisclosureItem::fromPayload(record.payload);
    if (!item) {
        // A record another version wrote wrongly is left out of the lists, never stops the others.
        qCWarning(context.log()).noquote()
            << "disclosure item" << record.recordId << "skipped:" << item.error().detail;
        return removeRow(context, record.recordId);
    }
    const SupervisionStatus status = supervision(calendar, *item, today);
    static const Core::RowUpsert upsert(
        QStringLiteral("disclosure_items"),
        QStringLiteral("record_id, index_number, category, title, publisher, status, changed_on, "
                       "published_on, supervision, updated_at"),
        1);
    const auto bindRow = [&](Core::Statement &row) {
        row.bind(1, record.recordId)
            .bind(2, item->indexNumber)
            .bind(3, DisclosureCategories::code(item->category))
            .bind(4, item->title)
            .bind(5, item->publisher)
            .bind(6, itemStatusKey(item->status))
            .bind(7, item->changedOn.toString(Qt::ISODate))
            .bind(8, item->publishedOn ? item->publishedOn->toString(Qt::ISODate) : QString())
            .bind(9, int(status))
            .bind(10, record.updatedAt.toMSecsSinceEpoch());
    };
    GD_TRY(upsert.write(context.database(), bindRow));
    GD_TRY(context.search().index(
        {.type = QString::fromLatin1(ItemSearchType),
         .recordId = record.recordId,
         .title = item->title,
         .body = (item->keywords + QStringList{item->publisher, item->body}).join(QLatin1Char('\n')),
         .updatedAt = record.updatedAt,
         .documentNumber = item->indexNumber}));
    return refreshTodo(context, record.recordId, *item, status);
}

} // namespace

QList<Core::Migration> DisclosureRecords::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("disclosure_items: the 主动公开 items"),
             .sql = QStringLiteral(
                 "CREATE TABLE disclosure_items ("
                 " record_id TEXT PRIMARY KEY,"
                 " index_number TEXT NOT NULL DEFAULT '',"
                 " category TEXT NOT NULL DEFAULT '',"
                 " title TEXT NOT NULL DEFAULT '',"
                 " publisher TEXT NOT NULL DEFAULT '',"
                 " status TEXT NOT NULL DEFAULT 'draft',"
                 " changed_on TEXT NOT NULL DEFAULT '',"
                 " published_on TEXT NOT NULL DEFAULT '',"
                 " supervision INTEGER NOT NULL DEFAULT 0,"
                 " updated_at INTEGER NOT NULL DEFAULT 0);"
                 "CREATE INDEX disclosure_items_by_status ON disclosure_items (status, changed_on);")}};
}

Core::Result<> DisclosureRecords::declare(Core::ModuleContext &context)
{
    //: Search filter and type of 主动公开 items
    GD_TRY(context.search().registerType(QString::fromLatin1(ItemSearchType), tr("Disclosed item")));
    return context.records().declareCollection(
        {.name = collection(), .policy = Core::ConflictPolicy::AskUser});
}

Core::Projection DisclosureRecords::projection(Core::ModuleContext &context, HolidayCalendar calendar,
                                               std::function<QDate()> today)
{
    return {.name = QStringLiteral("items"),
            .collections = {collection()},
            .version = 1,
            .apply = [&context, calendar, today](const Core::ProjectedRecord &projected) -> Core::Result<> {
                if (projected.isGone())
                    return removeRow(context, projected.recordId);
                return writeItem(context, calendar, today(), *projected.record);
            },
            .reset =
                [&context] {
                    return context.database().execute(QStringLiteral("DELETE FROM disclosure_items"));
                }};
}

Core::Result<> DisclosureRecords::saveItem(Core::ModuleContext &context, const QString &recordId,
                                           const DisclosureItem &item)
{
    return context.records().put(collection(), recordId, item.toPayload());
}

} // namespace GovDesk::Disclosure
