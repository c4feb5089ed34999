// Tests TodoService: publishing, completing and removing 待办/待阅 items, their workbench order,
// deadlines against a fake clock, and that publish() commits or rolls back with the caller.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"
#include "todo/TodoService.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

Q_DECLARE_METATYPE(GovDesk::Core::TodoItem)

namespace {

const QString Documents = QStringLiteral("documents");
const QString Bulletins = QStringLiteral("bulletins");
const QString Meetings = QStringLiteral("meetings");

const QString ForestFireNotice = QStringLiteral("关于做好2014年森林防火工作的通知");
const QString TrialBulletin = QStringLiteral("海南高院2014年第一季度审判管理通报");

const QTimeZone Beijing(8 * 3600);

TodoItem makeItem(const QString &module, const QString &recordId, TodoKind kind, const QString &title,
                  const QDateTime &dueAt = {}, Urgency urgency = Urgency::Normal)
{
    TodoItem item;
    item.module = module;
    item.recordId = recordId;
    item.kind = kind;
    item.title = title;
    item.dueAt = dueAt;
    item.urgency = urgency;
    return item;
}

bool isInvalidArgument(const Result<> &result)
{
    return !result && result.error().code == ErrorCode::InvalidArgument;
}

QStringList recordIds(const QList<TodoItem> &items)
{
    QStringList ids;
    for (const TodoItem &item : items)
        ids << item.recordId;
    return ids;
}

} // namespace

class TestTodoService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TodoService> m_todos;
    // Monday 10 March 2014, 08:30 in Beijing: the fake clock every service in a test reads.
    QDateTime m_now;

    void open(bool create)
    {
        m_todos.reset();
        m_db.reset();
        auto db = openWithSchema(m_path, TodoService::MigrationOwner, TodoService::migrations(), create);
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_todos = std::make_unique<TodoService>(*m_db, [this] { return m_now; });
    }

    [[nodiscard]] qint64 storedCount() const
    {
        return m_db->queryInt(QStringLiteral("SELECT count(*) FROM todo_items")).value();
    }

    [[nodiscard]] int openCount(const QStringList &modules = {}) const
    {
        auto count = m_todos->openCount(modules);
        return count ? *count : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2014, 3, 10), QTime(8, 30), Beijing);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("profile.gddb"));
        open(true);
    }

    void cleanup()
    {
        m_todos.reset();
        m_db.reset();
    }

    void migrationIsRecorded()
    {
        auto version
            = MigrationRunner::currentVersion(*m_db, QString::fromLatin1(TodoService::MigrationOwner));
        GD_VERIFY(version);
        QCOMPARE(*version, 1);
    }

    void emptyListHasNoOpenItems()
    {
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QVERIFY(items->isEmpty());
        QCOMPARE(openCount(), 0);
    }

    void publishedItemsReadBackExactly()
    {
        // 待签收 by Friday 17:00 Beijing time, 加急; and a 待阅 bulletin without a deadline.
        const QDateTime friday(QDate(2014, 3, 14), QTime(17, 0), Beijing);
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, friday, Urgency::Urgent)));
        const QDateTime published = m_now;
        m_now = m_now.addSecs(90);
        GD_VERIFY(m_todos->publish(
            makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));

        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 2);
        const TodoItem &notice = items->at(0);
        QCOMPARE(notice.module, Documents);
        QCOMPARE(notice.recordId, QStringLiteral("doc-2014-0012"));
        QCOMPARE(notice.kind, TodoKind::ToDo);
        QCOMPARE(notice.title, ForestFireNotice);
        QCOMPARE(notice.dueAt, friday);
        QCOMPARE(notice.dueAt.timeSpec(), Qt::UTC);
        QCOMPARE(notice.dueAt.toString(Qt::ISODateWithMs), QStringLiteral("2014-03-14T09:00:00.000Z"));
        QCOMPARE(notice.urgency, Urgency::Urgent);
        QCOMPARE(notice.createdAt, published);
        QCOMPARE(notice.createdAt.timeSpec(), Qt::UTC);

        const TodoItem &bulletin = items->at(1);
        QCOMPARE(bulletin.module, Bulletins);
        QCOMPARE(bulletin.recordId, QStringLiteral("hnfy-2014-q1"));
        QCOMPARE(bulletin.kind, TodoKind::ToRead);
        QCOMPARE(bulletin.title, TrialBulletin);
        QVERIFY(!bulletin.dueAt.isValid());
        QCOMPARE(bulletin.urgency, Urgency::Normal);
        QCOMPARE(bulletin.createdAt, published.addSecs(90));
        QCOMPARE(openCount(), 2);

        // The stored form: kind identifiers and UTC epoch milliseconds, NULL for no deadline.
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM todo_items WHERE kind = 'todo'"
                                               " AND record_id = 'doc-2014-0012' AND urgency = 1"
                                               " AND due_at = %1 AND created_at = %2 AND done_at IS NULL")
                                    .arg(friday.toMSecsSinceEpoch())
                                    .arg(published.toMSecsSinceEpoch()))
                     .value(),
                 1);
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM todo_items WHERE kind = 'toread'"
                                               " AND record_id = 'hnfy-2014-q1' AND due_at IS NULL"))
                     .value(),
                 1);
    }

    void publishAgainUpdatesAndKeepsCreatedAt()
    {
        const QDateTime created = m_now;
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, {}, Urgency::Normal)));
        m_now = m_now.addSecs(3600);
        const QDateTime due(QDate(2014, 3, 11), QTime(12, 0), Beijing);
        TodoItem changed
            = makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                       ForestFireNotice + QStringLiteral("（补充通知）"), due, Urgency::VeryUrgent);
        changed.createdAt = m_now.addDays(-30); // ignored: publish() owns createdAt
        GD_VERIFY(m_todos->publish(changed));

        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().title, QStringLiteral("关于做好2014年森林防火工作的通知（补充通知）"));
        QCOMPARE(items->first().dueAt, due);
        QCOMPARE(items->first().urgency, Urgency::VeryUrgent);
        QCOMPARE(items->first().createdAt, created);
        QCOMPARE(storedCount(), 1);

        // Publishing without a deadline removes the old one.
        m_now = m_now.addSecs(60);
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, {}, Urgency::Urgent)));
        items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
        QVERIFY(!items->first().dueAt.isValid());
        QCOMPARE(items->first().urgency, Urgency::Urgent);
        QCOMPARE(items->first().title, ForestFireNotice);
        QCOMPARE(items->first().createdAt, created);
    }

    void publishingAnUnchangedItemWritesNothing()
    {
        // Modules republish their to-dos at every start; an unchanged one must not rewrite its page.
        const QDateTime due(QDate(2014, 3, 11), QTime(12, 0), Beijing);
        const TodoItem item = makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                       ForestFireNotice, due, Urgency::Urgent);
        GD_VERIFY(m_todos->publish(item));
        const auto before = m_db->queryInt(QStringLiteral("SELECT total_changes()"));
        GD_VERIFY(before);
        m_now = m_now.addSecs(3600);
        GD_VERIFY(m_todos->publish(item));
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT total_changes()")).value_or(-1), *before);
        QCOMPARE(storedCount(), 1);

        // A completed item published again is reopened, even with the same text.
        GD_VERIFY(m_todos->complete(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo));
        GD_VERIFY(m_todos->publish(item));
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
    }

    void recordCanBeBothToDoAndToRead()
    {
        const QString record = QStringLiteral("doc-2014-0012");
        GD_VERIFY(m_todos->publish(makeItem(Documents, record, TodoKind::ToDo, ForestFireNotice)));
        m_now = m_now.addSecs(1);
        GD_VERIFY(m_todos->publish(makeItem(Documents, record, TodoKind::ToRead, ForestFireNotice)));
        QCOMPARE(openCount(), 2);

        GD_VERIFY(m_todos->complete(Documents, record, TodoKind::ToDo));
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().kind, TodoKind::ToRead);
        QCOMPARE(items->first().recordId, record);
    }

    void completeHidesAndPublishReopens()
    {
        const QString record = QStringLiteral("doc-2014-0012");
        const QDateTime created = m_now;
        GD_VERIFY(m_todos->publish(makeItem(Documents, record, TodoKind::ToDo, ForestFireNotice)));
        GD_VERIFY(m_todos->publish(
            makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));

        m_now = m_now.addSecs(600);
        const QDateTime signedFor = m_now;
        GD_VERIFY(m_todos->complete(Documents, record, TodoKind::ToDo));
        QCOMPARE(openCount(), 1);
        QCOMPARE(recordIds(m_todos->openItems().value()), QStringList{QStringLiteral("hnfy-2014-q1")});
        // Done items are kept (with their done time), not deleted.
        QCOMPARE(storedCount(), 2);
        const QString doneAtQuery
            = QStringLiteral("SELECT done_at FROM todo_items WHERE record_id = 'doc-2014-0012'");
        QCOMPARE(m_db->queryInt(doneAtQuery).value(), signedFor.toMSecsSinceEpoch());

        // Completing again keeps the first done time; other kinds and unknown items are no error.
        m_now = m_now.addSecs(600);
        GD_VERIFY(m_todos->complete(Documents, record, TodoKind::ToDo));
        QCOMPARE(m_db->queryInt(doneAtQuery).value(), signedFor.toMSecsSinceEpoch());
        GD_VERIFY(m_todos->complete(Documents, record, TodoKind::ToRead));
        GD_VERIFY(m_todos->complete(Documents, QStringLiteral("doc-2014-9999"), TodoKind::ToDo));
        GD_VERIFY(m_todos->complete(Meetings, record, TodoKind::ToDo));
        QCOMPARE(openCount(), 1);
        QCOMPARE(storedCount(), 2);

        // The sender revised the document: it needs signing again, and it is the same item.
        m_now = m_now.addSecs(600);
        GD_VERIFY(
            m_todos->publish(makeItem(Documents, record, TodoKind::ToDo,
                                      ForestFireNotice + QStringLiteral("（修订）"), {}, Urgency::Urgent)));
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(recordIds(*items), (QStringList{record, QStringLiteral("hnfy-2014-q1")}));
        QCOMPARE(items->first().title, QStringLiteral("关于做好2014年森林防火工作的通知（修订）"));
        QCOMPARE(items->first().createdAt, created);
        QCOMPARE(
            m_db->queryInt(QStringLiteral("SELECT count(*) FROM todo_items WHERE done_at IS NULL")).value(),
            2);
        QCOMPARE(storedCount(), 2);
    }

    void removeAllTakesBothKindsOfOneRecord()
    {
        const QString record = QStringLiteral("doc-2014-0012");
        GD_VERIFY(m_todos->publish(makeItem(Documents, record, TodoKind::ToDo, ForestFireNotice)));
        GD_VERIFY(m_todos->publish(makeItem(Documents, record, TodoKind::ToRead, ForestFireNotice)));
        GD_VERIFY(m_todos->complete(Documents, record, TodoKind::ToRead));
        // Same record id in another module, and another record in the same module: both stay.
        GD_VERIFY(m_todos->publish(makeItem(Bulletins, record, TodoKind::ToRead, TrialBulletin)));
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0013"), TodoKind::ToDo,
                                            QStringLiteral("关于召开全县春季农业生产工作会议的通知"))));
        QCOMPARE(storedCount(), 4);

        GD_VERIFY(m_todos->removeAll(Documents, record));
        QCOMPARE(storedCount(), 2); // the done 待阅 went too
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 2); // equal rank and creation time: publication order
        QCOMPARE(items->at(0).module, Bulletins);
        QCOMPARE(items->at(0).recordId, record);
        QCOMPARE(items->at(1).module, Documents);
        QCOMPARE(items->at(1).recordId, QStringLiteral("doc-2014-0013"));

        GD_VERIFY(m_todos->removeAll(Documents, record)); // nothing left to remove: no error
        GD_VERIFY(m_todos->removeAll(Meetings, QStringLiteral("mtg-1")));
        QCOMPARE(storedCount(), 2);
    }

    void openItemsAreMostPressingFirst()
    {
        struct Step
        {
            const char *recordId;
            const char *title;
            Urgency urgency;
            int dueInHours;   // 0 = no deadline
            int minutesLater; // clock advance before publishing; 0 = same millisecond as the previous
        };
        const Step steps[] = {
            {"normal-none-1", "关于开展2014年安全生产大检查的通知", Urgency::Normal, 0, 1},
            {"urgent-48h", "关于报送2014年一季度经济运行情况的通知", Urgency::Urgent, 48, 1},
            {"veryurgent-120h", "关于切实做好当前防汛抗旱工作的紧急通知", Urgency::VeryUrgent, 120, 1},
            {"urgent-24h-a", "关于做好2014年森林防火工作的通知", Urgency::Urgent, 24, 1},
            {"urgent-none", "关于印发《县政府工作规则》的通知", Urgency::Urgent, 0, 1},
            {"normal-240h", "海南高院2014年第一季度审判管理通报", Urgency::Normal, 240, 1},
            {"normal-overdue", "关于报送2013年度政府信息公开工作年度报告的通知", Urgency::Normal, -24, 1},
            {"normal-none-2", "县林业局2014年2月工作简报", Urgency::Normal, 0, 1},
            {"normal-none-3", "县水务局2014年2月工作简报", Urgency::Normal, 0, 0},
            {"urgent-24h-b", "关于做好春季森林防火宣传工作的通知", Urgency::Urgent, 24, 1},
            {"veryurgent-none", "关于立即开展森林火灾隐患排查的紧急通知", Urgency::VeryUrgent, 0, 1},
        };
        const QDateTime start = m_now;
        for (const Step &step : steps) {
            m_now = m_now.addSecs(60 * step.minutesLater);
            const QDateTime due = step.dueInHours == 0 ? QDateTime() : start.addSecs(3600 * step.dueInHours);
            GD_VERIFY(m_todos->publish(makeItem(Documents, QString::fromLatin1(step.recordId), TodoKind::ToDo,
                                                QString::fromUtf8(step.title), due, step.urgency)));
        }
        // Re-publishing the oldest item keeps its place among items of equal rank.
        m_now = m_now.addSecs(60);
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("normal-none-1"), TodoKind::ToDo,
                                            QStringLiteral("关于开展2014年安全生产大检查的通知（更新）"))));

        const QStringList expected{
            // 特急 first, even with the latest deadline; then by deadline, none last.
            QStringLiteral("veryurgent-120h"), QStringLiteral("veryurgent-none"),
            // 加急: same deadline in creation order, then the later deadline, then none.
            QStringLiteral("urgent-24h-a"), QStringLiteral("urgent-24h-b"), QStringLiteral("urgent-48h"),
            QStringLiteral("urgent-none"),
            // 普通: the overdue one first, then by deadline, then without one by creation order
            // (2 and 3 share a millisecond: publication order decides).
            QStringLiteral("normal-overdue"), QStringLiteral("normal-240h"), QStringLiteral("normal-none-1"),
            QStringLiteral("normal-none-2"), QStringLiteral("normal-none-3")};
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(recordIds(*items), expected);
        QCOMPARE(items->at(8).title, QStringLiteral("关于开展2014年安全生产大检查的通知（更新）"));
        QCOMPARE(items->at(9).createdAt, items->at(10).createdAt);
        QCOMPARE(openCount(), 11);

        // Completing and reopening does not change the order either.
        GD_VERIFY(m_todos->complete(Documents, QStringLiteral("urgent-24h-a"), TodoKind::ToDo));
        QCOMPARE(m_todos->openItems().value().at(2).recordId, QStringLiteral("urgent-24h-b"));
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("urgent-24h-a"), TodoKind::ToDo,
                                            QStringLiteral("关于做好2014年森林防火工作的通知"),
                                            start.addSecs(3600 * 24), Urgency::Urgent)));
        QCOMPARE(recordIds(m_todos->openItems().value()), expected);
    }

    void modulesFilterItemsAndCount()
    {
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, {}, Urgency::Urgent)));
        GD_VERIFY(m_todos->publish(
            makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));
        GD_VERIFY(m_todos->publish(makeItem(Meetings, QStringLiteral("mtg-2014-03-12"), TodoKind::ToDo,
                                            QStringLiteral("全县森林防火工作电视电话会议"), {},
                                            Urgency::VeryUrgent)));
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0013"), TodoKind::ToRead,
                                            QStringLiteral("关于召开全县春季农业生产工作会议的通知"))));

        auto bulletins = m_todos->openItems({Bulletins});
        GD_VERIFY(bulletins);
        QCOMPARE(recordIds(*bulletins), QStringList{QStringLiteral("hnfy-2014-q1")});
        QCOMPARE(openCount({Bulletins}), 1);

        auto two = m_todos->openItems({Bulletins, Documents});
        GD_VERIFY(two);
        QCOMPARE(recordIds(*two),
                 (QStringList{QStringLiteral("doc-2014-0012"), QStringLiteral("hnfy-2014-q1"),
                              QStringLiteral("doc-2014-0013")}));
        QCOMPARE(openCount({Bulletins, Documents}), 3);

        QCOMPARE(recordIds(m_todos->openItems().value()).first(), QStringLiteral("mtg-2014-03-12"));
        QCOMPARE(openCount(), 4);
        QCOMPARE(m_todos->openItems({QStringLiteral("archives")}).value().size(), 0);
        QCOMPARE(openCount({QStringLiteral("archives")}), 0);

        GD_VERIFY(m_todos->complete(Documents, QStringLiteral("doc-2014-0013"), TodoKind::ToRead));
        QCOMPARE(openCount({Documents}), 1);
        QCOMPARE(openCount({Documents, Meetings}), 2);
    }

    void overdueFollowsTheClock()
    {
        const QDateTime due(QDate(2014, 3, 14), QTime(17, 0), Beijing);
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, due, Urgency::Urgent)));
        GD_VERIFY(m_todos->publish(
            makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));
        const TodoItem notice = m_todos->openItems().value().at(0);
        const TodoItem bulletin = m_todos->openItems().value().at(1);
        QCOMPARE(notice.dueAt, due);

        QVERIFY(!m_todos->isOverdue(notice));
        m_now = due.addMSecs(-1);
        QVERIFY(!m_todos->isOverdue(notice));
        m_now = due; // due at 17:00 means 17:00 is still in time
        QVERIFY(!m_todos->isOverdue(notice));
        m_now = due.addMSecs(1);
        QVERIFY(m_todos->isOverdue(notice));
        // The same instant from another time zone's clock.
        m_now = due.toUTC().addSecs(1);
        QVERIFY(m_todos->isOverdue(notice));
        m_now = due.addYears(1);
        QVERIFY(!m_todos->isOverdue(bulletin)); // no deadline is never overdue
        QVERIFY(!m_todos->isOverdue(TodoItem{}));
    }

    void defaultClockIsNowInUtc()
    {
        TodoService todos(*m_db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        GD_VERIFY(todos.publish(
            makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo, ForestFireNotice)));
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        const TodoItem item = todos.openItems().value().first();
        QVERIFY(item.createdAt >= before && item.createdAt <= after);
        QVERIFY(!todos.isOverdue(makeItem(Documents, QStringLiteral("x"), TodoKind::ToDo, QStringLiteral("x"),
                                          after.addSecs(3600))));
        QVERIFY(todos.isOverdue(makeItem(Documents, QStringLiteral("x"), TodoKind::ToDo, QStringLiteral("x"),
                                         before.addSecs(-3600))));
    }

    void invalidItemsAreRefused_data()
    {
        QTest::addColumn<TodoItem>("item");
        QTest::addColumn<QString>("detail");
        const TodoItem valid
            = makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo, ForestFireNotice);
        TodoItem item = valid;
        item.module.clear();
        QTest::newRow("no module") << item << QStringLiteral("empty module");
        item = valid;
        item.recordId = QString();
        QTest::newRow("no record") << item << QStringLiteral("empty recordId");
        item = valid;
        item.title.clear();
        QTest::newRow("no title") << item << QStringLiteral("empty title");
        item = valid;
        item.title = QStringLiteral(" \t\u3000"); // ideographic space included
        QTest::newRow("blank title") << item << QStringLiteral("empty title");
        item = valid;
        item.dueAt = QDateTime(QDate(2014, 2, 30), QTime(17, 0), Beijing);
        QTest::newRow("invalid deadline") << item << QStringLiteral("invalid dueAt");
        item = valid;
        item.urgency = static_cast<Urgency>(3);
        QTest::newRow("unknown urgency") << item << QStringLiteral("urgency 3");
        item = valid;
        item.urgency = static_cast<Urgency>(-1);
        QTest::newRow("negative urgency") << item << QStringLiteral("urgency -1");
        item = valid;
        item.kind = static_cast<TodoKind>(2);
        QTest::newRow("unknown kind") << item << QStringLiteral("kind 2");
    }

    void invalidItemsAreRefused()
    {
        QFETCH(TodoItem, item);
        QFETCH(QString, detail);
        auto published = m_todos->publish(item);
        QVERIFY(!published);
        QCOMPARE(published.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(published.error().detail, detail);
        QVERIFY(!published.error().message.isEmpty());
        QCOMPARE(storedCount(), 0);
    }

    void completeAndRemoveAllNeedAnItem()
    {
        GD_VERIFY(m_todos->publish(
            makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo, ForestFireNotice)));
        const QString record = QStringLiteral("doc-2014-0012");
        QVERIFY(isInvalidArgument(m_todos->complete({}, record, TodoKind::ToDo)));
        QVERIFY(isInvalidArgument(m_todos->complete(Documents, {}, TodoKind::ToDo)));
        QVERIFY(isInvalidArgument(m_todos->complete(Documents, record, static_cast<TodoKind>(7))));
        QVERIFY(isInvalidArgument(m_todos->removeAll({}, record)));
        QVERIFY(isInvalidArgument(m_todos->removeAll(Documents, {})));
        QCOMPARE(openCount(), 1);
    }

    void publishJoinsTheCallersTransaction()
    {
        GD_VERIFY(m_db->execute(QStringLiteral("CREATE TABLE incoming (id TEXT PRIMARY KEY, title TEXT)")));
        {
            // 签收 screen: the incoming document and its 待办 are saved together — here, not at all.
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_db->execute(
                QStringLiteral("INSERT INTO incoming VALUES ('doc-2014-0012', '%1')").arg(ForestFireNotice)));
            GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                                ForestFireNotice, {}, Urgency::Urgent)));
            QCOMPARE(openCount(), 1); // visible inside the transaction
            QVERIFY(m_db->inTransaction());
            tx->rollback();
        }
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM incoming")).value(), 0);
        QCOMPARE(storedCount(), 0);
        QCOMPARE(openCount(), 0);

        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_db->execute(
                QStringLiteral("INSERT INTO incoming VALUES ('doc-2014-0012', '%1')").arg(ForestFireNotice)));
            GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                                ForestFireNotice, {}, Urgency::Urgent)));
            GD_VERIFY(m_todos->publish(
                makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));
            GD_VERIFY(tx->commit());
        }
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM incoming")).value(), 1);
        QCOMPARE(openCount(), 2);

        {
            // Signing for it and completing the 待办 are undone together too.
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_todos->complete(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo));
            GD_VERIFY(m_todos->removeAll(Bulletins, QStringLiteral("hnfy-2014-q1")));
            QCOMPARE(openCount(), 0);
            tx->rollback();
        }
        QCOMPARE(openCount(), 2);
        QVERIFY(!m_db->inTransaction());
    }

    void failedPublishLeavesTheCallersTransactionUsable()
    {
        GD_VERIFY(m_db->execute(QStringLiteral(
            "CREATE TRIGGER refuse_meetings BEFORE INSERT ON todo_items WHEN NEW.module = 'meetings'"
            " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_todos->publish(
                makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo, ForestFireNotice)));
            auto refused
                = m_todos->publish(makeItem(Meetings, QStringLiteral("mtg-2014-03-12"), TodoKind::ToDo,
                                            QStringLiteral("全县森林防火工作电视电话会议")));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Constraint);
            GD_VERIFY(m_todos->publish(
                makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));
            GD_VERIFY(tx->commit());
        }
        QCOMPARE(recordIds(m_todos->openItems().value()),
                 (QStringList{QStringLiteral("doc-2014-0012"), QStringLiteral("hnfy-2014-q1")}));
        // Outside a transaction a failed publish must not leave one open behind it.
        QVERIFY(!m_todos->publish(makeItem(Meetings, QStringLiteral("mtg-2014-03-12"), TodoKind::ToDo,
                                           QStringLiteral("全县森林防火工作电视电话会议"))));
        QVERIFY(!m_db->inTransaction());
    }

    void itemsPersistAcrossReopen()
    {
        const QDateTime due(QDate(2014, 3, 14), QTime(17, 0), Beijing);
        const QDateTime created = m_now;
        GD_VERIFY(m_todos->publish(makeItem(Documents, QStringLiteral("doc-2014-0012"), TodoKind::ToDo,
                                            ForestFireNotice, due, Urgency::VeryUrgent)));
        GD_VERIFY(m_todos->publish(
            makeItem(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead, TrialBulletin)));
        GD_VERIFY(m_todos->complete(Bulletins, QStringLiteral("hnfy-2014-q1"), TodoKind::ToRead));
        open(false);
        auto items = m_todos->openItems();
        GD_VERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().title, ForestFireNotice);
        QCOMPARE(items->first().dueAt, due);
        QCOMPARE(items->first().urgency, Urgency::VeryUrgent);
        QCOMPARE(items->first().createdAt, created);
        QCOMPARE(storedCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTodoService)
#include "tst_todoservice.moc"
