// Tests ItemActions on a real encrypted profile: publishing asks the server's series 「信息公开」 for
// the 索引号 (「待编号」 until the sync writes it in, padded as the organisation's rule says), keeps a
// number the item has, and refuses an invalid organisation code.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureRecords.h"
#include "DisclosureSamples.h"
#include "ItemActions.h"
#include "module/ModuleRecords.h"
#include "sync/RecordStore.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {
const QDateTime At(QDate(2026, 3, 5), QTime(4, 0), Qt::UTC);
}

class TestItemActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<GovDesk::Test::ModuleTestProfile> m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;

    static DisclosureItem atLeaderReview()
    {
        DisclosureItem item = ItemWorkflow::created(GovDesk::Test::planDraft(), GovDesk::Test::editor(), At);
        item = *ItemWorkflow::submit(item, GovDesk::Test::editor(), {}, At);
        return *ItemWorkflow::approve(item, GovDesk::Test::secrecyReviewer(), {}, At);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<GovDesk::Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("disclosure"));
        GD_VERIFY(m_context->migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(*m_context));
    }
    void cleanup() { m_profile.reset(); }

    void publishingAsksForTheIndexNumber()
    {
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        const DisclosureItem item = atLeaderReview();
        GD_VERIFY(DisclosureRecords::saveItem(*m_context, id, item));
        auto published = ItemActions::publish(*m_context, id, item, QStringLiteral("同意发布"), At);
        GD_VERIFY(published);
        QCOMPARE(published->status, ItemStatus::Published);
        QCOMPARE(published->indexNumber, QString()); // 待编号 until the sync

        auto request = m_context->records().numberRequest(QString::fromLatin1(ItemCollection), id);
        GD_VERIFY(request);
        QVERIFY(request->has_value());
        QCOMPARE((*request)->series, QStringLiteral("信息公开"));
        QCOMPARE((*request)->year, 2026);
        QCOMPARE((*request)->field, QStringLiteral("indexNumber"));
        (*request)->number = 7; // as the sync writes it
        const QString number = (*request)->formatted();
        const QString code = ItemActions::organisationCode(*m_context);
        QCOMPARE(number, code + QStringLiteral("-03-2026-0007"));
        auto rule = ItemActions::indexRule(*m_context);
        GD_VERIFY(rule);
        auto parts = rule->parse(number);
        GD_VERIFY(parts);
        QCOMPARE(parts->sequence, 7);

        auto stored = m_context->records().get(QString::fromLatin1(ItemCollection), id);
        GD_VERIFY(stored);
        QCOMPARE((*stored)->payload.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    }

    void theOrganisationsPatternIsUsed()
    {
        GD_VERIFY(m_context->setSetting(QString::fromLatin1(ItemActions::IndexPatternSetting),
                                        QStringLiteral("{org}/{year}-{seq:5}")));
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        GD_VERIFY(ItemActions::publish(*m_context, id, atLeaderReview(), {}, At));
        auto request = m_context->records().numberRequest(QString::fromLatin1(ItemCollection), id);
        GD_VERIFY(request);
        (*request)->number = 12;
        QCOMPARE((*request)->formatted(),
                 ItemActions::organisationCode(*m_context) + QStringLiteral("/2026-00012"));
    }

    void aNumberTheItemHasIsKept()
    {
        DisclosureItem item = atLeaderReview();
        item.indexNumber = ItemActions::organisationCode(*m_context) + QStringLiteral("-03-2026-0003");
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        auto published = ItemActions::publish(*m_context, id, item, {}, At);
        GD_VERIFY(published);
        QCOMPARE(published->indexNumber, item.indexNumber);
        auto request = m_context->records().numberRequest(QString::fromLatin1(ItemCollection), id);
        GD_VERIFY(request);
        QVERIFY(!request->has_value());
    }

    void anInvalidOrganisationCodeIsRefused()
    {
        GD_VERIFY(m_context->setSetting(QString::fromLatin1(ItemActions::OrganisationCodeSetting),
                                        QStringLiteral("11450200MB00000001")));
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        QVERIFY(!ItemActions::publish(*m_context, id, atLeaderReview(), {}, At));
        auto stored = m_context->records().get(QString::fromLatin1(ItemCollection), id);
        GD_VERIFY(stored);
        QVERIFY(!stored->has_value()); // nothing written
    }
};

QTEST_MAIN(TestItemActions)
#include "tst_itemactions.moc"
