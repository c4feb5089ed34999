// Tests DisclosureRecords on a real encrypted profile: items written as records reach the
// disclosure_items table, the search (title, 索引号, keywords) and the to-do list (review steps,
// 电子监察 yellow and red), and leave all three when withdrawn or deleted; and the demo's items.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureDemoData.h"
#include "DisclosureRecords.h"
#include "DisclosureSamples.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "module/ProjectionRunner.h"
#include "store/Database.h"
#include "sync/RecordStore.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

const QDate Today(2026, 3, 20);
const QDateTime At(QDate(2026, 3, 5), QTime(4, 0), Qt::UTC);

} // namespace

class TestDisclosureRecords : public QObject
{
    Q_OBJECT

    std::unique_ptr<GovDesk::Test::ModuleTestProfile> m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;

    GovDesk::Core::ModuleContext &context() { return *m_context; }

    QString put(const DisclosureItem &item)
    {
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        if (auto saved = DisclosureRecords::saveItem(context(), id, item); !saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        return id;
    }

    QString statusOf(const QString &id)
    {
        auto select = context().database().prepareCached(
            QStringLiteral("SELECT status || '/' || supervision || '/' || index_number FROM disclosure_items "
                           "WHERE record_id = ?1"));
        select->bind(1, id);
        QString value;
        (void)select->forEachRow([&](const GovDesk::Core::Statement &row) { value = row.text(0); });
        return value;
    }

    QList<GovDesk::Core::TodoItem> todos()
    {
        return context()
            .todos()
            .openItems({QStringLiteral("disclosure")})
            .value_or(QList<GovDesk::Core::TodoItem>{});
    }

    QStringList hits(const QString &text)
    {
        QStringList ids;
        for (const auto &hit :
             context().search().search({.text = text}).value_or(QList<GovDesk::Core::SearchHit>{}))
            ids.append(hit.recordId);
        return ids;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<GovDesk::Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("disclosure"));
        GD_VERIFY(context().migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(context()));
        auto calendar = HolidayCalendar::shipped();
        GD_VERIFY(calendar);
        GD_VERIFY(context().addProjection(
            DisclosureRecords::projection(context(), *calendar, [] { return Today; })));
    }
    void cleanup() { m_profile.reset(); }

    void projectsPublishedItemsIntoTableAndSearch()
    {
        DisclosureItem item = GovDesk::Test::planDraft();
        item = ItemWorkflow::created(item, GovDesk::Test::editor(), At);
        item = *ItemWorkflow::submit(item, GovDesk::Test::editor(), {}, At);
        item = *ItemWorkflow::approve(item, GovDesk::Test::secrecyReviewer(), {}, At);
        item = *ItemWorkflow::publish(item, GovDesk::Test::leader(), {}, At);
        item.indexNumber = QStringLiteral("11450200MB0000000X-03-2026-0007");
        const QString id = put(item);
        QCOMPARE(statusOf(id), QStringLiteral("published/0/11450200MB0000000X-03-2026-0007"));
        QVERIFY(hits(QStringLiteral("城市建设计划")).contains(id));
        QVERIFY(hits(QStringLiteral("11450200MB0000000X-03-2026-0007")).contains(id));
        QVERIFY(hits(QStringLiteral("城乡建设")).contains(id)); // a keyword
        QVERIFY(todos().isEmpty());

        GD_VERIFY(context().records().remove(QString::fromLatin1(ItemCollection), id));
        QCOMPARE(statusOf(id), QString());
        QVERIFY(!hits(QStringLiteral("城市建设计划")).contains(id));
    }

    void reviewStepsAndLateItemsAreToDos()
    {
        // Changed on 2 March: on 20 March 14 of the 20 working days are used — not yet yellow.
        DisclosureItem reviewing
            = ItemWorkflow::created(GovDesk::Test::planDraft(), GovDesk::Test::editor(), At);
        reviewing = *ItemWorkflow::submit(reviewing, GovDesk::Test::editor(), {}, At);
        const QString waiting = put(reviewing);
        QCOMPARE(statusOf(waiting), QStringLiteral("secrecy_review/0/"));

        DisclosureItem late = GovDesk::Test::planDraft(); // a draft, changed 2 February: past 20 working days
        late.title = QStringLiteral("柳州市2026年春运工作方案");
        late.writtenOn = late.changedOn = QDate(2026, 2, 2);
        const QString overdue = put(late);
        QCOMPARE(statusOf(overdue), QStringLiteral("draft/2/"));

        DisclosureItem soon = GovDesk::Test::planDraft(); // changed 24 February: 3 days left on 20 March
        soon.title = QStringLiteral("柳州市2026年植树造林计划");
        soon.writtenOn = soon.changedOn = QDate(2026, 2, 24);
        const QString yellow = put(soon);
        QCOMPARE(statusOf(yellow), QStringLiteral("draft/1/"));

        QMap<QString, GovDesk::Core::TodoItem> byId;
        for (const auto &todo : todos())
            byId.insert(todo.recordId, todo);
        QCOMPARE(byId.size(), 3);
        QVERIFY(byId.value(waiting).title.contains(itemStatusName(ItemStatus::SecrecyReview)));
        QCOMPARE(byId.value(overdue).urgency, GovDesk::Core::Urgency::VeryUrgent);
        QCOMPARE(byId.value(yellow).urgency, GovDesk::Core::Urgency::Urgent);

        // Approved and published: the to-do goes.
        auto approved = ItemWorkflow::approve(reviewing, GovDesk::Test::secrecyReviewer(), {}, At);
        auto published = ItemWorkflow::publish(*approved, GovDesk::Test::leader(), {}, At);
        GD_VERIFY(DisclosureRecords::saveItem(context(), waiting, *published));
        for (const auto &todo : todos())
            QVERIFY(todo.recordId != waiting);
    }

    void demoDataCoversEveryStatus()
    {
        GD_VERIFY(seedDemoItems(context(), Today));
        GD_VERIFY(context().projections().catchUp()); // one transaction: projected after the commit
        auto count = context().records().count({.collection = QString::fromLatin1(ItemCollection)});
        GD_VERIFY(count);
        QCOMPARE(*count, 60);
        auto select = context().database().prepareCached(
            QStringLiteral("SELECT DISTINCT status FROM disclosure_items"));
        QStringList statuses;
        GD_VERIFY(
            select->forEachRow([&](const GovDesk::Core::Statement &row) { statuses.append(row.text(0)); }));
        for (ItemStatus status : allItemStatuses())
            QVERIFY2(statuses.contains(itemStatusKey(status)), qPrintable(itemStatusKey(status)));
        GD_VERIFY(seedDemoItems(context(), Today)); // once only
        QCOMPARE(*context().records().count({.collection = QString::fromLatin1(ItemCollection)}), 60);
    }
};

QTEST_MAIN(TestDisclosureRecords)
#include "tst_disclosurerecords.moc"
