// Tests 转信息公开 from the 公文 side: a document marked 「此件公开发布」 reaches 信息公开 through
// the object pool as a 主动公开 draft (the real DisclosureIntakeService, found by interface, so the
// documents module includes no header of the disclosure module); an unmarked document is refused
// with the reason, and without a module offering the service nothing is offered.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureHandover.h"
#include "DisclosureIntakeService.h"
#include "DisclosureItem.h"
#include "DisclosureRecords.h"
#include "DocumentSamples.h"
#include "DocumentsRecords.h"
#include "module/ModuleRecords.h"

#include <QTest>

using namespace GovDesk::Documents;

class TestDisclosureHandover : public QObject
{
    Q_OBJECT

    static LoadedDocument loaded(const OfficialDocument &document)
    {
        return {.recordId = QStringLiteral("doc-0012"), .document = document};
    }

private slots:
    void aMarkedDocumentBecomesADisclosureDraft()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        auto &documents = profile.context(QStringLiteral("documents"));
        auto &disclosure = profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(disclosure.migrate(GovDesk::Disclosure::DisclosureRecords::migrations()));
        GD_VERIFY(GovDesk::Disclosure::DisclosureRecords::declare(disclosure));

        const OfficialDocument notice = GovDesk::Test::fireNotice();
        QVERIFY(DisclosureHandover::isForPublication(notice));
        QVERIFY(!DisclosureHandover::intake(documents)); // no module offers the intake yet
        auto missing = DisclosureHandover::handOver(documents, loaded(notice));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, GovDesk::Core::ErrorCode::NotFound);

        GovDesk::Disclosure::DisclosureIntakeService service(disclosure);
        profile.pool.addObject(&service);
        QVERIFY(DisclosureHandover::intake(documents));
        auto id = DisclosureHandover::handOver(documents, loaded(notice));
        GD_VERIFY(id);
        auto record = disclosure.records().get(QString::fromLatin1(GovDesk::Disclosure::ItemCollection), *id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        auto item = GovDesk::Disclosure::DisclosureItem::fromPayload((*record)->payload);
        GD_VERIFY(item);
        QCOMPARE(item->status, GovDesk::Disclosure::ItemStatus::Draft);
        QCOMPARE(item->title, notice.title);
        QCOMPARE(item->body, notice.body);
        QCOMPARE(item->publisher, notice.issuerName);
        QCOMPARE(item->writtenOn, notice.issuedOn);
        QCOMPARE(item->attachments.size(), 1);
        QCOMPARE(item->attachments.at(0).sha256, notice.attachments.at(0).sha256);
        QVERIFY(item->source);
        QCOMPARE(item->source->documentNumber, QStringLiteral("柳政办发〔2026〕12号"));
        QCOMPARE(item->source->recordId, QStringLiteral("doc-0012"));

        // Handed over again: the same draft, not a second one.
        auto again = DisclosureHandover::handOver(documents, loaded(notice));
        GD_VERIFY(again);
        QCOMPARE(*again, *id);

        // Without 「此件公开发布」 in the 附注: refused, and the refusal says why.
        OfficialDocument internal = notice;
        internal.remark.clear();
        QVERIFY(!DisclosureHandover::isForPublication(internal));
        auto refused = DisclosureHandover::handOver(documents, loaded(internal));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("此件公开发布")));
        QCOMPARE(*disclosure.records().count({.collection = QString::fromLatin1(GovDesk::Disclosure::ItemCollection)}),
                 1);
        profile.pool.removeObject(&service);
    }
};

QTEST_MAIN(TestDisclosureHandover)
#include "tst_disclosurehandover.moc"
