// Tests RequestsStore on a real encrypted profile, installed into a module context as the plugin
// does it: the table follows records put locally (registered, changed, deleted), serials continue
// per year, a record it cannot read is left out without holding the projection back, 电子监察 to-dos
// appear for yellow and red requests with the days in their text and go when answered or green,
// refresh as the days pass and with the officer's setting — and the demo year seeds 120 requests.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "RequestSamples.h"
#include "RequestsDemoData.h"
#include "RequestsStore.h"
#include "module/ModuleRecords.h"
#include "module/ModuleTodos.h"
#include "module/ProjectionRunner.h"
#include "store/Database.h"
#include "sync/RecordStore.h"

#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

class TestRequestsStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    QDate m_today{2026, 3, 26};

    QList<TodoItem> todos() const
    {
        auto items = m_context->todos().openItems({QStringLiteral("disclosure")});
        if (!items)
            qFatal("%s", qPrintable(items.error().message));
        return *items;
    }

    qint64 rows() const
    {
        return *m_context->database().queryInt("SELECT count(*) FROM disclosure_requests");
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("disclosure"));
        m_today = QDate(2026, 3, 26);
        GD_VERIFY(RequestsStore::install(*m_context, {.calendar = shippedCalendar(), .today = [this] {
                                                          return m_today;
                                                      }}));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void registerAndProject()
    {
        const auto first = RequestsStore::registerRequest(*m_context, draftRequest(QDate(2026, 3, 2)),
                                                          clerk(), at(QDate(2026, 3, 2)));
        GD_VERIFY(first);
        const auto second = RequestsStore::registerRequest(*m_context, draftRequest(QDate(2026, 3, 16)),
                                                           clerk(), at(QDate(2026, 3, 16)));
        GD_VERIFY(second);
        const auto all = RequestsStore::all(m_context->database());
        GD_VERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->value(*first).serial, QStringLiteral("2026-0001"));
        QCOMPARE(all->value(*second).serial, QStringLiteral("2026-0002"));
        QCOMPARE(*RequestsStore::serials(m_context->database(), 2026),
                 (QStringList{"2026-0001", "2026-0002"}));
        QVERIFY(RequestsStore::serials(m_context->database(), 2027)->isEmpty());
        // The record is the contract's payload.
        const auto record = m_context->records().get(QString::fromLatin1(RequestCollection), *first);
        GD_VERIFY(record);
        QCOMPARE(record->value().payload.value("serial").toString(), QStringLiteral("2026-0001"));
        QCOMPARE(*m_context->database().queryInt("SELECT count(*) FROM disclosure_requests WHERE due_on = "
                                                 "'2026-03-30' AND status = 'registered'"),
                 1);

        // On 26 March the first has 2 days left (yellow), the second 12 (green, no to-do).
        QList<TodoItem> items = todos();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).recordId, *first);
        QVERIFY2(items.at(0).title.contains("2026-0001") && items.at(0).title.contains("2"),
                 qPrintable(items.at(0).title));
        QCOMPARE(items.at(0).urgency, Urgency::Urgent);
        QCOMPARE(items.at(0).dueAt.toLocalTime().date(), QDate(2026, 3, 30));

        // Days pass: on 1 April the first is 2 days overdue, red; the second still green.
        m_today = QDate(2026, 4, 1);
        GD_VERIFY(RequestsStore::refreshTodos(*m_context, shippedCalendar(), m_today));
        items = todos();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).urgency, Urgency::VeryUrgent);
        QVERIFY2(items.at(0).title.contains("2"), qPrintable(items.at(0).title));
        // The officer wants warnings from 10 days left: the second turns yellow (16 March + 12 used).
        GD_VERIFY(m_context->setSetting(QString::fromLatin1(RequestsStore::ApproachingDaysSetting), 10));
        GD_VERIFY(RequestsStore::refreshTodos(*m_context, shippedCalendar(), m_today));
        QCOMPARE(todos().size(), 2);

        // Answered: its to-do goes, the row says so.
        auto answered = RequestWorkflow::reply(
            all->value(*first), {.type = ReplyType::Granted, .on = m_today}, clerk(), at(m_today));
        GD_VERIFY(answered);
        GD_VERIFY(RequestsStore::save(*m_context, *first, *answered));
        QCOMPARE(todos().size(), 1);
        QCOMPARE(todos().at(0).recordId, *second);
        QCOMPARE(*m_context->database().queryInt("SELECT count(*) FROM disclosure_requests WHERE status = "
                                                 "'answered' AND reply_type = 'granted'"),
                 1);

        // Deleted: row and to-do gone.
        GD_VERIFY(m_context->records().remove(QString::fromLatin1(RequestCollection), *second));
        QCOMPARE(rows(), 1);
        QVERIFY(todos().isEmpty());
    }

    void unreadableRecordIsLeftOut()
    {
        GD_VERIFY(m_context->records().put(QString::fromLatin1(RequestCollection), RecordStore::newRecordId(),
                                           QJsonObject{{"schema", 1}, {"serial", "2026-0001"}}));
        QCOMPARE(rows(), 0);
        QVERIFY(m_context->projections().lastError().isEmpty());
        // And the projection goes on with the next.
        GD_VERIFY(RequestsStore::registerRequest(*m_context, draftRequest(QDate(2026, 3, 2)), clerk(),
                                                 at(QDate(2026, 3, 2))));
        QCOMPARE(rows(), 1);
        // An invalid request is not saved at all.
        DisclosureRequest bad = registered(QDate(2026, 3, 2));
        bad.content.clear();
        QVERIFY(!RequestsStore::save(*m_context, RecordStore::newRecordId(), bad));
    }

    void demoYear()
    {
        m_today = QDate(2026, 12, 4);
        const auto seeded = RequestsDemoData::seed(*m_context, shippedCalendar(), m_today);
        GD_VERIFY(seeded);
        QCOMPARE(*seeded, RequestsDemoData::Count);
        QCOMPARE(rows(), RequestsDemoData::Count);
        // Some are yellow or red on the day: to-dos, the red ones very urgent.
        const QList<TodoItem> items = todos();
        QVERIFY(!items.isEmpty());
        QVERIFY(std::any_of(items.cbegin(), items.cend(),
                            [](const TodoItem &item) { return item.urgency == Urgency::VeryUrgent; }));
        // New registrations continue the demo's serials.
        const auto next = RequestsStore::registerRequest(*m_context, draftRequest(QDate(2026, 12, 4)),
                                                         clerk(), at(QDate(2026, 12, 4)));
        GD_VERIFY(next);
        const auto all = RequestsStore::all(m_context->database());
        GD_VERIFY(all);
        QVERIFY(all->value(*next).serial > QStringLiteral("2026-0050"));
    }
};

QTEST_GUILESS_MAIN(TestRequestsStore)
#include "tst_requestsstore.moc"
